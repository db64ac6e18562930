package dev.custodian.privacy.web;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.PersonalDataHolder.ExportedRecord;
import dev.custodian.privacy.SubjectData;
import dev.custodian.privacy.SubjectExport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data-subject pages: everything held about a person, grouped by module, and restricting or lifting. Reached
 * from a contact's page; the service checks the permission ({@code subject:manage}) and audits.
 */
@Controller
@RequestMapping("/subjects/{subjectId}")
class SubjectPageController {

	private final SubjectData subjects;

	private final MessageSource messages;

	SubjectPageController(SubjectData subjects, MessageSource messages) {
		this.subjects = subjects;
		this.messages = messages;
	}

	@GetMapping("/data")
	String data(@PathVariable String subjectId, Model model) {
		SubjectExport export = subjects.export(SubjectApiController.subject(subjectId));
		model.addAttribute("export", export);
		model.addAttribute("modules", export.modules().stream().map(ShownModule::of).toList());
		return "privacy/data";
	}

	/**
	 * Restricts ({@code restricted=true}) or lifts, then goes back to {@code next} when it is a path of this server
	 * (the contact page the form was on), otherwise to the data page.
	 */
	@PostMapping("/restriction")
	String restriction(@PathVariable String subjectId, @RequestParam boolean restricted,
			@RequestParam(required = false) @Nullable String next, RedirectAttributes redirect) {
		UUID subject = SubjectApiController.subject(subjectId);
		if (restricted) {
			subjects.restrict(subject);
		}
		else {
			subjects.lift(subject);
		}
		redirect.addFlashAttribute("notice", messages.getMessage(restricted ? "privacy.notice.restricted"
				: "privacy.notice.lifted", null, LocaleContextHolder.getLocale()));
		boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && next.indexOf('\\') < 0
				&& next.chars().noneMatch(c -> c < 0x21 || c > 0x7e);
		return "redirect:" + (local ? next : "/subjects/" + subject + "/data");
	}

	/** A module's records as the page shows them: each value as text. */
	record ShownModule(String module, List<ShownRecord> records) {

		static ShownModule of(SubjectExport.Module module) {
			return new ShownModule(module.module(), module.records().stream().map(ShownRecord::of).toList());
		}
	}

	record ShownRecord(String recordType, String id, List<ShownValue> values) {

		static ShownRecord of(ExportedRecord record) {
			return new ShownRecord(record.recordType(), record.id(), record.values()
				.stream()
				.map(v -> new ShownValue(v.field(), v.category(), v.value() instanceof Collection<?> list
						? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(v.value())))
				.toList());
		}
	}

	record ShownValue(String field, @Nullable String category, String text) {
	}
}
