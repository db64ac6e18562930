package dev.custodian.contact.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.custodian.company.CompanyManagement;
import dev.custodian.company.CompanyQuery;
import dev.custodian.contact.Contact;
import dev.custodian.contact.ContactBulkActions;
import dev.custodian.contact.ContactForm;
import dev.custodian.contact.ContactId;
import dev.custodian.contact.ContactManagement;
import dev.custodian.contact.ContactQuery;
import dev.custodian.contact.LifecycleStage;
import dev.custodian.customfield.CustomFieldFilter;
import dev.custodian.customfield.CustomFields;
import dev.custodian.customfield.web.CustomFieldDisplay;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Permission;
import dev.custodian.identity.Role;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserTimeZones;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.PostalAddress;
import dev.custodian.view.SavedViews;
import dev.custodian.web.Display;
import dev.custodian.web.ViolationTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest({ ContactPageController.class, ContactListController.class, ContactBulkController.class })
@Import({ Display.class, ViolationTexts.class, CustomFieldDisplay.class })
class ContactPageControllerTests {

	private static final Contact ADA = new Contact(new ContactId(UUID.randomUUID()), "Ada", "Lovelace",
			"ada@example.org", "+442079460958", "Analyst", null, null, LifecycleStage.CUSTOMER, null, PostalAddress.EMPTY,
			Instant.now(), Instant.now(), 3, null);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ContactManagement contacts;

	@MockitoBean
	CompanyManagement companies;

	@MockitoBean
	UserManagement users;

	@MockitoBean
	SavedViews views;

	@MockitoBean
	CustomFields customFields;

	@MockitoBean
	ContactBulkActions bulk;

	@MockitoBean
	UserTimeZones zones;

	RequestPostProcessor sales;

	@BeforeEach
	void setUp() {
		when(customFields.filter(any(), any())).thenReturn(CustomFieldFilter.NONE);
		when(zones.zoneOf(any())).thenReturn(ZoneOffset.UTC);
		when(zones.defaultZone()).thenReturn(ZoneOffset.UTC);
		CustodianPrincipal principal = new CustodianPrincipal(new UserId(UUID.randomUUID()), "sam", "Sam Sales",
				Role.SALES, Role.SALES.permissions(), "user");
		sales = authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
		when(contacts.list(any(ContactQuery.class))).thenReturn(new KeysetPage<>(List.of(ADA), "next-cursor"));
		when(companies.names(any())).thenReturn(Map.of());
		when(companies.list(any(CompanyQuery.class))).thenReturn(new KeysetPage<>(List.of(), null));
		when(users.activeUsers()).thenReturn(List.of());
		when(contacts.count(any(ContactQuery.class))).thenReturn(ListCount.of(1));
	}

	@Test
	void theListSaysHowManyMatchAndOffersSortsAndBulkActions() {
		assertThat(mvc.get().uri("/contacts").with(sales)).hasStatusOk()
			.bodyText()
			.contains("1 contact<", "Recently updated", "name=\"ids\"", "form=\"contact-bulk\"",
					"data-select-all=\"contact-bulk\"", "Change the stage to", "Save this view")
			.doesNotContain("value=\"delete\"");
	}

