package dev.custodian.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Role;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserTimeZones;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each user reads dates in their own time zone, named after the time; the API keeps UTC instants. Runs on H2 and
 * PostgreSQL.
 */
public abstract class TimeZoneContract extends ApiContract {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

	@Autowired
	UserTimeZones zones;

	UUID userId;

	RequestPostProcessor session;

	@BeforeEach
	void aFreshUser() {
		String name = "tz" + UUID.randomUUID().toString().substring(0, 8);
		userId = UUID.fromString(api.post("/api/v1/users", personas.token(Role.ADMIN),
				"{\"username\":\"" + name + "\",\"role\":\"SALES\",\"password\":\"a-long-test-password\"}").text("id"));
		CustodianPrincipal principal = new CustodianPrincipal(new UserId(userId), name, name, Role.SALES,
				Role.SALES.permissions(), "user");
		session = authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.authorities()));
	}

	@Test
	void aUserChoosesTheirTimeZoneAndPagesShowDatesInItWhileTheApiKeepsUtc() throws Exception {
		String id = api.post("/api/v1/contacts", personas.token(Role.SALES), "{\"lastName\":\"Zoned\"}").text("id");
		String iso = api.get("/api/v1/contacts/" + id, personas.token(Role.SALES)).text("createdAt");
		Instant created = Instant.parse(iso);
		assertThat(page("/contacts/" + id)).contains(SHOWN.withZone(zones.defaultZone()).format(created));

		MockHttpServletResponse saved = mvc.perform(post("/account/time-zone").with(session).with(csrf())
			.param("timeZone", "Asia/Kolkata")).andReturn().getResponse();
		assertThat(saved.getRedirectedUrl()).isEqualTo("/account/tokens");
		assertThat(storedZone()).isEqualTo("Asia/Kolkata");

		// India is 5:30 ahead of UTC all year: the minutes move too, and the zone is named
		String shown = SHOWN.withZone(ZoneId.of("Asia/Kolkata")).format(created);
		assertThat(shown).endsWith(" IST");
		assertThat(page("/contacts/" + id)).contains(shown);
		assertThat(page("/account/tokens")).containsPattern("<option value=\"Asia/Kolkata\"\\s+selected");
		assertThat(api.get("/api/v1/contacts/" + id, personas.token(Role.SALES)).text("createdAt")).isEqualTo(iso)
			.endsWith("Z");

		mvc.perform(post("/account/time-zone").with(session).with(csrf()).param("timeZone", ""));
		assertThat(storedZone()).isNull();
		assertThat(page("/contacts/" + id)).contains(SHOWN.withZone(zones.defaultZone()).format(created));
	}

	@Test
	void anUnknownTimeZoneIsRefusedAndChangesNothing() throws Exception {
		mvc.perform(post("/account/time-zone").with(session).with(csrf()).param("timeZone", "Europe/Berlin"));
		for (String wrong : new String[] { "Mars/Olympus_Mons", "+02:00", "europe/berlin" }) {
			MockHttpServletResponse refused = mvc.perform(post("/account/time-zone").with(session).with(csrf())
				.param("timeZone", wrong)).andReturn().getResponse();
			assertThat(refused.getStatus()).as(wrong).isEqualTo(200);
			assertThat(refused.getContentAsString()).as(wrong)
				.contains("id=\"timeZone-error\"", "is not a time zone", "aria-invalid=\"true\"");
			assertThat(storedZone()).as(wrong).isEqualTo("Europe/Berlin");
		}
	}

	private String page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private String storedZone() {
		return jdbc.sql("select time_zone from users where id = ?").param(userId).query(String.class).optional()
			.orElse(null);
	}
}
