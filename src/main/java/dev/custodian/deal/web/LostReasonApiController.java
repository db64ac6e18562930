package dev.custodian.deal.web;

import java.util.Set;
import java.util.UUID;

import dev.custodian.deal.LostReason;
import dev.custodian.deal.LostReasons;
import dev.custodian.shared.ApiAnswers;
import dev.custodian.shared.ApiAnswers.VersionedChangeProblems;
import dev.custodian.shared.Ids;
import dev.custodian.shared.JsonInput;
import dev.custodian.shared.VersionedAnswers;
import dev.custodian.shared.Versions;
import dev.custodian.shared.Violations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/lost-reasons}: the reasons a deal is lost, read with deal:read, kept by administrators. */
@RestController
@RequestMapping("/api/v1/lost-reasons")
@Tag(name = "Lost reasons", description = "Why deals are lost: an editable list (read: deal:read; change: ADMIN)")
class LostReasonApiController {

	private static final Set<String> FIELDS = Set.of("name", "displayOrder", "id", "createdAt", "updatedAt", "version");

	private static final String ID = "The lost reason's id";

	private final LostReasons reasons;

	LostReasonApiController(LostReasons reasons) {
		this.reasons = reasons;
	}

	@GetMapping
	@Operation(operationId = "listLostReasons", summary = "List lost reasons", description = "In display order.")
	@ApiResponse(responseCode = "200", description = "Every reason",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = LostReasonResource.Listing.class)))
	LostReasonResource.Listing list() {
		return new LostReasonResource.Listing(reasons.all().stream().map(LostReasonResource::of).toList());
	}

	@PostMapping
	@Operation(operationId = "createLostReason", summary = "Add a lost reason", description = "ADMIN only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = LostReasonResource.Input.class))))
	@ApiResponse(responseCode = "201", description = "Created",
			headers = { @Header(name = "Location", description = "Its URL", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Its version", schema = @Schema(type = "string")) },
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = LostReasonResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	ResponseEntity<LostReasonResource> create(@RequestBody(required = false) @Nullable JsonNode body) {
		Violations violations = new Violations();
		JsonInput in = JsonInput.of(body, FIELDS, "", violations);
		String name = in.text("name", null);
		Integer order = in.integer("displayOrder");
		check(name, order, violations);
		LostReason created = reasons.create(name, order);
		return VersionedAnswers.created("/api/v1/lost-reasons", created.id(), created.version(),
				LostReasonResource.of(created));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getLostReason", summary = "Read a lost reason",
			description = "With its ETag, for a change. Needs deal:read.")
	@ApiResponse(responseCode = "200", description = "The reason",
			headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = LostReasonResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<LostReasonResource> get(
			@Parameter(description = ID, schema = @Schema(format = "uuid")) @PathVariable String id) {
		LostReason reason = reasons.get(Ids.parseOrNotFound(id, "lost-reason"));
		return VersionedAnswers.current(reason.version(), LostReasonResource.of(reason));
	}

	@PatchMapping(value = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Operation(operationId = "patchLostReason", summary = "Rename or reorder a lost reason (JSON Merge Patch)",
			description = "Needs If-Match. ADMIN only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = "application/merge-patch+json",
							schema = @Schema(implementation = LostReasonResource.Input.class)),
					@Content(mediaType = "application/json",
							schema = @Schema(implementation = LostReasonResource.Input.class)) }))
	@ApiResponse(responseCode = "200", description = "The changed reason",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = LostReasonResource.class)))
	@VersionedChangeProblems
	ResponseEntity<LostReasonResource> patch(
			@Parameter(description = ID, schema = @Schema(format = "uuid")) @PathVariable String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH,
					required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UUID reasonId = Ids.parseOrNotFound(id, "lost-reason");
		long expected = Versions.expected(ifMatch);
		LostReason current = reasons.get(reasonId);
		Violations violations = new Violations();
		JsonInput in = JsonInput.of(body, FIELDS, "", violations);
		String name = in.text("name", current.name());
		Integer order = in.has("displayOrder") ? in.integer("displayOrder") : Integer.valueOf(current.displayOrder());
		check(name, order, violations);
		LostReason changed = reasons.change(reasonId, name, order, expected);
		return VersionedAnswers.current(changed.version(), LostReasonResource.of(changed));
	}

	/** With problems of the body itself, reports the reason's too: every field at once. */
	private void check(@Nullable String name, @Nullable Integer order, Violations violations) {
		if (!violations.isEmpty()) {
			reasons.problemsWith(name, order).list().stream().filter(v -> !violations.has(v.field()))
				.forEach(v -> violations.add(v.field(), v.message()));
		}
		violations.throwIfAny();
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteLostReason", summary = "Remove a lost reason",
			description = "Refused with 409 (and how many deals) while lost deals name it. If-Match is optional. "
					+ "ADMIN only.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	ResponseEntity<Void> delete(@Parameter(description = ID, schema = @Schema(format = "uuid")) @PathVariable String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH,
					required = false) @Nullable String ifMatch) {
		reasons.delete(Ids.parseOrNotFound(id, "lost-reason"), VersionedAnswers.expectedIfGiven(ifMatch));
		return ResponseEntity.noContent().build();
	}
}
