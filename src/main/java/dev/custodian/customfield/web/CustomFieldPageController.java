package dev.custodian.customfield.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.customfield.CustomField;
import dev.custodian.customfield.CustomFieldForm;
import dev.custodian.customfield.CustomFieldManagement;
import dev.custodian.customfield.OptionsInUseException;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Violations;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' custom field pages under {@code /admin/custom-fields}: the list (by record type, paged), the
 * form with the classification, the choice of a replacement for options still in use, the progress of sealing a
 * field declared personal, and deletion after a page that says how many values it erases.
 */
@Controller
@RequestMapping("/admin/custom-fields")
@PreAuthorize("hasAuthority('user:admin')")
class CustomFieldPageController {

	/** Page parameters naming the replacement of an option in use: {@code replace.<option>}. */
	static final String REPLACE = "replace.";

	private final CustomFieldManagement fields;

	private final MessageSource messages;

	CustomFieldPageController(CustomFieldManagement fields, MessageSource messages) {
		this.fields = fields;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		String type = recordType != null && fields.recordTypes().contains(recordType) ? recordType : null;
		KeysetPage<CustomField> page = fields.list(type, PageRequest.parse("25", cursor));
		model.addAttribute("page", page);
		model.addAttribute("recordType", type == null ? "" : type);
		model.addAttribute("recordTypes", fields.recordTypes());
		Map<UUID, dev.custodian.customfield.SealingProgress> sealing = new LinkedHashMap<>();
		page.items().forEach(f -> fields.sealing(f.id()).filter(p -> !p.finished()).ifPresent(p -> sealing.put(f.id(), p)));
		model.addAttribute("sealing", sealing);
		if (htmx != null && cursor != null && !cursor.isBlank()) {
			return "customfield/list :: rows";
		}
		model.addAttribute("count", fields.count(type));
		return "customfield/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) @Nullable String recordType, Model model) {
		return form(model, FieldPageForm.empty(recordType), null, Map.of(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") FieldPageForm form, Model model, RedirectAttributes redirect) {
		Violations violations = new Violations();
		CustomFieldForm input = form.toForm(violations);
		try {
			if (!violations.isEmpty()) {
				violations.addAll(fields.problemsWith(input)).throwIfAny();
			}
			CustomField created = fields.create(input);
			redirect.addFlashAttribute("notice", text("customfield.notice.created", created.label()));
			return "redirect:/admin/custom-fields";
		}
		catch (InvalidInputException ex) {
			return form(model, form, null, ex.byField(), null);
		}
		catch (ConflictException ex) {
			return form(model, form, null, Map.of("key", "is taken by another field of this record type"), null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable String id, Model model) {
		CustomField field = fields.get(fieldId(id));
		return form(model, FieldPageForm.of(field), field, Map.of(), null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @RequestParam long version, @ModelAttribute("form") FieldPageForm form,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		CustomField current = fields.get(fieldId(id));
		FieldPageForm posted = form.identifiedAs(current);
		Map<String, @Nullable String> replacements = replacements(request);
		model.addAttribute("replacements", replacements);
		try {
			CustomField changed = fields.update(current.id(), stored -> {
				Violations violations = new Violations();
				CustomFieldForm input = posted.toForm(violations);
				if (!violations.isEmpty()) {
					violations.addAll(fields.problemsWith(input)).throwIfAny();
				}
				return input;
			}, version, replacements);
			redirect.addFlashAttribute("notice", text("customfield.notice.saved", changed.label()));
			return "redirect:/admin/custom-fields/" + changed.id();
		}
		catch (InvalidInputException ex) {
			return form(model, posted, current, ex.byField(), null);
		}
		catch (OptionsInUseException ex) {
			model.addAttribute("optionsInUse", ex.uses());
			model.addAttribute("remaining", posted.toForm(new Violations()).optionsOrEmpty());
			return form(model, posted, current, Map.of(), text("customfield.form.in-use"));
		}
		catch (StaleVersionException ex) {
			return form(model, posted, current, Map.of(), text("customfield.form.stale"));
		}
	}

	/** The progress of sealing, as a fragment the form polls while the work goes on (htmx). */
	@GetMapping("/{id}/sealing")
	String sealing(@PathVariable String id, Model model) {
		CustomField field = fields.get(fieldId(id));
		model.addAttribute("field", field);
		model.addAttribute("progress", fields.sealing(field.id()).orElse(null));
		return "customfield/form :: sealing";
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable String id, Model model) {
		CustomField field = fields.get(fieldId(id));
		model.addAttribute("field", field);
		model.addAttribute("values", fields.valueCount(field.id()));
		return "customfield/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		CustomField field = fields.get(fieldId(id));
		long erased = fields.delete(field.id(), version);
		redirect.addFlashAttribute("notice", text("customfield.notice.deleted", field.label(), erased));
		return "redirect:/admin/custom-fields";
	}

	private String form(Model model, FieldPageForm form, @Nullable CustomField field, Map<String, String> errors,
			@Nullable String problem) {
		model.addAttribute("form", form);
		model.addAttribute("field", field);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("recordTypes", fields.recordTypes());
		model.addAttribute("progress", field == null ? null : fields.sealing(field.id()).orElse(null));
		if (!model.containsAttribute("optionsInUse")) {
			model.addAttribute("optionsInUse", List.of());
		}
		if (!model.containsAttribute("replacements")) {
			model.addAttribute("replacements", Map.of());
		}
		return "customfield/form";
	}

	/**
	 * The replacements picked for options in use: {@code replace.<option>} is {@code option:<replacement>}, or
	 * {@code clear} to clear the value.
	 */
	private static Map<String, @Nullable String> replacements(HttpServletRequest request) {
		Map<String, @Nullable String> replacements = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith(REPLACE) && values.length > 0) {
				String option = name.substring(REPLACE.length());
				if (values[0].equals("clear")) {
					replacements.put(option, null);
				}
				else if (values[0].startsWith("option:")) {
					replacements.put(option, values[0].substring("option:".length()));
				}
			}
		});
		return replacements;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static UUID fieldId(String id) {
		return Ids.parseOrNotFound(id, "custom field");
	}
}
