package dev.custodian.deal.web;

import dev.custodian.shared.ApiAnswers.VersionedChangeProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The pipeline API as the OpenAPI document describes it, kept apart from {@link PipelineApiController}.
 */
@Tag(name = "Pipelines", description = "Sales pipelines and their ordered stages with a win probability (read: "
		+ "deal:read; change: ADMIN)")
interface PipelineApiDocs {

	String JSON = "application/json";

	String MERGE_PATCH = "application/merge-patch+json";

	String IF_MATCH = "The pipeline's ETag last read, quotes included (\"3\")";

	String PIPELINE_ID = "The pipeline's id";

	String STAGE_ID = "The stage's id";

	String CREATE_EXAMPLE = """
			{"name": "Renewals", "stages": [{"name": "Due", "probability": 60}, {"name": "Renewed", "probability": 100}]}""";

	@Operation(operationId = "listPipelines", summary = "List pipelines",
			description = "Every pipeline in display order, each with its stages first to last. A default Sales "
					+ "pipeline exists from the first start. Needs deal:read.")
	@ApiResponse(responseCode = "200", description = "Every pipeline",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PipelineList.class)))
	PipelineList list();

	@Operation(operationId = "createPipeline", summary = "Add a pipeline",
			description = "With its stages in order (one at least). ADMIN only.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = PipelineInputs.Create.class),
					examples = @ExampleObject(name = "renewals", summary = "Two stages", value = CREATE_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created",
			headers = { @Header(name = "Location", description = "The new pipeline's URL", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = "string")) },
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PipelineResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	ResponseEntity<PipelineResource> create(@Nullable JsonNode body);

	@Operation(operationId = "getPipeline", summary = "Read a pipeline", description = "With its stages in order. "
			+ "Needs deal:read.")
	@ApiResponse(responseCode = "200", description = "The pipeline",
			headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PipelineResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<PipelineResource> get(@Parameter(description = PIPELINE_ID, schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "patchPipeline", summary = "Rename a pipeline (JSON Merge Patch)",
			description = "Its name and display order; the stages have operations of their own. Needs If-Match. "
					+ "ADMIN only.",
			requestBody = @RequestBody(required = true, content = {
					@Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = PipelineInputs.Patch.class)),
					@Content(mediaType = JSON, schema = @Schema(implementation = PipelineInputs.Patch.class)) }))
	@ApiResponse(responseCode = "200", description = "The changed pipeline",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PipelineResource.class)))
	@VersionedChangeProblems
	ResponseEntity<PipelineResource> patch(@Parameter(description = PIPELINE_ID, schema = @Schema(format = "uuid")) String id,
			@Parameter(description = IF_MATCH) @Nullable String ifMatch, @Nullable JsonNode body);

	@Operation(operationId = "deletePipeline", summary = "Remove a pipeline",
			description = "With its stages. The last pipeline cannot be removed, nor one whose stages hold deals "
					+ "(409 with stageId and deals). If-Match is optional; when sent, a stale version is a 412. "
					+ "ADMIN only.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	ResponseEntity<Void> delete(@Parameter(description = PIPELINE_ID, schema = @Schema(format = "uuid")) String id,
			@Parameter(description = IF_MATCH) @Nullable String ifMatch);

	@Operation(operationId = "addPipelineStage", summary = "Add a stage",
			description = "After the last stage; name and probability are required. Needs If-Match. ADMIN only.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = PipelineInputs.StageInput.class),
					examples = @ExampleObject(name = "demo", summary = "A stage",
							value = "{\"name\": \"Demo\", \"probability\": 40}"))))
	@ApiResponse(responseCode = "200", description = "The pipeline with the new stage",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PipelineResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	@ApiResponse(responseCode = "428", ref = "PreconditionRequired")
	ResponseEntity<PipelineResource> addStage(@Parameter(description = PIPELINE_ID, schema = @Schema(format = "uuid")) String id,
			@Parameter(description = IF_MATCH) @Nullable String ifMatch, @Nullable JsonNode body);

	@Operation(operationId = "patchPipelineStage", summary = "Rename a stage or change its probability (JSON Merge Patch)",
			description = "Needs If-Match with the pipeline's ETag. ADMIN only.",
			requestBody = @RequestBody(required = true, content = {
					@Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = PipelineInputs.StageInput.class)),
					@Content(mediaType = JSON, schema = @Schema(implementation = PipelineInputs.StageInput.class)) }))
	@ApiResponse(responseCode = "200", description = "The changed pipeline",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PipelineResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	@ApiResponse(responseCode = "428", ref = "PreconditionRequired")
	ResponseEntity<PipelineResource> patchStage(
			@Parameter(description = PIPELINE_ID, schema = @Schema(format = "uuid")) String id,
			@Parameter(description = STAGE_ID, schema = @Schema(format = "uuid")) String stageId,
			@Parameter(description = IF_MATCH) @Nullable String ifMatch, @Nullable JsonNode body);

	@Operation(operationId = "removePipelineStage", summary = "Remove a stage",
			description = "A pipeline keeps one stage at least (409). A stage that holds deals is refused with 409 "
					+ "and how many (deals), unless moveDealsTo names another stage of the pipeline to move them to "
					+ "first. Needs If-Match with the pipeline's ETag. ADMIN only.")
	@ApiResponse(responseCode = "200", description = "The pipeline without the stage",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PipelineResource.class)))
	@VersionedChangeProblems
	ResponseEntity<PipelineResource> removeStage(
			@Parameter(description = PIPELINE_ID, schema = @Schema(format = "uuid")) String id,
			@Parameter(description = STAGE_ID, schema = @Schema(format = "uuid")) String stageId,
			@Parameter(description = IF_MATCH) @Nullable String ifMatch,
			@Parameter(description = "Another stage of the pipeline to move the stage's deals to first",
					schema = @Schema(format = "uuid")) @Nullable String moveDealsTo);

	@Operation(operationId = "reorderPipelineStages", summary = "Put the stages in a new order",
			description = "stageIds names every stage of the pipeline exactly once, first to last; anything else is "
					+ "a 400. Needs If-Match with the pipeline's ETag. ADMIN only.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = PipelineInputs.StageOrder.class))))
	@ApiResponse(responseCode = "200", description = "The pipeline with its stages in the new order",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PipelineResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	@ApiResponse(responseCode = "428", ref = "PreconditionRequired")
	ResponseEntity<PipelineResource> reorder(@Parameter(description = PIPELINE_ID, schema = @Schema(format = "uuid")) String id,
			@Parameter(description = IF_MATCH) @Nullable String ifMatch, @Nullable JsonNode body);
}
