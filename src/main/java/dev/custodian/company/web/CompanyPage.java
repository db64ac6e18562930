package dev.custodian.company.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One page of companies as the OpenAPI document names it; at run time this is a {@code KeysetPage}.
 */
@Schema(name = "CompanyPage", description = "Companies by name")
record CompanyPage(List<CompanyResource> items,
		@Schema(description = "Pass as cursor for the next page; null on the last page") @Nullable String nextCursor) {
}
