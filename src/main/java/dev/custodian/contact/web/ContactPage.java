package dev.custodian.contact.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One page of contacts as the OpenAPI document names it; at run time this is a {@code KeysetPage}.
 */
@Schema(name = "ContactPage", description = "Contacts, most recently updated first")
record ContactPage(List<ContactResource> items,
		@Schema(description = "Pass as cursor for the next page; null on the last page") @Nullable String nextCursor) {
}
