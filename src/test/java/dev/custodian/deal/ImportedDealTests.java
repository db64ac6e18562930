package dev.custodian.deal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.custodian.customfield.CustomValues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportedDealTests {

	private static final DealForm STORED = new DealForm("Fleet", "500.00", "EUR", "p1", "s-lead", "u1", "c1",
			List.of(new DealForm.Participant("a", "champion")), "open", null, "2026-01-31",
			new CustomValues(Map.of("region", "north")));

	@Test
	void mappedFieldsTakeTheRowsValuesAndEmptyCellsKeepTheStoredOnes() {
		DealForm row = new DealForm("FLEET", null, "USD", "p1", "s-won", null, null, List.of(), null, null,
				"2026-05-01", new CustomValues(Map.of("region", "")));
		DealForm merged = ImportedDeal.merge(STORED, row,
				Set.of("name", "amount", "stageId", "expectedCloseDate", "customFields.region"));
		assertThat(merged.name()).isEqualTo("FLEET");
		assertThat(merged.amount()).as("empty cell").isEqualTo("500.00");
		assertThat(merged.currency()).as("not mapped").isEqualTo("EUR");
		assertThat(merged.stageId()).isEqualTo("s-won");
		assertThat(merged.status()).as("the new stage decides").isNull();
		assertThat(merged.expectedCloseDate()).isEqualTo("2026-05-01");
		assertThat(merged.companyId()).isEqualTo("c1");
		assertThat(merged.customFieldsOrNone().values()).containsEntry("region", "north");
		assertThat(merged.contacts()).containsExactly(new DealForm.Participant("a", "champion"));
	}

	@Test
	void theRowsPersonJoinsThoseTakingPartOnce() {
		DealForm row = new DealForm("Fleet", null, null, null, null, null, null,
				List.of(new DealForm.Participant("b", "other")), null, null, null, null);
		assertThat(ImportedDeal.merge(STORED, row, Set.of("name", "contacts")).contacts())
			.containsExactly(new DealForm.Participant("a", "champion"), new DealForm.Participant("b", "other"));
		DealForm again = new DealForm("Fleet", null, null, null, null, null, null,
				List.of(new DealForm.Participant("a", "other")), null, null, null, null);
		assertThat(ImportedDeal.merge(STORED, again, Set.of("name", "contacts")).contacts())
			.as("a person already taking part keeps their role")
			.containsExactly(new DealForm.Participant("a", "champion"));
		assertThat(ImportedDeal.merge(STORED, again, Set.of("name")).status()).as("the stage stays, so does the status")
			.isEqualTo("open");
	}
}
