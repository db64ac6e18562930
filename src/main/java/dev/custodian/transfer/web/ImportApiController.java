package dev.custodian.transfer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.shared.Ids;
import dev.custodian.shared.JsonInput;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Violations;
import dev.custodian.transfer.ImportJob;
import dev.custodian.transfer.ImportRowError;
import dev.custodian.transfer.Imports;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/imports}: upload a CSV file, adjust its mapping, read the dry run, start, follow and cancel the
 * import, download its error report.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController implements ImportApiDocs {

	private final Imports imports;

	private final ImportViews views;

	ImportApiController(Imports imports, ImportViews views) {
		this.imports = imports;
		this.views = views;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Override
	public ResponseEntity<ImportResource> upload(@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @Nullable String charset,
			@RequestParam(required = false) @Nullable String delimiter) throws IOException {
		if (file == null) {
			Violations violations = new Violations();
			violations.add("file", "is required: the CSV file as a multipart part named file");
			violations.throwIfAny();
		}
		ImportJob job;
		try (InputStream in = file.getInputStream()) {
			job = imports.upload(recordType, file.getOriginalFilename() == null ? "upload.csv"
					: file.getOriginalFilename(), in, charset, delimiter);
		}
		return ResponseEntity.created(URI.create("/api/v1/imports/" + job.id())).body(views.resource(job));
	}

	@GetMapping
	@Override
	public KeysetPage<ImportResource> list(@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return imports.list(PageRequest.parse(limit, cursor)).map(views::resource);
	}

	@GetMapping("/{id}")
	@Override
	public ImportResource get(@PathVariable String id) {
		return views.resource(imports.get(importId(id)));
	}

	@PutMapping("/{id}/mapping")
	@Override
	public ImportResource remap(@PathVariable String id, @RequestBody(required = false) @Nullable JsonNode body) {
		UUID importId = importId(id);
		ImportJob job = imports.get(importId);
		Violations violations = new Violations();
		JsonInput input = JsonInput.of(body, Set.of("mapping", "matchPhone"), "", violations);
		List<@Nullable String> targets = new ArrayList<>(job.mapping().targets());
		if (input.has("mapping")) {
			readMapping(body.get("mapping"), job, targets, imports.targets(job.recordType()), violations);
		}
		Boolean matchPhone = input.bool("matchPhone");
		violations.throwIfAny();
		return views.resource(imports.remap(importId, targets, matchPhone == null ? job.matchPhone() : matchPhone));
	}

	/** Reads [{"column": "First Name" or "index": 0, "field": "firstName" or null}, …] over the current targets. */
	private static void readMapping(JsonNode mapping, ImportJob job, List<@Nullable String> targets,
			List<String> known, Violations violations) {
		if (mapping == null || !mapping.isArray()) {
			violations.add("mapping", "must be a list of {\"column\": name or \"index\": number, \"field\": field or null}");
			return;
		}
		for (int i = 0; i < mapping.size(); i++) {
			JsonNode entry = mapping.get(i);
			String prefix = "mapping[" + i + "].";
			JsonInput item = JsonInput.of(entry, Set.of("index", "column", "field"), prefix, violations);
			Integer index = item.integer("index");
			String column = item.text("column", null);
			if (index == null && column != null) {
				index = job.mapping().headers().indexOf(column);
				if (index < 0) {
					violations.add(prefix + "column", "is not a column of the file's header row");
					continue;
				}
			}
			if (index == null || index < 0 || index >= targets.size()) {
				violations.add(prefix + "index", "must name one of the file's " + targets.size()
						+ " columns (0 to " + (targets.size() - 1) + "), or give its name as column");
				continue;
			}
			if (!item.has("field")) {
				violations.add(prefix + "field", "is required: a field, or null to ignore the column");
				continue;
			}
			String field = item.text("field", null);
			if (field != null && !known.contains(field)) {
				violations.add(prefix + "field", "is not a field of a " + job.recordType() + ": use one of "
						+ String.join(", ", known));
				continue;
			}
			targets.set(index, field);
		}
	}

	@PostMapping("/{id}/start")
	@Override
	public ResponseEntity<ImportResource> start(@PathVariable String id,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UUID importId = importId(id);
		imports.get(importId);
		Violations violations = new Violations();
		JsonInput input = JsonInput.of(body, Set.of("duplicates"), "", violations);
		String duplicates = input.text("duplicates", null);
		violations.throwIfAny();
		return ResponseEntity.accepted().body(views.resource(imports.start(importId, duplicates)));
	}

	@PostMapping("/{id}/cancel")
	@Override
	public ImportResource cancel(@PathVariable String id) {
		return views.resource(imports.cancel(importId(id)));
	}

	@GetMapping(value = "/{id}/errors", produces = "text/csv")
	@Override
	public void errors(@PathVariable String id, HttpServletResponse response) throws IOException {
		UUID importId = importId(id);
		imports.get(importId);
		views.writeErrorReport(importId, response);
	}

	private static UUID importId(String id) {
		return Ids.parseOrNotFound(id, "import");
	}
}
