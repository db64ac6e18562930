package dev.custodian.customfield.web;

import java.util.Map;
import java.util.UUID;

import dev.custodian.customfield.CustomField;
import dev.custodian.customfield.CustomFieldForm;
import dev.custodian.customfield.CustomFieldManagement;
import dev.custodian.shared.CountedPage;
import dev.custodian.shared.Ids;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Versions;
import dev.custodian.shared.VersionedAnswers;
import dev.custodian.shared.Violations;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/custom-fields}: list, add, read, change and delete custom fields (ADMIN).
 */
@RestController
@RequestMapping("/api/v1/custom-fields")
class CustomFieldApiController implements CustomFieldApiDocs {

	private final CustomFieldManagement fields;

	CustomFieldApiController(CustomFieldManagement fields) {
		this.fields = fields;
	}

	@GetMapping
	@Override
	public CountedPage<CustomFieldResource> list(@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		Violations violations = new Violations();
		String type = recordType == null || recordType.isBlank() ? null : recordType.trim();
		if (type != null && !fields.recordTypes().contains(type)) {
			violations.add("recordType", "must be one of " + String.join(", ", fields.recordTypes()));
		}
		PageRequest page = violations.collect(() -> PageRequest.parse(limit, cursor), PageRequest.first(1));
		violations.throwIfAny();
		return CountedPage.of(fields.list(type, page), fields.count(type)).map(this::resource);
	}

	@PostMapping
	@Override
	public ResponseEntity<CustomFieldResource> create(@RequestBody(required = false) @Nullable JsonNode body) {
		Violations violations = new Violations();
		CustomFieldForm form = CustomFieldResource.read(body, CustomFieldForm.empty(), false, violations);
		check(form, violations);
		CustomField field = fields.create(form);
		return VersionedAnswers.created("/api/v1/custom-fields", field.id(), field.version(), resource(field));
	}

	@GetMapping("/{id}")
	@Override
	public ResponseEntity<CustomFieldResource> get(@PathVariable String id) {
		CustomField field = fields.get(fieldId(id));
		return VersionedAnswers.current(field.version(), resource(field));
	}

	@PatchMapping(value = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Override
	public ResponseEntity<CustomFieldResource> patch(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UUID fieldId = fieldId(id);
		long expected = Versions.expected(ifMatch);
		Violations violations = new Violations();
		Map<String, @Nullable String> replacements = CustomFieldResource.replacements(body, violations);
		CustomField changed = fields.update(fieldId, current -> {
			CustomFieldForm form = CustomFieldResource.read(body, current, true, violations);
			check(form, violations);
			return form;
		}, expected, replacements);
		return VersionedAnswers.current(changed.version(), resource(changed));
	}

	@DeleteMapping("/{id}")
	@Override
	public ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		fields.delete(fieldId(id), VersionedAnswers.expectedIfGiven(ifMatch));
		return ResponseEntity.noContent().build();
	}

	/** With problems of the body itself (an unknown member, say), reports the form's too: every field at once. */
	private void check(CustomFieldForm form, Violations violations) {
		violations.throwIfAnyWith(() -> fields.problemsWith(form));
	}

	private CustomFieldResource resource(CustomField field) {
		return CustomFieldResource.of(field, fields.sealing(field.id()).orElse(null));
	}

	private static UUID fieldId(String id) {
		return Ids.parseOrNotFound(id, "custom field");
	}
}
