package dev.custodian.catalog.web;


import dev.custodian.catalog.CatalogueEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

/**
 * The catalogue API as the OpenAPI document describes it, kept apart from {@link CatalogueApiController}.
 */
@Tag(name = "Catalog", description = "The data catalogue: every declared column and how it is protected (ADMIN, DPO)")
interface CatalogueApiDocs {

	@Operation(operationId = "listCatalogue", summary = "Every declared column",
			description = "Each column of every table that holds data about people, with its data category, protection "
					+ "and how many records hold a value (counted without decrypting anything). ADMIN and DPO only.")
	@ApiResponse(responseCode = "200", description = "The catalogue", content = {
			@Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = CatalogueEntry.class))),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string",
					description = "One header row, then one row per column")) })
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	ResponseEntity<?> catalogue(@Parameter(description = "json (the default) or csv for a spreadsheet",
			schema = @Schema(allowableValues = { "json", "csv" }, defaultValue = "json")) @Nullable String format);

}
