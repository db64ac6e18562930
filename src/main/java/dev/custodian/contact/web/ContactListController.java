package dev.custodian.contact.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.custodian.company.CompanyManagement;
import dev.custodian.contact.Contact;
import dev.custodian.contact.ContactManagement;
import dev.custodian.contact.ContactQuery;
import dev.custodian.contact.LifecycleStage;
import dev.custodian.customfield.CustomFieldFilter;
import dev.custodian.customfield.CustomFields;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.SortOption;
import dev.custodian.shared.TextFolding;
import dev.custodian.view.SavedView;
import dev.custodian.view.SavedViews;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contact list. Searches are posted, not put in the URL, so that names typed into the search box never reach
 * browser history, proxies or access logs; the URL carries only codes and ids (stage, owner, sort, a saved view) and
 * filters on custom fields not personal ({@code cf.<key>}). With {@code HX-Request} the list answers with just its
 * results fragment.
 */
@Controller
@RequestMapping("/contacts")
class ContactListController {

	static final List<SortOption> SORTS = List.of(new SortOption("-updated", "contact.sort.desc-updated"),
			new SortOption("updated", "contact.sort.updated"), new SortOption("-created", "contact.sort.desc-created"),
			new SortOption("created", "contact.sort.created"), new SortOption("stage", "contact.sort.stage"),
			new SortOption("owner", "contact.sort.owner"), new SortOption("company", "contact.sort.company"));

	private final ContactManagement contacts;

	private final CompanyManagement companies;

	private final UserManagement users;

	private final SavedViews views;

	private final CustomFields customFields;

	private final MessageSource messages;

	ContactListController(ContactManagement contacts, CompanyManagement companies, UserManagement users,
			SavedViews views, CustomFields customFields, MessageSource messages) {
		this.contacts = contacts;
		this.companies = companies;
		this.users = users;
		this.views = views;
		this.customFields = customFields;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String view, HttpServletRequest request, Model model) {
		UUID viewId = Ids.parseOrNull(view);
		if (viewId != null) {
			SavedView saved = views.mine("contacts", viewId);
			model.addAttribute("currentView", viewId);
			return search(null, null, saved.filter("stage"), saved.filter("owner"), saved.sort(), null, null, request,
					model);
		}
		return search(null, null, stage, owner, sort, null, null, request, model);
	}

	@PostMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String companyName,
			@RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, HttpServletRequest request,
			Model model) {
		LifecycleStage lifecycle = stage == null || stage.isBlank() ? null : LifecycleStage.fromCode(stage).orElse(null);
		UUID ownerId = Ids.parseOrNull(owner);
		ListSort order = ContactQuery.sort(sort);
		CustomFieldFilter custom = CustomFieldFilter.NONE;
		try {
			custom = customFields.filter(ContactManagement.RECORD_TYPE, request.getParameterMap());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("filterProblem", messages.getMessage("customfield.filters.invalid", null,
					LocaleContextHolder.getLocale()));
		}
		model.addAttribute("customFilters", custom.parameters());
		ContactQuery query = new ContactQuery(q, null, companyName, ownerId == null ? null : new UserId(ownerId),
				lifecycle, order, PageRequest.parse("25", cursor), custom);
		// one letter would match through no token (they start at two): say so rather than "no contacts match"
		boolean tooShort = q != null && !q.isBlank() && TextFolding.foldName(q).length() < 2;
		KeysetPage<Contact> page = tooShort ? new KeysetPage<>(List.of(), null) : contacts.list(query);
		model.addAttribute("page", page);
		model.addAttribute("count", tooShort ? ListCount.of(0) : contacts.count(query));
		model.addAttribute("tooShort", tooShort);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("companyName", companyName == null ? "" : companyName);
		model.addAttribute("stage", lifecycle == null ? "" : lifecycle.code());
		model.addAttribute("owner", ownerId == null ? "" : ownerId.toString());
		model.addAttribute("sort", order.code());
		Map<String, String> export = new LinkedHashMap<>();
		export.put("q", q == null ? "" : q);
		export.put("companyName", companyName == null ? "" : companyName);
		export.put("lifecycleStage", lifecycle == null ? "" : lifecycle.code());
		export.put("owner", ownerId == null ? "" : ownerId.toString());
		export.put("sort", order.code());
		export.putAll(custom.parameters());
		model.addAttribute("exportFilters", export);
		model.addAttribute("exportHref", dev.custodian.shared.ExportLinks.page("contacts", export));
		model.addAttribute("exportSearched", !export.get("q").isBlank() || !export.get("companyName").isBlank());
		model.addAttribute("companyNames", companies.names(page.items().stream()
			.map(Contact::companyId).filter(Objects::nonNull).toList()));
		if (htmx != null && cursor != null && !cursor.isBlank()) {
			return "contact/list :: rows";
		}
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("stage", lifecycle == null ? "" : lifecycle.code());
		filters.put("owner", ownerId == null ? "" : ownerId.toString());
		model.addAttribute("viewFilters", filters);
		model.addAttribute("views", views.mine("contacts"));
		model.addAttribute("sorts", SORTS);
		model.addAttribute("owners", users.activeUsers());
		return htmx != null ? "contact/list :: results" : "contact/list";
	}
}
