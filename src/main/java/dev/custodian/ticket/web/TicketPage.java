package dev.custodian.ticket.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** One page of tickets as the OpenAPI document names it; at run time this is a {@code CountedPage}. */
@Schema(name = "TicketPage", description = "Tickets in the order asked for, with how many match")
record TicketPage(List<TicketResource> items,
		@Schema(description = "Pass as cursor for the next page; null on the last page") @Nullable String nextCursor,
		@Schema(description = "How many tickets match the filters; when totalExact is false, more than this "
				+ "(counting stops at 10,000)", example = "42") long total,
		@Schema(description = "Whether total is exact") boolean totalExact) {
}
