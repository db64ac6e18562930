package dev.custodian.deal.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One page of deals as the OpenAPI document names it; at run time this is a {@code CountedPage}.
 */
@Schema(name = "DealPage", description = "Deals in the order asked for, earliest expected close first by default, with how many match")
record DealPage(List<DealResource> items,
		@Schema(description = "Pass as cursor for the next page; null on the last page") @Nullable String nextCursor,
		@Schema(description = "How many deals match the filters; when totalExact is false, more than this "
				+ "(counting stops at 10,000)", example = "42") long total,
		@Schema(description = "Whether total is exact") boolean totalExact) {
}
