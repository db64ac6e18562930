package dev.custodian.company;

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
 * The catalogue drives sealing for companies as for contacts: a stored company row holds as ciphertext exactly the
 * columns the company module declares sealed, and a column declared otherwise cannot be sealed by mistake.
 */
@OnH2
class CompanySealedColumnsTests {

	@Autowired
	Vault vault;

	@Autowired
	DataCatalogue catalogue;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theColumnsACompanyRowSealsAreExactlyTheColumnsDeclaredSealed() {
		UUID id = UUID.randomUUID();
		Company full = new Company(new CompanyId(id), "Ada's Books", true, "books.example", "Bookkeeping",
				CompanySizeBand.MICRO, "+442079460958", "ada@books.example", "https://books.example",
				new PostalAddress("12 St James's Square", "London", "SW1Y 4LB", "GB"), false, Instant.now(),
				Instant.now(), 0);
		List<String> sealedInRow = transactions.execute(status -> {
			status.setRollbackOnly();
			KeyRing ring = vault.newSubject(id);
			List<Object> values = SealedCompanyRow.values(full, ring);
			List<String> columns = Arrays.stream(SealedCompanyRow.COLUMNS.split(",")).map(String::trim).toList();
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
			.filter(f -> f.table().equals("companies") && f.personal() && f.protection().sealed())
			.map(FieldDeclaration::column)
			.toList();
		assertThat(sealedInRow).containsExactlyElementsOf(declaredSealed)
			.containsExactly("phone", "email", "street", "city", "postal_code", "country");
	}

	@Test
	void sealingAColumnNotDeclaredSealedIsRefused() {
		UUID id = UUID.randomUUID();
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			KeyRing ring = vault.newSubject(id);
			assertThatIllegalStateException().isThrownBy(() -> SealedCompanyRow.seal(ring, id, "name", "x"))
				.withMessageContaining("companies.name");
		});
	}
}
