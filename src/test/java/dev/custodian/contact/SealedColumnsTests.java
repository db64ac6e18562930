package dev.custodian.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.DataCatalogue;
import dev.custodian.catalog.FieldDeclaration;
import dev.custodian.shared.PostalAddress;
import dev.custodian.support.OnH2;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The catalogue drives sealing: what a stored contact row holds as ciphertext is exactly what the contact module
 * declares sealed, and a column declared otherwise cannot be sealed by mistake.
 */
@OnH2
class SealedColumnsTests {

	@Autowired
	Vault vault;

	@Autowired
	DataCatalogue catalogue;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theColumnsAContactRowSealsAreExactlyTheColumnsDeclaredSealed() {
		UUID id = UUID.randomUUID();
		Contact full = new Contact(new ContactId(id), "Ada", "Lovelace", "ada@example.org", "+442079460958",
				"Analyst", null, null, LifecycleStage.LEAD, "Conference",
				new PostalAddress("12 St James's Square", "London", "SW1Y 4LB", "GB"), Instant.now(), Instant.now(), 0,
				null);
		List<String> sealedInRow = transactions.execute(status -> {
			status.setRollbackOnly();
			KeyRing ring = vault.newSubject(id);
			List<Object> values = SealedContactRow.values(full, ring, vault.index());
			List<String> columns = Arrays.stream(SealedContactRow.COLUMNS.split(",")).map(String::trim).toList();
			List<String> sealed = new ArrayList<>();
			for (int i = 0; i < columns.size(); i++) {
				if (values.get(i) instanceof byte[]) {
					sealed.add(columns.get(i));
				}
			}
			return sealed;
		});

		List<String> declaredSealed = catalogue.declarations()
			.stream()
			.filter(f -> f.table().equals("contacts") && f.personal() && f.protection().sealed())
			.map(FieldDeclaration::column)
			.toList();
		assertThat(sealedInRow).containsExactlyElementsOf(declaredSealed)
			.contains("first_name", "email", "phone", "country");
	}

	@Test
	void sealingAColumnNotDeclaredSealedIsRefused() {
		UUID id = UUID.randomUUID();
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			KeyRing ring = vault.newSubject(id);
			assertThatIllegalStateException().isThrownBy(() -> SealedContactRow.seal(ring, id, "source", "x"))
				.withMessageContaining("contacts.source");
		});
	}
}
