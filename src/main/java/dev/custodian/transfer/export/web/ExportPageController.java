package dev.custodian.transfer.export.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.custodian.shared.ExportPurpose;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.ListExport;
import dev.custodian.transfer.export.ExportJob;
import dev.custodian.transfer.export.ExportJobs;
import dev.custodian.transfer.export.ListExports;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The export pages: a list's export asks for the purpose (carrying the list's filters in hidden fields, posted, so a
 * searched name stays out of URLs), then downloads the CSV at once, or, for a large list, shows the background
 * export's progress and its download link when done.
 */
@Controller
@RequestMapping("/exports")
class ExportPageController {

	/** The list page's section in the navigation, by list. */
	private static final List<String> LISTS = List.of("contacts", "companies", "deals", "tickets");

	private final ListExports exports;

	private final ExportJobs jobs;

	private final MessageSource messages;

	ExportPageController(ListExports exports, ExportJobs jobs, MessageSource messages) {
		this.exports = exports;
		this.jobs = jobs;
		this.messages = messages;
	}

	@RequestMapping(value = "/{collection}/new", method = { RequestMethod.GET, RequestMethod.POST })
	String ask(@PathVariable String collection, HttpServletRequest request, Model model) {
		return form(collection, ListExports.filters(request.getParameterMap()), null, model);
	}

	@PostMapping("/{collection}")
	ModelAndView export(@PathVariable String collection, @RequestParam(required = false) @Nullable String purpose,
			HttpServletRequest request, Model model) {
		ListExport list = exports.of(collection);
		Map<String, String[]> filters = ListExports.filters(request.getParameterMap());
		try {
			ExportPurpose reason = ExportPurpose.parse(purpose);
			ListCount count = list.count(filters);
			if (jobs.inBackground(count)) {
				return new ModelAndView("redirect:/exports/jobs/" + jobs.start(list, filters, reason, count).id());
			}
			return new ModelAndView(new CsvView(collection, list.start(filters, reason)));
		}
		catch (InvalidInputException ex) {
			String view = form(collection, filters, ex.byField().containsKey("purpose") ? "transfer.export.purpose-invalid"
					: "transfer.export.filters-invalid", model);
			ModelAndView answer = new ModelAndView(view, model.asMap());
			answer.setStatus(HttpStatus.BAD_REQUEST);
			return answer;
		}
	}

	@GetMapping("/jobs/{id}")
	String job(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		ExportJob job = jobs.get(Ids.parseOrNotFound(id, "export"));
		model.addAttribute("job", job);
		model.addAttribute("expired", job.expired(dev.custodian.shared.DbTime.now()));
		model.addAttribute("section", section(job.collection()));
		return htmx != null ? "export/job :: progress" : "export/job";
	}

	@GetMapping("/jobs/{id}/download")
	ModelAndView download(@PathVariable String id, Model model) throws java.io.IOException {
		ExportJob job = jobs.get(Ids.parseOrNotFound(id, "export"));
		if (!job.expired(dev.custodian.shared.DbTime.now()) && ExportJob.COMPLETED.equals(job.status())) {
			return new ModelAndView(new CsvView(job.collection(), jobs.download(job)));
		}
		model.addAttribute("job", job);
		model.addAttribute("expired", job.expired(dev.custodian.shared.DbTime.now()));
		model.addAttribute("section", section(job.collection()));
		ModelAndView answer = new ModelAndView("export/job", model.asMap());
		answer.setStatus(job.expired(dev.custodian.shared.DbTime.now()) ? HttpStatus.GONE : HttpStatus.CONFLICT);
		return answer;
	}

	private String form(String collection, Map<String, String[]> filters, @Nullable String problem, Model model) {
		ListExport list = exports.of(collection);
		Map<String, String> hidden = new LinkedHashMap<>();
		filters.forEach((name, values) -> {
			if (values.length > 0 && !values[0].isBlank()) {
				hidden.put(name, values[0]);
			}
		});
		model.addAttribute("collection", collection);
		model.addAttribute("section", section(collection));
		model.addAttribute("filters", hidden);
		if (problem != null) {
			model.addAttribute("problem", messages.getMessage(problem, null, LocaleContextHolder.getLocale()));
		}
		try {
			ListCount count = list.count(filters);
			model.addAttribute("count", count);
			model.addAttribute("background", jobs.inBackground(count));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", messages.getMessage("transfer.export.filters-invalid", null,
					LocaleContextHolder.getLocale()));
			model.addAttribute("filtersInvalid", true);
		}
		return "export/new";
	}

	private static String section(String collection) {
		return LISTS.contains(collection) ? collection : "";
	}
}
