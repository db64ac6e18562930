package dev.custodian.company.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.company.Company;
import dev.custodian.company.CompanyContacts;
import dev.custodian.company.CompanyForm;
import dev.custodian.company.CompanyId;
import dev.custodian.company.CompanyManagement;
import dev.custodian.company.CompanyQuery;
import dev.custodian.shared.RestrictedException;
import dev.custodian.company.CompanySizeBand;
import dev.custodian.customfield.CustomFieldFilter;
import dev.custodian.customfield.CustomFields;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Permission;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.SortOption;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.view.SavedView;
import dev.custodian.view.SavedViews;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company pages; a company's page lists its people. The list counts, sorts and offers saved views (bulk
 * deletion is {@link CompanyBulkController}); with {@code HX-Request} it answers with just its results fragment.
 */
@Controller
@RequestMapping("/companies")
class CompanyPageController {

	static final List<SortOption> SORTS = List.of(new SortOption("name", "company.sort.name"), new SortOption("-name", "company.sort.desc-name"),
			new SortOption("domain", "company.sort.domain"), new SortOption("industry", "company.sort.industry"),
			new SortOption("size", "company.sort.size"), new SortOption("-size", "company.sort.desc-size"),
			new SortOption("-updated", "company.sort.desc-updated"));

	private final CompanyManagement companies;

	private final CompanyContacts members;

	private final SavedViews views;

	private final MessageSource messages;

	private final CustomFields customFields;

	CompanyPageController(CompanyManagement companies, CompanyContacts members, SavedViews views,
			MessageSource messages, CustomFields customFields) {
		this.companies = companies;
		this.members = members;
		this.views = views;
		this.messages = messages;
		this.customFields = customFields;
	}

	@InitBinder("form")
	void binder(WebDataBinder binder) {
		// custom fields arrive as cf.<key> parameters, read by the custom field module (see withCustomFields)
		binder.setDisallowedFields("id", "version", "createdAt", "updatedAt", "customFields*");
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String soleTrader,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable String view,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, HttpServletRequest request,
			Model model) {
		UUID viewId = Ids.parseOrNull(view);
		String sortCode = sort;
		String kindCode = soleTrader;
		if (viewId != null) {
			SavedView saved = views.mine("companies", viewId);
			sortCode = saved.sort();
			kindCode = saved.filter("soleTrader");
			model.addAttribute("currentView", viewId);
		}
		Boolean kind = CompanyQuery.soleTrader(kindCode);
		CustomFieldFilter custom = CustomFieldFilter.NONE;
		try {
			custom = customFields.filter(CompanyManagement.RECORD_TYPE, request.getParameterMap());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("filterProblem", text("customfield.filters.invalid"));
		}
		model.addAttribute("customFilters", custom.parameters());
		CompanyQuery query = new CompanyQuery(q, kind, CompanyQuery.sort(sortCode), PageRequest.parse("25", cursor),
				custom);
		KeysetPage<Company> page = companies.list(query);
		model.addAttribute("page", page);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("soleTrader", kind == null ? "" : kind.toString());
		model.addAttribute("sort", query.sort().code());
		Map<String, String> export = new java.util.LinkedHashMap<>();
		export.put("q", q == null ? "" : q);
		export.put("soleTrader", kind == null ? "" : kind.toString());
		export.put("sort", query.sort().code());
		export.putAll(custom.parameters());
		model.addAttribute("exportFilters", export);
		model.addAttribute("exportHref", dev.custodian.shared.ExportLinks.page("companies", export));
		model.addAttribute("exportSearched", q != null && !q.isBlank());
		if (htmx != null && cursor != null && !cursor.isBlank()) {
			return "company/list :: rows";
		}
		model.addAttribute("count", companies.count(query));
		model.addAttribute("sorts", SORTS);
		model.addAttribute("views", views.mine("companies"));
		model.addAttribute("viewFilters", Map.of("soleTrader", kind == null ? "" : kind.toString()));
		return htmx != null ? "company/list :: results" : "company/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('company:write')")
	String newForm(Model model) {
		return form(model, CompanyForm.empty(), null, Map.of(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") CompanyForm posted, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		CompanyForm form = withCustomFields(posted, request);
		try {
			Company created = companies.create(form);
			redirect.addFlashAttribute("notice", text("company.notice.created"));
			return "redirect:/companies/" + created.id();
		}
		catch (InvalidInputException ex) {
			return form(model, form, null, ex.byField(), null);
		}
		catch (ConflictException ex) {
			return form(model, form, null, Map.of("domain", "another company has this domain"), null);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, @AuthenticationPrincipal CustodianPrincipal me, Model model) {
		Company company = companies.get(companyId(id));
		model.addAttribute("company", company);
		model.addAttribute("customValues", customFields.valuesOf(CompanyManagement.RECORD_TYPE, company.id().value()));
		if (me.can(Permission.CONTACT_READ)) {
			model.addAttribute("members", members.membersOf(company.id(), 100));
			model.addAttribute("memberCount", members.countOf(company.id()));
		}
		return "company/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('company:write')")
	String editForm(@PathVariable String id, Model model, RedirectAttributes redirect) {
		Company company = companies.get(companyId(id));
		if (company.restricted()) {
			return refused(company.id(), redirect);
		}
		model.addAttribute("version", company.version());
		CompanyForm form = CompanyForm.of(company)
			.withCustomFields(customFields.valuesOf(CompanyManagement.RECORD_TYPE, company.id().value()));
		return form(model, form, company.id().value(), Map.of(), null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @RequestParam long version, @ModelAttribute("form") CompanyForm posted,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		CompanyForm form = withCustomFields(posted, request);
		CompanyId companyId = companyId(id);
		model.addAttribute("version", version);
		try {
			companies.update(companyId, form, version);
			redirect.addFlashAttribute("notice", text("company.notice.saved"));
			return "redirect:/companies/" + companyId;
		}
		catch (InvalidInputException ex) {
			return form(model, form, companyId.value(), ex.byField(), null);
		}
		catch (RestrictedException ex) {
			return refused(companyId, redirect);
		}
		catch (ConflictException ex) {
			return form(model, form, companyId.value(), Map.of("domain", "another company has this domain"), null);
		}
		catch (StaleVersionException ex) {
			return form(model, form, companyId.value(), Map.of(),
					text("company.form.stale"));
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		CompanyId companyId = companyId(id);
		try {
			companies.delete(companyId, null);
		}
		catch (RestrictedException ex) {
			return refused(companyId, redirect);
		}
		redirect.addFlashAttribute("notice", text("company.notice.deleted"));
		return "redirect:/companies";
	}

	/** Back to the company's page, which says that its data is restricted and nothing was changed. */
	private String refused(CompanyId id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", text("company.restricted.refused"));
		return "redirect:/companies/" + id;
	}

	private static String form(Model model, CompanyForm form, @Nullable UUID id, Map<String, String> errors,
			@Nullable String problem) {
		model.addAttribute("form", form);
		model.addAttribute("companyId", id);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("sizeBands", CompanySizeBand.values());
		return "company/form";
	}

	/** The form with the custom field values the page posted ({@code cf.<key>}). */
	private CompanyForm withCustomFields(CompanyForm form, HttpServletRequest request) {
		return form.withCustomFields(customFields.fromForm(CompanyManagement.RECORD_TYPE, request.getParameterMap()));
	}

	/** A text of the page in the reader's language. */
	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static CompanyId companyId(String id) {
		return new CompanyId(Ids.parseOrNotFound(id, "company"));
	}
}
