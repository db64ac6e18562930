package dev.custodian.customfield.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One page of custom fields as the OpenAPI document names it; at run time this is a {@code CountedPage}.
 */
@Schema(name = "CustomFieldPage", description = "Custom fields by record type and display order, with how many match")
record CustomFieldPage(List<CustomFieldResource> items,
		@Schema(description = "Pass as cursor for the next page; null on the last page") @Nullable String nextCursor,
		@Schema(description = "How many fields match", example = "4") long total,
		@Schema(description = "Whether total is exact") boolean totalExact) {
}
