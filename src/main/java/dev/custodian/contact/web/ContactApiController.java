package dev.custodian.contact.web;

import java.util.Map;
import java.util.UUID;

import dev.custodian.company.CompanyId;
import dev.custodian.contact.Contact;
import dev.custodian.contact.ContactForm;
import dev.custodian.contact.ContactId;
import dev.custodian.contact.ContactManagement;
import dev.custodian.contact.ContactQuery;
import dev.custodian.contact.LifecycleStage;
import dev.custodian.customfield.CustomFieldFilter;
import dev.custodian.customfield.CustomFields;
import dev.custodian.customfield.CustomValues;
import dev.custodian.identity.UserId;
import dev.custodian.shared.Ids;
import dev.custodian.shared.CountedPage;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Versions;
import dev.custodian.shared.VersionedAnswers;
import dev.custodian.shared.Violations;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/contacts}: create, read, replace, merge-patch, delete and list contacts, with their custom fields.
 */
@RestController
@RequestMapping("/api/v1/contacts")
class ContactApiController implements ContactApiDocs {

	private final ContactManagement contacts;

	private final CustomFields customFields;

	ContactApiController(ContactManagement contacts, CustomFields customFields) {
		this.contacts = contacts;
		this.customFields = customFields;
	}

	@GetMapping
	@Override
	public CountedPage<ContactResource> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String company,
			@RequestParam(required = false) @Nullable String companyName,
			@RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable String lifecycleStage,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor, HttpServletRequest request) {
		ContactQuery query = ContactListParameters.query(request.getParameterMap(), customFields);
		CountedPage<Contact> found = CountedPage.of(contacts.list(query), contacts.count(query));
		Map<UUID, CustomValues> values = customFields.valuesOf(ContactManagement.RECORD_TYPE,
				found.items().stream().map(c -> c.id().value()).toList());
		return found.map(c -> ContactResource.of(c, values.get(c.id().value())));
	}

	@PostMapping
	@Override
	public ResponseEntity<ContactResource> create(@RequestBody(required = false) @Nullable JsonNode body) {
		Violations violations = new Violations();
		ContactForm form = ContactResource.read(body, ContactForm.empty(), violations);
		check(form, violations);
		Contact contact = contacts.create(form);
		return VersionedAnswers.created("/api/v1/contacts", contact.id(), contact.version(), resource(contact));
	}

	@GetMapping("/{id}")
	@Override
	public ResponseEntity<ContactResource> get(@PathVariable String id) {
		return updated(contacts.get(contactId(id)));
	}

	@PutMapping("/{id}")
	@Override
	public ResponseEntity<ContactResource> replace(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		ContactId contactId = contactId(id);
		long expected = Versions.expected(ifMatch);
		Violations violations = new Violations();
		ContactForm form = ContactResource.read(body, ContactForm.empty(), violations);
		check(form, violations);
		return updated(contacts.update(contactId, form, expected));
	}

	@PatchMapping(value = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Override
	public ResponseEntity<ContactResource> patch(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		ContactId contactId = contactId(id);
		long expected = Versions.expected(ifMatch);
		return updated(contacts.patch(contactId, current -> {
			Violations violations = new Violations();
			ContactForm form = ContactResource.read(body, current, violations);
			check(form, violations);
			return form;
		}, expected));
	}

	@DeleteMapping("/{id}")
	@Override
	public ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		contacts.delete(contactId(id), VersionedAnswers.expectedIfGiven(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<ContactResource> updated(Contact contact) {
		return VersionedAnswers.current(contact.version(), resource(contact));
	}

	/** The contact with its custom field values (the read was audited with the contact's). */
	private ContactResource resource(Contact contact) {
		return ContactResource.of(contact, customFields.valuesOf(ContactManagement.RECORD_TYPE, contact.id().value()));
	}

	private static ContactId contactId(String id) {
		return new ContactId(Ids.parseOrNotFound(id, "contact"));
	}

	private void check(ContactForm form, Violations violations) {
		violations.throwIfAnyWith(() -> contacts.problemsWith(form));
	}
}
