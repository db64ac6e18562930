package dev.custodian.contact.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.company.Company;
import dev.custodian.company.CompanyId;
import dev.custodian.company.CompanyManagement;
import dev.custodian.company.CompanyQuery;
import dev.custodian.contact.Contact;
import dev.custodian.contact.ContactForm;
import dev.custodian.contact.ContactId;
import dev.custodian.contact.ContactManagement;
import dev.custodian.customfield.CustomFields;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Permission;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.PhoneNumbers;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact pages: a contact, its form and its deletion (the list is {@link ContactListController}). A restricted
 * contact's form and deletion answer with the error page that says why (see {@code PageErrors}).
 */
@Controller
@RequestMapping("/contacts")
class ContactPageController {

	private final ContactManagement contacts;

	private final CompanyManagement companies;

	private final UserManagement users;

	private final MessageSource messages;

	private final CustomFields customFields;

	ContactPageController(ContactManagement contacts, CompanyManagement companies, UserManagement users,
			MessageSource messages, CustomFields customFields) {
		this.contacts = contacts;
		this.companies = companies;
		this.users = users;
		this.messages = messages;
		this.customFields = customFields;
	}

	@InitBinder("form")
	void binder(WebDataBinder binder) {
		// custom fields arrive as cf.<key> parameters, read by the custom field module (see withCustomFields)
		binder.setDisallowedFields("id", "version", "createdAt", "updatedAt", "customFields*");
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('contact:write')")
	String newForm(Model model) {
		return form(model, ContactForm.empty(), null, Map.of(), null);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CustodianPrincipal me, @ModelAttribute("form") ContactForm posted,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ContactForm form = withCustomFields(posted, request);
		try {
			Contact created = contacts.create(form);
			redirect.addFlashAttribute("notice", text("contact.notice.created"));
			return "redirect:/contacts/" + created.id();
		}
		catch (InvalidInputException ex) {
			return form(model, form, null, ex.byField(), null);
		}
		catch (ConflictException ex) {
			return duplicateEmail(me, ex, model, form, null);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model) {
		Contact contact = contacts.get(contactId(id));
		model.addAttribute("contact", contact);
		model.addAttribute("customValues", customFields.valuesOf(ContactManagement.RECORD_TYPE, contact.id().value()));
		model.addAttribute("company", contact.companyId() == null ? null : companies.find(contact.companyId()).orElse(null));
		model.addAttribute("owner", contact.ownerId() == null ? null : users.find(contact.ownerId()).orElse(null));
		return "contact/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('contact:write')")
	String editForm(@PathVariable String id, Model model) {
		Contact contact = contacts.get(contactId(id));
		if (contact.restricted()) {
			throw new RestrictedException();
		}
		model.addAttribute("version", contact.version());
		// the number as the detail page shows it (+44 20 7946 0958), not its stored E.164 form; it parses back alike
		ContactForm form = ContactForm.of(contact).withPhone(PhoneNumbers.display(contact.phone()))
			.withCustomFields(customFields.valuesOf(ContactManagement.RECORD_TYPE, contact.id().value()));
		return form(model, form, contact.id().value(), Map.of(), null);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CustodianPrincipal me, @PathVariable String id, @RequestParam long version,
			@ModelAttribute("form") ContactForm posted, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		ContactForm form = withCustomFields(posted, request);
		ContactId contactId = contactId(id);
		model.addAttribute("version", version);
		try {
			contacts.update(contactId, form, version);
			redirect.addFlashAttribute("notice", text("contact.notice.saved"));
			return "redirect:/contacts/" + contactId;
		}
		catch (InvalidInputException ex) {
			return form(model, form, contactId.value(), ex.byField(), null);
		}
		catch (ConflictException ex) {
			return duplicateEmail(me, ex, model, form, contactId.value());
		}
		catch (StaleVersionException ex) {
			return form(model, form, contactId.value(), Map.of(),
					text("contact.form.stale"));
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		contacts.delete(contactId(id), null);
		redirect.addFlashAttribute("notice", text("contact.notice.deleted"));
		return "redirect:/contacts";
	}

	/**
	 * The email is taken: the error links to the contact that has it, for users who may open that contact.
	 */
	private String duplicateEmail(CustodianPrincipal me, ConflictException ex, Model model, ContactForm form,
			@Nullable UUID id) {
		if (me.can(Permission.CONTACT_READ) && ex.properties().get("existingContactId") instanceof UUID existing) {
			model.addAttribute("errorLinks", Map.of("email", "/contacts/" + existing));
		}
		return form(model, form, id, Map.of("email", "another contact has this email"), null);
	}

	private String form(Model model, ContactForm form, @Nullable UUID id, Map<String, String> errors,
			@Nullable String problem) {
		model.addAttribute("form", form);
		model.addAttribute("contactId", id);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		List<UserAccount> owners = new ArrayList<>(users.activeUsers());
		UUID ownerId = Ids.parseOrNull(form.ownerId());
		if (ownerId != null && owners.stream().noneMatch(u -> u.id().value().equals(ownerId))) {
			users.find(new UserId(ownerId)).ifPresent(owners::add);
		}
		List<Company> choices = new ArrayList<>(companies.list(new CompanyQuery(null, PageRequest.first(200))).items());
		UUID companyId = Ids.parseOrNull(form.companyId());
		if (companyId != null && choices.stream().noneMatch(c -> c.id().value().equals(companyId))) {
			companies.find(new CompanyId(companyId)).ifPresent(choices::add);
		}
		model.addAttribute("owners", owners);
		model.addAttribute("companies", choices);
		return "contact/form";
	}

	/** The form with the custom field values the page posted ({@code cf.<key>}). */
	private ContactForm withCustomFields(ContactForm form, HttpServletRequest request) {
		return form.withCustomFields(customFields.fromForm(ContactManagement.RECORD_TYPE, request.getParameterMap()));
	}

	/** A text of the page in the reader's language. */
	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static ContactId contactId(String id) {
		return new ContactId(Ids.parseOrNotFound(id, "contact"));
	}
}