	@Test
	void aOneLetterSearchAsksForTwoLetters() {
		assertThat(mvc.post().uri("/contacts/search").with(sales).with(csrf()).param("q", "a")
			.header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("Type at least two letters to search.")
			.doesNotContain("No contacts match", "Ada Lovelace");
		verify(contacts, never()).list(any(ContactQuery.class));
	}

	@Test
	void bulkDeletionAsksFirstSayingHowMany() {
		String one = UUID.randomUUID().toString();
		String two = UUID.randomUUID().toString();
		assertThat(mvc.post().uri("/contacts/bulk").with(sales).with(csrf()).param("action", "delete")
			.param("ids", one, two)).hasStatusOk()
			.bodyText()
			.contains("Delete 2 contacts?", "value=\"" + one + "\"", "name=\"confirmed\"");
		verify(bulk, never()).delete(any());
		assertThat(mvc.post().uri("/contacts/bulk").with(sales).with(csrf()).param("action", "delete")
			.param("ids", one, two).param("confirmed", "true")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/contacts");
		verify(bulk).delete(List.of(new ContactId(UUID.fromString(one)), new ContactId(UUID.fromString(two))));
	}

	@Test
	void bulkChangesWithoutASelectionChangeNothingAndSaySo() {
		when(bulk.changeStage(List.of(), LifecycleStage.LEAD))
			.thenThrow(InvalidInputException.of("ids", "select at least one contact"));
		assertThat(mvc.post().uri("/contacts/bulk").with(sales).with(csrf()).param("action", "stage")
			.param("stage", "lead")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("problem", "Nothing was changed: select at least one contact.");
		assertThat(mvc.post().uri("/contacts/bulk").with(sales).with(csrf()).param("action", "stage")
			.param("ids", "not-an-id")).hasStatus3xxRedirection()
			.flash()
			.containsKey("problem");
	}

	@Test
	void theListIsAWholePageForBrowsers() {
		assertThat(mvc.get().uri("/contacts").with(sales)).hasStatusOk()
			.bodyText()
			.contains("<html", "Ada Lovelace", "Customer", "Show more", "New contact");
	}

	@Test
	void htmxSearchesGetOnlyTheResults() {
		assertThat(mvc.post().uri("/contacts/search").with(sales).with(csrf()).param("q", "ada")
			.header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("id=\"contact-results\"", "Ada Lovelace")
			.doesNotContain("<html");
	}

	@Test
	void htmxShowMoreGetsOnlyTheNextRows() {
		assertThat(mvc.post().uri("/contacts/search").with(sales).with(csrf()).param("cursor", "abc")
			.header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("<tr", "Ada Lovelace", "Show more")
			.doesNotContain("hx-swap-oob")
			.doesNotContain("contact-results", "<table");
	}

	@Test
	void searchesArePostedSoNamesStayOutOfUrls() {
		assertThat(mvc.get().uri("/contacts").with(sales)).bodyText()
			.contains("method=\"post\"", "action=\"/contacts/search\"");
	}

	@Test
	void invalidFormsComeBackWithEveryFieldMarked() {
		when(contacts.create(any(ContactForm.class))).thenThrow(new InvalidInputException(List.of(
				new FieldViolation("email", "must be an email address"), new FieldViolation("phone", "must be valid"))));
		assertThat(mvc.post().uri("/contacts").with(sales).with(csrf()).param("email", "nope").param("phone", "1"))
			.hasStatusOk()
			.bodyText()
			.contains("must be an email address", "must be valid", "aria-invalid=\"true\"", "value=\"nope\"");
	}

	@Test
	void aSavedContactRedirectsToItsPage() {
		when(contacts.create(any(ContactForm.class))).thenReturn(ADA);
		assertThat(mvc.post().uri("/contacts").with(sales).with(csrf()).param("lastName", "Lovelace"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/contacts/" + ADA.id());
	}

	@Test
	void formFieldsBindIncludingTheNestedAddress() {
		when(contacts.create(any(ContactForm.class))).thenReturn(ADA);
		mvc.post().uri("/contacts").with(sales).with(csrf()).param("lastName", "Lovelace")
			.param("address.city", "London").param("address.country", "GB").exchange();
		ArgumentCaptor<ContactForm> form = ArgumentCaptor.forClass(ContactForm.class);
		verify(contacts).create(form.capture());
		assertThat(form.getValue().lastName()).isEqualTo("Lovelace");
		assertThat(form.getValue().address().city()).isEqualTo("London");
		assertThat(form.getValue().address().country()).isEqualTo("GB");
	}

	@Test
	void unknownContactsAreAFriendly404() {
		UUID id = UUID.randomUUID();
		when(contacts.get(new ContactId(id))).thenThrow(new NotFoundException("contact", id));
		assertThat(mvc.get().uri("/contacts/" + id).with(sales)).hasStatus(404).bodyText().contains("Not found");
		assertThat(mvc.get().uri("/contacts/not-a-uuid").with(sales)).hasStatus(404);
	}

	@Test
	void actionsFollowTheRole() {
		when(contacts.get(ADA.id())).thenReturn(ADA);
		assertThat(mvc.get().uri("/contacts/" + ADA.id()).with(sales)).hasStatusOk()
			.bodyText()
			.contains("Edit")
			.doesNotContain(">Delete<");
	}

	@Test
	void aDuplicateEmailLinksToTheContactThatHasIt() {
		UUID existing = UUID.randomUUID();
		when(contacts.create(any(ContactForm.class))).thenThrow(new ConflictException(
				"A contact with this email exists already", Map.of("existingContactId", existing)));
		assertThat(mvc.post().uri("/contacts").with(sales).with(csrf()).param("email", "ada@example.org"))
			.hasStatusOk()
			.bodyText()
			.contains("another contact has this email", "href=\"/contacts/" + existing + "\"", "open it");
		when(contacts.update(any(), any(ContactForm.class), any(Long.class))).thenThrow(new ConflictException(
				"A contact with this email exists already", Map.of("existingContactId", existing)));
		assertThat(mvc.post().uri("/contacts/" + ADA.id()).with(sales).with(csrf()).param("version", "3")
			.param("email", "ada@example.org"))
			.hasStatusOk()
			.bodyText()
			.contains("another contact has this email", "href=\"/contacts/" + existing + "\"");
	}

	@Test
	void aDuplicateEmailDoesNotLinkForUsersWhoMayNotReadContacts() {
		UUID existing = UUID.randomUUID();
		when(contacts.create(any(ContactForm.class))).thenThrow(new ConflictException(
				"A contact with this email exists already", Map.of("existingContactId", existing)));
		CustodianPrincipal writer = new CustodianPrincipal(new UserId(UUID.randomUUID()), "wes", "Wes Writer",
				Role.SALES, Set.of(Permission.CONTACT_WRITE), "user");
		assertThat(mvc.post().uri("/contacts").with(as(writer)).with(csrf()).param("email", "ada@example.org"))
			.hasStatusOk()
			.bodyText()
			.contains("another contact has this email")
			.doesNotContain(existing.toString(), "open it");
	}

	@Test
	void theEditFormShowsThePhoneNumberAsTheDetailPageDoes() {
		when(contacts.get(ADA.id())).thenReturn(ADA);
		assertThat(mvc.get().uri("/contacts/" + ADA.id()).with(sales)).bodyText().contains("+44 20 7946 0958");
		assertThat(mvc.get().uri("/contacts/" + ADA.id() + "/edit").with(sales)).hasStatusOk()
			.bodyText()
			.contains("value=\"+44 20 7946 0958\"")
			.doesNotContain("+442079460958");
	}

	@Test
	void theContactPageLinksToTheAuditTrailForThoseWhoMayReadIt() {
		when(contacts.get(ADA.id())).thenReturn(ADA);
		String trail = "href=\"/audit?subjectId=" + ADA.subjectId() + "\"";
		CustodianPrincipal dpo = new CustodianPrincipal(new UserId(UUID.randomUUID()), "dee", "Dee DPO", Role.DPO,
				Role.DPO.permissions(), "user");
		assertThat(mvc.get().uri("/contacts/" + ADA.id()).with(as(dpo))).hasStatusOk().bodyText().contains(trail);
		assertThat(mvc.get().uri("/contacts/" + ADA.id()).with(sales)).hasStatusOk()
			.bodyText()
			.doesNotContain(trail, "Subject id", "Audit trail");
	}

	private static RequestPostProcessor as(CustodianPrincipal principal) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
	}
}
