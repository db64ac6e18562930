package dev.custodian.transfer.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.shared.ConflictException;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.PageRequest;
import dev.custodian.transfer.ImportJob;
import dev.custodian.transfer.Imports;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages under {@code /imports}: the list with the upload form, and an import's page: its mapping, the
 * dry run's findings with the first errors, the start, the progress bar (refreshed by htmx, or by reloading the
 * page), cancel, and the error report.
 */
@Controller
@RequestMapping("/imports")
class ImportPageController {

	private final Imports imports;

	private final ImportViews views;

	ImportPageController(Imports imports, ImportViews views) {
		this.imports = imports;
		this.views = views;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String cursor, @RequestParam(required = false) @Nullable String recordType,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		KeysetPage<ImportJob> page = imports.list(PageRequest.parse("25", cursor));
		model.addAttribute("page", page);
		if (htmx != null && cursor != null && !cursor.isBlank()) {
			return "transfer/imports :: rows";
		}
		model.addAttribute("recordType", recordType != null && Imports.RECORD_TYPES.contains(recordType) ? recordType : "contact");
		model.addAttribute("recordTypes", Imports.RECORD_TYPES);
		return "transfer/imports";
	}

	@PostMapping
	String upload(@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @Nullable String charset,
			@RequestParam(required = false) @Nullable String delimiter, Model model) throws IOException {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
				|| file.getOriginalFilename().isBlank())) {
			return uploadError(model, recordType, List.of(new FieldViolation("file", "choose a CSV file to upload")));
		}
		try (InputStream in = file.getInputStream()) {
			ImportJob job = imports.upload(recordType, file.getOriginalFilename() == null ? "upload.csv"
					: file.getOriginalFilename(), in, charset, delimiter);
			return "redirect:/imports/" + job.id();
		}
		catch (InvalidInputException ex) {
			return uploadError(model, recordType, ex.violations());
		}
	}

	private String uploadError(Model model, @Nullable String recordType, List<FieldViolation> violations) {
		model.addAttribute("uploadErrors", violations);
		return list(null, recordType, null, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, Model model) {
		ImportJob job = imports.get(importId(id));
		return page(job, model);
	}

	/** The status and progress part of the page, which htmx polls while the job works. */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable String id, Model model, jakarta.servlet.http.HttpServletResponse response) {
		ImportJob job = imports.get(importId(id));
		if (job.status() != dev.custodian.transfer.ImportStatus.ANALYSING
				&& job.status() != dev.custodian.transfer.ImportStatus.RUNNING) {
			// the work is over: the whole page changes (the mapping and the start appear, or the final counts)
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("job", job);
		model.addAttribute("view", views.resource(job));
		return "transfer/import :: progress";
	}

	@PostMapping("/{id}/mapping")
	String remap(@PathVariable String id, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		UUID importId = importId(id);
		ImportJob job = imports.get(importId);
		List<@Nullable String> targets = new ArrayList<>();
		for (int i = 0; i < job.mapping().headers().size(); i++) {
			String target = request.getParameter("column." + i);
			targets.add(target == null || target.isBlank() ? null : target);
		}
		boolean matchPhone = request.getParameter("matchPhone") != null;
		try {
			imports.remap(importId, targets, matchPhone);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("mappingErrors", ex.violations());
			return page(job, model);
		}
		catch (ConflictException ex) {
			model.addAttribute("notice", ex.getMessage());
			return page(job, model);
		}
		redirect.addFlashAttribute("notice", "mapping-changed");
		return "redirect:/imports/" + importId;
	}

	@PostMapping("/{id}/mapping/save")
	String saveMapping(@PathVariable String id, @RequestParam(required = false) @Nullable String name, Model model,
			RedirectAttributes redirect) {
		UUID importId = importId(id);
		try {
			imports.saveMapping(importId, name);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("saveErrors", ex.violations());
			return page(imports.get(importId), model);
		}
		redirect.addFlashAttribute("notice", "mapping-saved");
		return "redirect:/imports/" + importId;
	}

	@PostMapping("/{id}/mapping/apply")
	String applySaved(@PathVariable String id, @RequestParam(required = false) @Nullable String savedMapping,
			Model model, RedirectAttributes redirect) {
		UUID importId = importId(id);
		UUID saved = Ids.parseOrNull(savedMapping);
		try {
			if (saved == null) {
				throw InvalidInputException.of("savedMapping", "choose a saved mapping");
			}
			imports.applySaved(importId, saved);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("mappingErrors", ex.violations());
			return page(imports.get(importId), model);
		}
		catch (ConflictException ex) {
			model.addAttribute("notice", ex.getMessage());
			return page(imports.get(importId), model);
		}
		redirect.addFlashAttribute("notice", "mapping-changed");
		return "redirect:/imports/" + importId;
	}

	@PostMapping("/{id}/start")
	String start(@PathVariable String id, @RequestParam(required = false) @Nullable String duplicates, Model model) {
		UUID importId = importId(id);
		try {
			imports.start(importId, duplicates);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("startErrors", ex.violations());
			return page(imports.get(importId), model);
		}
		catch (ConflictException ex) {
			model.addAttribute("notice", ex.getMessage());
			return page(imports.get(importId), model);
		}
		return "redirect:/imports/" + importId;
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable String id) {
		UUID importId = importId(id);
		imports.cancel(importId);
		return "redirect:/imports/" + importId;
	}

	@GetMapping("/{id}/errors.csv")
	void errors(@PathVariable String id, jakarta.servlet.http.HttpServletResponse response) throws IOException {
		UUID importId = importId(id);
		imports.get(importId);
		views.writeErrorReport(importId, response);
	}

	private String page(ImportJob job, Model model) {
		model.addAttribute("job", job);
		model.addAttribute("view", views.resource(job));
		model.addAttribute("fields", imports.targets(job.recordType()));
		model.addAttribute("customLabels", imports.customFieldLabels(job.recordType()));
		model.addAttribute("saved", imports.savedMappings(job.recordType()));
		model.addAttribute("errorsListed", imports.listedErrors(job.id()));
		return "transfer/import";
	}

	private static UUID importId(String id) {
		return Ids.parseOrNotFound(id, "import");
	}
}
