package dev.custodian.vault;

import java.util.List;
import java.util.UUID;

import dev.custodian.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The vault module on its own: a subject's key is created, used, rolled back with its transaction, and shredded.
 */
@ApplicationModuleTest
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:vault-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.master-key=" + Personas.MASTER_KEY })
@WithMockUser(authorities = "user:admin")
class VaultModuleTests {

	@Autowired
	Vault vault;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aSubjectsKeyOpensItsValuesUntilItIsShredded() {
		UUID subject = UUID.randomUUID();
		byte[] sealed = transactions
			.execute(status -> vault.newSubject(subject).seal(subject, "contacts", "email", "ada@example.org"));
		assertThat(vault.ring(List.of(subject)).open(subject, "contacts", "email", sealed)).isEqualTo("ada@example.org");
		long before = vault.status().dataKeys();

		transactions.executeWithoutResult(status -> vault.shred(subject));
		assertThat(vault.status().dataKeys()).isEqualTo(before - 1);
		assertThatThrownBy(() -> vault.ring(List.of(subject)).open(subject, "contacts", "email", sealed))
			.isInstanceOf(VaultException.class);
	}

	@Test
	void aKeyCreatedInARolledBackTransactionIsGone() {
		UUID subject = UUID.randomUUID();
		long before = vault.status().dataKeys();
		transactions.executeWithoutResult(status -> {
			vault.newSubject(subject);
			status.setRollbackOnly();
		});
		assertThat(vault.status().dataKeys()).isEqualTo(before);
		assertThat(vault.ring(List.of(subject)).holds(subject)).isFalse();
	}

	@Test
	void erasuresAreJournalledOnce() {
		UUID subject = UUID.randomUUID();
		transactions.executeWithoutResult(status -> {
			vault.recordErasure(subject);
			vault.recordErasure(subject);
		});
		assertThat(vault.erasures()).containsOnlyOnce(subject);
	}
}
