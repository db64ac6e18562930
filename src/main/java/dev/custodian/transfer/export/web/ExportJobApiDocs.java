package dev.custodian.transfer.export.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The background export API as the OpenAPI document describes it. */
@Tag(name = "Exports")
interface ExportJobApiDocs {

	@Operation(operationId = "getExport", summary = "Follow a background export",
			description = "Progress of an export too large to stream at once (the export endpoints answer 202 with "
					+ "it). Only the user who asked, or an administrator, sees it.")
	@ApiResponse(responseCode = "200", description = "The export",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExportJobResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ExportJobResource get(@Parameter(description = "The export's id", schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "downloadExport", summary = "Download a completed background export",
			description = "The CSV file, for the user who asked or an administrator, until it expires (a day by "
					+ "default); then the file and its key are destroyed and this answers 410.")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	@ApiResponse(responseCode = "410", ref = "Gone")
	ResponseEntity<StreamingResponseBody> download(
			@Parameter(description = "The export's id", schema = @Schema(format = "uuid")) String id)
			throws java.io.IOException;
}
