package dev.custodian.contact;

import java.util.List;
import java.util.UUID;

import dev.custodian.audit.AuditEntry;
import dev.custodian.audit.AuditLog;
import dev.custodian.audit.AuditQuery;
import dev.custodian.shared.PageRequest;
import dev.custodian.support.Personas;
import dev.custodian.vault.Vault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact module with the modules it depends on: erasing a person destroys the key, the rows and the search
 * tokens, journals the erasure, and leaves an audit entry naming only the subject.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:contact-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.master-key=" + Personas.MASTER_KEY, "custodian.admin-password=" + Personas.ADMIN_PASSWORD })
@WithMockUser(authorities = { "contact:read", "contact:write", "contact:delete", "audit:read" })
class ContactModuleTests {

	@Autowired
	ContactManagement contacts;

	@Autowired
	AuditLog audit;

	@Autowired
	Vault vault;

	@Autowired
	JdbcClient jdbc;

	@Test
	void erasureRemovesEverythingButTheRecordThatItHappened() {
		Contact ada = contacts.create(new ContactForm("Ada", "Lovelace", "ada@example.org", null, null, null, null,
				null, null, null));
		UUID subject = ada.subjectId();
		assertThat(jdbc.sql("select count(*) from contact_search_tokens where subject_id = ?").param(subject)
			.query(Long.class).single()).isPositive();

		contacts.erase(ada.id());

		assertThat(jdbc.sql("select count(*) from contacts where subject_id = ?").param(subject).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from contact_search_tokens where subject_id = ?").param(subject)
			.query(Long.class).single()).isZero();
		assertThat(vault.ring(List.of(subject)).holds(subject)).isFalse();
		assertThat(vault.erasures()).contains(subject);
		List<AuditEntry> trail = audit.find(new AuditQuery(subject, null, PageRequest.first(10))).items();
		assertThat(trail.get(0).outcome()).isEqualTo("ERASED");
		assertThat(trail.get(0).subjectIds()).containsExactly(subject);
		assertThat(contacts.list(new ContactQuery("lovelace", null, null, null, PageRequest.first(10))).items())
			.isEmpty();
	}

	/**
	 * A text matching more contacts than are looked up by id is checked row by row in the list's order; one
	 * matching a few is looked up by id. Both find the same people, newest first, page after page, and match an
	 * email by its start and a whole email exactly.
	 */
	@Test
	void aCommonTextAndARareOneAreFoundAlikeNewestFirstPageAfterPage() {
		int common = Contacts.FEW_MATCHES + 5;
		for (int i = 0; i < common; i++) {
			contacts.create(new ContactForm("Frequent", "Name" + i, "frequent" + i + "@example.org", null, null, null,
					null, null, null, null));
		}
		for (int i = 0; i < 3; i++) {
			contacts.create(new ContactForm("Seldom", "Name" + i, "seldom" + i + "@example.org", null, null, null,
					null, null, null, null));
		}
		List<String> all = new java.util.ArrayList<>();
		String cursor = null;
		do {
			var page = contacts.list(new ContactQuery("frequ", null, null, null, new PageRequest(200, cursor == null ? null : dev.custodian.shared.Cursor.decode(cursor))));
			page.items().forEach(c -> all.add(c.lastName()));
			cursor = page.nextCursor();
		}
		while (cursor != null);
		assertThat(all).hasSize(common).doesNotHaveDuplicates().startsWith("Name" + (common - 1), "Name" + (common - 2));
		assertThat(all).allMatch(name -> name.startsWith("Name"));
		assertThat(contacts.count(new ContactQuery("frequent", null, null, null, PageRequest.first(10))).value())
			.isEqualTo(common);
		assertThat(contacts.list(new ContactQuery("seldom", null, null, null, PageRequest.first(10))).items())
			.extracting(Contact::lastName).containsExactly("Name2", "Name1", "Name0");
		assertThat(contacts.list(new ContactQuery("seldom1@example.org", null, null, null, PageRequest.first(10)))
			.items()).extracting(Contact::lastName).containsExactly("Name1");
		assertThat(contacts.list(new ContactQuery("frequent7@example.org", null, null, null, PageRequest.first(10)))
			.items()).extracting(Contact::lastName).containsExactly("Name7");
		assertThat(contacts.list(new ContactQuery("nobodyhere", null, null, null, PageRequest.first(10))).items())
			.isEmpty();
	}
}
