package dev.custodian.web;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import dev.custodian.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A reader whose browser asks for German reads the contact and company pages, their bulk actions and the shared
 * list pieces in German, with no English text left over.
 */
@OnH2
class RecordPagesInGermanTests extends ApiContract {

	@Test
	void theContactListIsGerman() throws Exception {
		contact("{\"lastName\":\"Gauß\",\"lifecycleStage\":\"customer\"}");
		String page = german(Role.SALES, get("/contacts")).getResponse().getContentAsString();
		assertThat(page).contains("<title>Kontakte · Custodian</title>", "Neuer Kontakt", "Nach Name oder E-Mail suchen",
				"Alle Phasen", "Zuletzt geändert", "Mit den ausgewählten Kontakten", "Kunde",
				"data-none=\"Keine Kontakte gefunden\"", "data-many=\"{0} Kontakte angezeigt\"",
				"Diese Ansicht speichern", "Sortieren nach");
		assertThat(page).doesNotContain("New contact", "Search by name or email", "All stages", "Recently updated",
				"With the selected contacts", "Save this view", "Sort by", ">Customer<", "contacts shown");
	}

	@Test
	void theContactPagesAndBulkActionsAreGerman() throws Exception {
		String id = contact("{\"lastName\":\"Noether\",\"lifecycleStage\":\"opportunity\"}");
		String detail = german(Role.DPO, get("/contacts/" + id)).getResponse().getContentAsString();
		assertThat(detail).contains("Lebenszyklusphase", "Verkaufschance", "Bearbeiten",
				"Diesen Kontakt löschen? Das lässt sich nicht rückgängig machen.");
		assertThat(detail).doesNotContain(">Lifecycle stage<", "Opportunity", ">Edit<", "This cannot be undone");
		String form = german(Role.SALES, get("/contacts/new")).getResponse().getContentAsString();
		assertThat(form).contains("Vorname", "Postanschrift", "Keine Firma", "Speichern");
		assertThat(form).doesNotContain("First name", "Postal address", "No company", ">Save<");
		String confirm = german(Role.DPO, post("/contacts/bulk").param("action", "delete").param("ids", id))
			.getResponse().getContentAsString();
		assertThat(confirm).contains("1 Kontakt löschen?", "Daten dieser Person", "Abbrechen");
		assertThat(confirm).doesNotContain("Delete 1 contact", "Cancel");
		MvcResult invalid = german(Role.SALES, post("/contacts/bulk").param("action", "owner").param("ids", id));
		assertThat(invalid.getFlashMap().get("problem")).asString().startsWith("Nichts wurde geändert: ")
			.doesNotContain("choose the new owner");
	}

	@Test
	void theCompanyPagesAreGerman() throws Exception {
		String id = api.post("/api/v1/companies", personas.token(Role.SALES),
				"{\"name\":\"Zeiss\",\"sizeBand\":\"5001+\"}").text("id");
		String list = german(Role.SALES, get("/companies")).getResponse().getContentAsString();
		assertThat(list).contains("Firmen", "Nach Name oder Domain suchen", "Größe, größte zuerst", "Branche");
		assertThat(list).doesNotContain("Search by name or domain", "Size, largest first", ">Industry<");
		String detail = german(Role.SALES, get("/companies/" + id)).getResponse().getContentAsString();
		assertThat(detail).contains("5001+ Personen", "Hier arbeiten noch keine Kontakte.", "Personen (0)");
		assertThat(detail).doesNotContain("people", "No contacts work here yet.");
	}

	private String contact(String json) {
		return api.post("/api/v1/contacts", personas.token(Role.SALES), json).text("id");
	}

	private MvcResult german(Role role, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header("Accept-Language", "de").with(authentication(personas.session(role)))
			.with(csrf())).andReturn();
	}
}
