package dev.custodian.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The data catalogue as a DPO sees it (API, CSV and page) and the start-up check that refuses undeclared columns.
 * Runs on H2 and PostgreSQL.
 */
public abstract class CatalogueContract extends ApiContract {

	@Autowired
	CatalogueCheck check;

	@Test
	void listsEveryDeclaredColumnWithCategoryProtectionAndHowManyRecordsHoldAValue() {
		String dpo = personas.token(Role.DPO);
		Map<String, JsonNode> before = byColumn(api.get("/api/v1/catalog", dpo));
		api.post("/api/v1/contacts", personas.token(Role.SALES),
				"{\"lastName\":\"Counted\",\"email\":\"counted-" + UUID.randomUUID() + "@example.org\"}");
		Response listed = api.get("/api/v1/catalog", dpo);
		assertThat(listed.status()).isEqualTo(200);
		Map<String, JsonNode> after = byColumn(listed);

		JsonNode email = after.get("contacts.email");
		assertThat(email.get("recordType").asString()).isEqualTo("contact");
		assertThat(email.get("field").asString()).isEqualTo("email");
		assertThat(email.get("category").asString()).isEqualTo("contact.email");
		assertThat(email.get("specialCategory").asBoolean()).isFalse();
		assertThat(email.get("protection").asString()).isEqualTo("sealed+exact");
		assertThat(email.get("purposes").isEmpty()).isTrue();
		assertThat(email.get("retention").isNull()).isTrue();
		assertThat(email.get("filled").asLong()).isEqualTo(before.get("contacts.email").get("filled").asLong() + 1);
		assertThat(after.get("contacts.phone").get("filled").asLong())
			.isEqualTo(before.get("contacts.phone").get("filled").asLong());
		assertThat(email.get("records").asLong()).isEqualTo(before.get("contacts.email").get("records").asLong() + 1);
		assertThat(after.get("contacts.first_name").get("protection").asString()).isEqualTo("sealed+prefix");
		assertThat(after.get("users.display_name").get("protection").asString()).isEqualTo("sealed");
		assertThat(after.get("users.username").get("protection").asString()).isEqualTo("sealed+exact");
		assertThat(after.get("saved_views.filters").get("notPersonalReason").asString()).contains("codes and ids");
		assertThat(after.get("audit_events.actor_id").get("category").isNull()).isTrue();
		assertThat(after.get("users.display_name").get("category").asString()).isEqualTo("identity.name");
		assertThat(after.get("companies.name").get("category").isNull()).isTrue();
		assertThat(after.get("companies.name").get("notPersonalReason").asString())
			.isEqualTo("the trading name a business publishes, a sole trader's too");
		assertThat(after.get("companies.phone").get("category").asString()).isEqualTo("contact.phone");
		assertThat(after.get("companies.email").get("protection").asString()).isEqualTo("sealed");
	}

	@Test
	void csvHasAHeaderRowAndOneRowPerColumn() {
		Response csv = api.get("/api/v1/catalog?format=csv", personas.token(Role.ADMIN));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("module,recordType,field,table,column,category,specialCategory,"
				+ "specialCategoryCondition,protection,notPersonalReason,purposes,retention,filled,records");
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(
				"contact,contact,email,contacts,email,contact.email,false,,sealed+exact,,,,"));
		assertThat(lines).hasSize(api.get("/api/v1/catalog", personas.token(Role.ADMIN)).json().size() + 1);
	}

	@Test
	void onlyAdministratorsAndDataProtectionOfficersMayReadItAndAnUnknownFormatIsNamed() {
		assertThat(api.get("/api/v1/catalog", null).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/catalog", personas.token(Role.SALES)).status()).isEqualTo(403);
		Response bad = api.get("/api/v1/catalog?format=xml", personas.token(Role.DPO));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("format");
	}

	@Test
	void thePageListsColumnsAndTheMinimisationReportInBothLanguages() throws Exception {
		MockHttpServletResponse page = page(Role.DPO, Locale.ENGLISH);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("<h1>Data catalogue</h1>", "contacts.email",
				"sealed, exact search", "Minimisation report", "user.displayName", "href=\"/catalog\"",
				"href=\"/catalog.csv\"")
			.as("every personal column is sealed now, users' names included")
			.doesNotContain("personal data stored in the clear");
		MockHttpServletResponse csv = mvc
			.perform(get("/catalog.csv").with(authentication(personas.session(Role.DPO))))
			.andReturn()
			.getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getContentAsString()).startsWith("module,recordType,field,").contains("contacts,email");
		assertThat(page(Role.ADMIN, Locale.GERMAN).getContentAsString()).contains("<h1>Datenkatalog</h1>",
				"Bericht zur Datenminimierung", "versiegelt, exakte Suche");
		assertThat(page(Role.SALES, Locale.ENGLISH).getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/catalog.csv").with(authentication(personas.session(Role.SALES))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	/** Tables of data subjects, per-user tables and the audit trail (its actor is a user) are all checked. */
	@Test
	void aColumnNobodyDeclaredStopsTheStartNamingIt() {
		jdbc.sql("create table catalogue_probe (subject_id uuid, nickname varchar(20))").update();
		jdbc.sql("create table user_probe (user_id uuid, signature varchar(20))").update();
		jdbc.sql("alter table contacts add column favourite_colour varchar(20)").update();
		jdbc.sql("alter table audit_events add column actor_name varchar(20)").update();
		try {
			assertThatThrownBy(check::afterPropertiesSet).isInstanceOf(UndeclaredColumnsException.class)
				.hasMessageContaining("catalogue_probe.nickname")
				.hasMessageContaining("catalogue_probe.subject_id")
				.hasMessageContaining("contacts.favourite_colour")
				.satisfies(ex -> assertThat(((UndeclaredColumnsException) ex).columns()).containsExactly(
						"audit_events.actor_name", "catalogue_probe.nickname", "catalogue_probe.subject_id",
						"contacts.favourite_colour", "user_probe.signature", "user_probe.user_id"));
		}
		finally {
			jdbc.sql("alter table audit_events drop column actor_name").update();
			jdbc.sql("alter table contacts drop column favourite_colour").update();
			jdbc.sql("drop table user_probe").update();
			jdbc.sql("drop table catalogue_probe").update();
		}
		check.afterPropertiesSet();
	}

	private MockHttpServletResponse page(Role role, Locale locale) throws Exception {
		return mvc.perform(get("/catalog").header("Accept-Language", locale.getLanguage()).with(authentication(personas.session(role))))
			.andReturn()
			.getResponse();
	}

	private static Map<String, JsonNode> byColumn(Response response) {
		return StreamSupport.stream(response.json().spliterator(), false)
			.collect(Collectors.toMap(e -> e.get("table").asString() + "." + e.get("column").asString(), e -> e));
	}
}
