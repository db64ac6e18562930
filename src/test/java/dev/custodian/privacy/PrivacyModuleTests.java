package dev.custodian.privacy;

import java.util.List;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.catalog.PersonalDataHolder.ErasureOutcome;
import dev.custodian.shared.NotFoundException;
import dev.custodian.support.Personas;
import dev.custodian.vault.Vault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The privacy module with only the modules it depends on: it acts through whichever holders exist (here the audit
 * trail's alone, no contacts), so a person known only to the trail is exported, and erased with every entry kept.
 * Who may act on subjects is checked by method security, which the identity module sets up: the subject suites
 * ({@code SubjectDataContract}) cover it on the whole application.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:privacy-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.master-key=" + Personas.MASTER_KEY, "custodian.admin-password=" + Personas.ADMIN_PASSWORD })
@WithMockUser(authorities = { "subject:manage", "restricted:read", "audit:read" })
class PrivacyModuleTests {

	@Autowired
	SubjectData subjects;

	@Autowired
	AuditLog audit;

	@Autowired
	Vault vault;

	@Test
	void aPersonKnownOnlyToTheAuditTrailIsExportedAndErasedWithTheEntriesKept() {
		UUID subject = UUID.randomUUID();
		audit.record(AuditAction.READ, "contact", subject, List.of(subject));

		SubjectExport export = subjects.export(subject);
		assertThat(export.modules()).extracting(SubjectExport.Module::module).containsExactly("audit");
		assertThat(export.modules().get(0).records()).hasSize(1);

		ErasureReport report = subjects.erase(subject);
		assertThat(report.modules()).extracting(ErasureOutcome::module).contains("audit");
		ErasureOutcome trail = report.modules().stream().filter(o -> o.module().equals("audit")).findFirst().orElseThrow();
		assertThat(trail.erased()).isZero();
		assertThat(trail.kept()).hasSize(2).allSatisfy(kept -> assertThat(kept.reason()).contains("Art. 5(2)"));
		assertThat(vault.erasures()).contains(subject);
	}

	@Test
	void anUnknownSubjectIsNotFound() {
		assertThatThrownBy(() -> subjects.export(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> subjects.restrict(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
	}
}
