package dev.custodian.company;

import java.util.List;

import dev.custodian.audit.AuditLog;
import dev.custodian.audit.AuditQuery;
import dev.custodian.shared.AddressForm;
import dev.custodian.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;

/**
 * The company module on its own: the people of a deleted company are unlinked through the SPI the contact module
 * implements, before the company row goes.
 */
// the audit trail the company module writes to is keyed by the vault
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "vault")
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:company-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.master-key=" + dev.custodian.support.Personas.MASTER_KEY })
@WithMockUser(authorities = { "company:read", "company:write", "company:delete", "audit:read" })
class CompanyModuleTests {

	@Autowired
	CompanyManagement companies;

	@Autowired
	AuditLog audit;

	@MockitoBean
	CompanyContacts members;

	@Test
	void deletingACompanyUnlinksItsPeopleFirstAndIsAudited() {
		Company acme = companies.create(new CompanyForm("Acme", "acme-module.example", null, null, null, null,
				new AddressForm(null, "Berlin", null, "DE")));
		companies.delete(acme.id(), null);
		var order = inOrder(members);
		order.verify(members).detachAll(acme.id());
		assertThat(companies.find(acme.id())).isEmpty();
		List<String> actions = audit.find(new AuditQuery(null, null, PageRequest.first(5))).items().stream()
			.filter(e -> acme.id().toString().equals(e.resourceId()))
			.map(e -> e.action())
			.toList();
		assertThat(actions).containsExactly("DELETE", "CREATE");
	}
}
