package dev.custodian.transfer.export.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The export API as the OpenAPI document describes it, kept apart from {@link ExportApiController}.
 */
@Tag(name = "Exports", description = "Filtered lists as CSV files")
interface ExportApiDocs {

	String CSV = "text/csv";

	String PURPOSE = "Why you export the list: a short reason (3 to 200 characters), kept in the audit entries "
			+ "of the export";

	String BACKGROUND = "More than 10,000 rows (configurable): the export is prepared in the background; follow it at "
			+ "Location, and download it from its downloadUrl once completed";

	String HOW = " Answers text/csv in UTF-8 with a byte order mark: a header row of readable column names, then "
			+ "one row per record with every standard field and every custom field you may see (special-category "
			+ "fields only with their grant); dates ISO 8601, amounts plain decimals, several choices joined with "
			+ "\"; \"; a cell starting with = + - @ gets a leading ' so no spreadsheet runs it as a formula. Audited "
			+ "as an export naming every data subject exported, with the purpose.";

	@Operation(operationId = "exportContacts", summary = "Export the filtered contact list as CSV",
			description = "Takes every filter and the sort of listContacts (q, company, companyName, owner, "
					+ "lifecycleStage, sort, cf.<key>) and exports the whole list they select, in that order: "
					+ "restricted contacts only for the DPO, only one's own for a role limited to them. Needs "
					+ "contact:read and contact:export." + HOW)
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "202", description = BACKGROUND,
			headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
					description = "The export's URL, to follow its progress", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExportJobResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "403", ref = "Forbidden")
	ResponseEntity<StreamingResponseBody> exportContacts(@Parameter(description = PURPOSE, required = true,
			example = "Quarterly mailing list check") @Nullable String purpose,
			@Parameter(hidden = true) HttpServletRequest request);

	@Operation(operationId = "exportCompanies", summary = "Export the filtered company list as CSV",
			description = "Takes every filter and the sort of listCompanies (q, soleTrader, sort, cf.<key>). "
					+ "Needs company:read and company:export." + HOW)
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "202", description = BACKGROUND,
			headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
					description = "The export's URL, to follow its progress", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExportJobResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "403", ref = "Forbidden")
	ResponseEntity<StreamingResponseBody> exportCompanies(@Parameter(description = PURPOSE, required = true,
			example = "Account review") @Nullable String purpose,
			@Parameter(hidden = true) HttpServletRequest request);

	@Operation(operationId = "exportDeals", summary = "Export the filtered deal list as CSV",
			description = "Takes every filter and the sort of listDeals (pipelineId, stageId, ownerId, companyId, "
					+ "contactId, status, closeFrom, closeTo, sort). Needs deal:read and deal:export." + HOW)
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "202", description = BACKGROUND,
			headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
					description = "The export's URL, to follow its progress", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExportJobResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "403", ref = "Forbidden")
	ResponseEntity<StreamingResponseBody> exportDeals(@Parameter(description = PURPOSE, required = true,
			example = "Forecast review") @Nullable String purpose,
			@Parameter(hidden = true) HttpServletRequest request);

	@Operation(operationId = "exportTickets", summary = "Export the filtered ticket list as CSV",
			description = "Takes every filter and the sort of listTickets. Needs ticket:read and ticket:export."
					+ HOW)
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "202", description = BACKGROUND,
			headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
					description = "The export's URL, to follow its progress", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExportJobResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "403", ref = "Forbidden")
	ResponseEntity<StreamingResponseBody> exportTickets(@Parameter(description = PURPOSE, required = true,
			example = "Service review") @Nullable String purpose,
			@Parameter(hidden = true) HttpServletRequest request);
}
