package dev.custodian.ticket.web;

import java.util.List;

import dev.custodian.shared.ApiAnswers;
import dev.custodian.shared.ApiAnswers.VersionedChangeProblems;
import dev.custodian.shared.Versions;
import dev.custodian.shared.VersionedAnswers;
import dev.custodian.shared.Violations;
import dev.custodian.ticket.SlaTarget;
import dev.custodian.ticket.SlaTargets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/sla-targets}: the service-level targets per priority; read with {@code ticket:read}, replaced by
 * administrators.
 */
@RestController
@RequestMapping("/api/v1/sla-targets")
@Tag(name = "Tickets")
class SlaTargetApiController {

	private static final String EXAMPLE = """
			{"targets": [{"priority": "low", "firstResponseMinutes": 480, "resolutionMinutes": 2880},
			 {"priority": "normal", "firstResponseMinutes": 240, "resolutionMinutes": 1440},
			 {"priority": "high", "firstResponseMinutes": 60, "resolutionMinutes": 480},
			 {"priority": "urgent", "firstResponseMinutes": 30, "resolutionMinutes": 240}]}""";

	private final SlaTargets targets;

	SlaTargetApiController(SlaTargets targets) {
		this.targets = targets;
	}

	@GetMapping
	@Operation(operationId = "getSlaTargets", summary = "Read the SLA targets per priority",
			description = "The ETag header is the version to send as If-Match when replacing them.")
	@ApiResponse(responseCode = "200", description = "The targets",
			headers = @Header(name = "ETag", description = "Their version", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = SlaTargetsResource.class)))
	ResponseEntity<SlaTargetsResource> get() {
		SlaTargets.Set set = targets.current();
		return VersionedAnswers.current(set.version(), SlaTargetsResource.of(set));
	}

	@PutMapping
	@Operation(operationId = "replaceSlaTargets", summary = "Replace the SLA targets",
			description = "Administrators only. One target per priority, all four. Applies to tickets opened or "
					+ "re-prioritised afterwards; deadlines already set stay. Needs If-Match with the ETag last read.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = SlaTargetsResource.class),
							examples = @ExampleObject(name = "defaults", summary = "The defaults", value = EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "The new targets",
			headers = @Header(name = "ETag", description = "Their new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = SlaTargetsResource.class)))
	@VersionedChangeProblems
	ResponseEntity<SlaTargetsResource> replace(
			@Parameter(description = ApiAnswers.IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH,
					required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		long expected = Versions.expected(ifMatch);
		Violations violations = new Violations();
		List<SlaTarget> given = SlaTargetsResource.read(body, violations);
		SlaTargets.Set set = targets.replace(given, expected, violations);
		return VersionedAnswers.current(set.version(), SlaTargetsResource.of(set));
	}
}
