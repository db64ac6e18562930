package dev.custodian.identity.web;

import dev.custodian.identity.Role;
import dev.custodian.identity.UserAccount;
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
 * The sign-in, account, user and status pages speak German to a browser that asks for it, down to role names,
 * notices and the messages of invalid fields, and stay English for everyone else.
 */
@OnH2
class IdentityPagesInGermanTests extends ApiContract {

	@Test
	void theSignInPageFollowsTheBrowsersLanguage() throws Exception {
		String german = mvc.perform(get("/login").header("Accept-Language", "de-DE,de;q=0.9")).andReturn()
			.getResponse().getContentAsString();
		assertThat(german).contains("Anmelden · Custodian", "Bei Custodian anmelden", "Benutzername", "Passwort")
			.doesNotContain("Sign in to Custodian", "Username");
		String english = mvc.perform(get("/login").header("Accept-Language", "en")).andReturn().getResponse()
			.getContentAsString();
		assertThat(english).contains("Sign in to Custodian", "Username").doesNotContain("Bei Custodian anmelden");
	}

	@Test
	void userAdministrationNamesRolesAndFieldsInGerman() throws Exception {
		String list = page(get("/users"), Role.ADMIN);
		assertThat(list).contains("<h1>Benutzer</h1>", "Neuer Benutzer", "Benutzername", "Rolle", "Aktiv", "Bearbeiten")
			.doesNotContain("New user", "Username", ">Active<", ">Edit<");
		String form = page(get("/users/new"), Role.ADMIN);
		assertThat(form).contains("Neuer Benutzer · Custodian", "Anzeigename", "Passwort (mindestens 12 Zeichen)",
				"Datenschutzbeauftragte(r)", "Vertrieb", "Nur lesen", "Speichern")
			.doesNotContain("Display name", "Data-protection officer", "Read only", "12 characters or more");
		UserAccount support = personas.user(Role.SUPPORT);
		String stale = page(post("/users/{id}", support.id().value()).with(csrf())
			.param("version", String.valueOf(support.version() + 7)).param("displayName", "Stale Edit")
			.param("role", "SUPPORT").param("enabled", "true"), Role.ADMIN);
		assertThat(stale).contains("Jemand anderes hat diesen Benutzer inzwischen geändert; öffnen Sie ihn erneut.",
				"Neues Passwort (leer lassen, um es zu behalten)")
			.doesNotContain("Someone else changed this user meanwhile");
	}

	@Test
	void theAccountPageNoticesAndFieldErrorsComeInGerman() throws Exception {
		String account = page(get("/account/tokens"), Role.MARKETING);
		assertThat(account).contains("Ihr Konto", "Zeitzone", "Die Voreinstellung der Installation", "Token erstellen",
				"Berechtigungen (keine angekreuzt: alle Ihre Berechtigungen)")
			.doesNotContain("Your account", "Time zone", "Create token", "installation&#39;s default");
		String invalid = page(post("/account/time-zone").with(csrf()).param("timeZone", "Mars/Olympus_Mons"),
				Role.MARKETING);
		// the field's own message (the summary above the form is the shared forms fragment's)
		assertThat(invalid).contains("id=\"timeZone-error\">ist keine Zeitzone: wählen Sie eine aus der Liste")
			.doesNotContain("id=\"timeZone-error\">is not a time zone");
		try {
			MvcResult chosen = mvc.perform(post("/account/time-zone").with(csrf()).param("timeZone", "Europe/Berlin")
				.header("Accept-Language", "de").with(authentication(personas.session(Role.MARKETING)))).andReturn();
			assertThat(chosen.getFlashMap().get("notice")).isEqualTo("Daten werden jetzt in Europe/Berlin angezeigt.");
		}
		finally {
			mvc.perform(post("/account/time-zone").with(csrf()).param("timeZone", "")
				.with(authentication(personas.session(Role.MARKETING))));
		}
	}

	@Test
	void theStatusPageIsInGerman() throws Exception {
		String status = page(get("/admin/status"), Role.ADMIN);
		assertThat(status).contains("Status · Custodian", "Diese Installation", "Läuft seit", "Verschlüsselung",
				"Kein Schlüssel wartet auf die Rotation", "Kette prüfen")
			.doesNotContain("Running since", "Encryption", "No key waits for rotation", "Verify the chain");
	}

	private String page(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return mvc.perform(request.header("Accept-Language", "de").with(authentication(personas.session(role))))
			.andReturn().getResponse().getContentAsString();
	}
}
