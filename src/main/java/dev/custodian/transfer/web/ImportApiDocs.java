package dev.custodian.transfer.web;

import java.io.IOException;

import dev.custodian.shared.KeysetPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/** The import API as the OpenAPI document describes it. */
@Tag(name = "Imports", description = "CSV imports of contacts and companies: upload, mapping, dry run, run")
interface ImportApiDocs {

	String JSON = "application/json";

	@Operation(operationId = "uploadImport", summary = "Upload a CSV file to import",
			description = "The file (up to 2 GB) is sealed on disk as it arrives. Its encoding (UTF-8 with or without "
					+ "BOM, Windows-1252, ISO-8859-1) and separator (comma, semicolon, tab) are detected unless given; "
					+ "its header row's columns are matched to fields, including the column names of HubSpot, "
					+ "Salesforce, Pipedrive and SuiteCRM exports. The dry run starts at once: follow status until "
					+ "ready, then start the import. A file that is empty, not text (a spreadsheet workbook, say) or "
					+ "has no header row is a 400 naming file. Needs the record type's write permission.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = "multipart/form-data",
					schema = @Schema(implementation = ImportUpload.class),
					encoding = @Encoding(name = "file", contentType = "text/csv"))))
	@ApiResponse(responseCode = "201", description = "The import, analysing",
			headers = @Header(name = "Location", description = "The import's URL", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ImportResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "413", ref = "TooLarge")
	ResponseEntity<ImportResource> upload(@Parameter(hidden = true) @Nullable MultipartFile file,
			@Parameter(hidden = true) @Nullable String recordType, @Parameter(hidden = true) @Nullable String charset,
			@Parameter(hidden = true) @Nullable String delimiter) throws IOException;

	/** The parts of an upload. */
	@Schema(name = "ImportUpload")
	record ImportUpload(@Schema(type = "string", format = "binary", description = "The CSV file") String file,
			@Schema(allowableValues = { "contact", "company", "deal" }, defaultValue = "contact") @Nullable String recordType,
			@Schema(allowableValues = { "utf-8", "windows-1252", "iso-8859-1" },
					description = "The file's encoding; detected when left out") @Nullable String charset,
			@Schema(allowableValues = { "comma", "semicolon", "tab", "|" },
					description = "The separator; detected when left out") @Nullable String delimiter) {
	}

	@Operation(operationId = "listImports", summary = "List imports, newest first",
			description = "The caller's own imports; an administrator's list holds everyone's. Keyset pagination: "
					+ "pass nextCursor back as cursor.")
	@ApiResponse(responseCode = "200", description = "One page",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ImportPage.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	KeysetPage<ImportResource> list(@Parameter(description = "Page size", schema = @Schema(type = "integer",
			minimum = "1", maximum = "200", defaultValue = "50")) @Nullable String limit,
			@Parameter(description = "nextCursor of the previous page") @Nullable String cursor);

	/** A page of imports. */
	@Schema(name = "ImportPage")
	record ImportPage(java.util.List<ImportResource> items, @Nullable String nextCursor) {
	}

	@Operation(operationId = "getImport", summary = "Read an import: its status, dry run and progress",
			description = "Poll it to follow the import: status, the dry run's counts and first errors once ready, "
					+ "then rowsDone, rowsPerSecond and secondsLeft while it runs, and the final counts, which "
					+ "always add up to rowsTotal.")
	@ApiResponse(responseCode = "200", description = "The import",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ImportResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ImportResource get(@Parameter(description = "The import's id", schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "remapImport", summary = "Change which field each column goes to",
			description = "Each entry names a column (by its header or its index) and the field it goes to, or null "
					+ "to ignore it; columns left out keep their field. The dry run starts again. Only before the "
					+ "import starts (409 after).",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = MappingInput.class),
					examples = @ExampleObject(name = "remap", value = """
							{"mapping": [{"column": "E-mail", "field": "email"}, {"index": 4, "field": null}],
							 "matchPhone": true}"""))))
	@ApiResponse(responseCode = "200", description = "The import, analysing again",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ImportResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	ImportResource remap(@Parameter(description = "The import's id", schema = @Schema(format = "uuid")) String id,
			@Nullable JsonNode body);

	/** A change of mapping. */
	@Schema(name = "ImportMappingInput")
	record MappingInput(java.util.List<ColumnInput> mapping,
			@Schema(description = "Whether rows also match stored contacts by phone number") @Nullable Boolean matchPhone) {
	}

	@Schema(name = "ImportColumnInput")
	record ColumnInput(@Schema(description = "The column's index (from 0)") @Nullable Integer index,
			@Schema(description = "The column's header, instead of its index") @Nullable String column,
			@Schema(description = "The field it goes to; null to ignore the column", example = "email") @Nullable String field) {
	}

	@Operation(operationId = "startImport", summary = "Start an import once its dry run is done",
			description = "duplicates says what happens to rows matching a stored record (or an earlier row): skip "
					+ "them, update the record's mapped fields (an empty cell keeps the stored value), or create a "
					+ "new record where allowed (a contact's email belongs to one contact only, so rows matching by "
					+ "email are skipped). The import runs in the background: follow rowsDone. 409 while the dry run "
					+ "is still going or once started.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = StartInput.class),
					examples = @ExampleObject(name = "skip", value = "{\"duplicates\": \"skip\"}"))))
	@ApiResponse(responseCode = "202", description = "The import, running",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ImportResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	ResponseEntity<ImportResource> start(@Parameter(description = "The import's id",
			schema = @Schema(format = "uuid")) String id, @Nullable JsonNode body);

	@Schema(name = "ImportStartInput")
	record StartInput(@Schema(allowableValues = { "skip", "update", "create" }) String duplicates) {
	}

	@Operation(operationId = "cancelImport", summary = "Cancel an import",
			description = "Before it starts, it ends at once and its file is destroyed. A running import stops "
					+ "after its current batch (cancelRequested until then); the rows stored so far stay, and the "
					+ "counts say what they were. Cancelling an ended import changes nothing.")
	@ApiResponse(responseCode = "200", description = "The import",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ImportResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ImportResource cancel(@Parameter(description = "The import's id", schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "importErrors", summary = "Download an import's error report",
			description = "CSV (UTF-8 with BOM): line, column, message, for each row error of the run (or of the dry "
					+ "run before the import starts). Never the values themselves.")
	@ApiResponse(responseCode = "200", description = "The report",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	void errors(@Parameter(description = "The import's id", schema = @Schema(format = "uuid")) String id,
			@Parameter(hidden = true) jakarta.servlet.http.HttpServletResponse response) throws IOException;
}
