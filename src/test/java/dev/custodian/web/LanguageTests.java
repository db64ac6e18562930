package dev.custodian.web;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import dev.custodian.support.OnH2;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The UI speaks the browser's language if it has it (English or German), the switch in the user menu overrides
 * that for good, and the switch only ever leads back into the application.
 */
@OnH2
class LanguageTests extends ApiContract {

	@Test
	void aGermanBrowserGetsTheShellAndDashboardInGerman() throws Exception {
		String page = page(get("/").with(authentication(personas.session(Role.ADMIN)))
			.header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5"));
		assertThat(page).contains("<html lang=\"de\"", "Zum Inhalt springen", ">Menü<", ">Übersicht<", ">Kontakte<",
				">Unternehmen<", ">Prüfprotokoll<", ">Abmelden<", "aria-label=\"Hauptnavigation\"",
				"Schön, Sie zu sehen", "Zuletzt geänderte Kontakte")
			.doesNotContain("Skip to content", ">Dashboard<", ">Contacts<", "Sign out", "Good to see you",
					"Recently updated contacts");
		// the switch names each language in itself and marks the current one
		assertThat(page)
			.containsPattern("<a href=\"/language\\?lang=de&amp;next=/\"[^>]*aria-current=\"true\"[^>]*>Deutsch</a>")
			.containsPattern("<a href=\"/language\\?lang=en&amp;next=/\"(?![^>]*aria-current)[^>]*>English</a>");
	}

	@Test
	void theAuditTrailAndItsVerificationSpeakGerman() throws Exception {
		String list = page(get("/audit").with(authentication(personas.session(Role.DPO))).header("Accept-Language", "de"));
		assertThat(list).contains("<title>Prüfprotokoll · Custodian</title>", "Kette prüfen", "Betroffene Person",
				"Alle Aktionen", "Zeitpunkt", ">Lesen<")
			.doesNotContain("Verify the chain", "Data subject", "Any action", ">When<", ">READ<");
		String verified = page(post("/audit/verify").with(authentication(personas.session(Role.DPO)))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.header("Accept-Language", "de"));
		assertThat(verified).contains("Prüfung der Hash-Kette", "Die Kette ist unversehrt")
			.doesNotContain("Hash chain verification", "The chain is intact");
		String invalid = page(get("/audit?from=gestern").with(authentication(personas.session(Role.DPO)))
			.header("Accept-Language", "de"));
		assertThat(invalid).contains("Prüfen Sie die Filter: from", "muss ein Datum (2026-01-31)")
			.doesNotContain("must be a date");
	}

	@Test
	void englishIsTheDefaultForOtherLanguagesAndNoPreference() throws Exception {
		assertThat(page(get("/").with(authentication(personas.session(Role.ADMIN))).header("Accept-Language", "fr-FR")))
			.contains("<html lang=\"en\"", ">Dashboard<", "Sign out");
		assertThat(page(get("/").with(authentication(personas.session(Role.ADMIN))))).contains("<html lang=\"en\"",
				">Dashboard<");
	}

	@Test
	void theSwitchRemembersTheLanguageInACookieAndGoesBackToThePage() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/language?lang=de&next=/contacts")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/contacts");
		assertThat(response.getHeader("Set-Cookie")).startsWith("CUSTODIAN_LANG=de;").contains("Path=/", "HttpOnly",
				"SameSite=Lax");
		// the cookie wins over the browser's language, both ways
		assertThat(page(get("/").with(authentication(personas.session(Role.ADMIN)))
			.cookie(new Cookie("CUSTODIAN_LANG", "de"))
			.header("Accept-Language", "en"))).contains(">Übersicht<");
		assertThat(page(get("/").with(authentication(personas.session(Role.ADMIN)))
			.cookie(new Cookie("CUSTODIAN_LANG", "en"))
			.header("Accept-Language", "de"))).contains(">Dashboard<");
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "https://evil.example/", "/\\evil.example", "evil.example",
			"/\r\nLocation: https://evil.example", "/\tevil" })
	void theSwitchLeadsOnlyIntoTheApplication(String next) throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/language").param("lang", "de").param("next", next))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void theSignInPageCanBeSwitchedToo() throws Exception {
		String page = page(get("/login").header("Accept-Language", "en"));
		assertThat(page).contains("href=\"/language?lang=de&amp;next=/login\"", ">Deutsch</a>");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 400);
		return response.getContentAsString();
	}
}
