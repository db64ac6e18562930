package dev.custodian.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.custodian.contact.ContactId;
import dev.custodian.customfield.CustomFields;
import dev.custodian.deal.DealForm;
import dev.custodian.deal.DealImports;
import dev.custodian.deal.DealManagement;
import dev.custodian.deal.Pipeline;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.TextFolding;
import dev.custodian.transfer.csv.CsvRow;
import dev.custodian.transfer.csv.ImportValues;
import org.jspecify.annotations.Nullable;

/**
 * Deal rows as deal forms: each cell read as the deal form takes it, and what cannot be read named by its column
 * (never quoting the value).
 */
final class DealRows {

	private final DealImports deals;

	private final DealRowLinks links;

	private final CustomFields customFields;

	private final UserManagement users;

	private final ImportSettings settings;

	DealRows(DealImports deals, DealRowLinks links, CustomFields customFields, UserManagement users,
			ImportSettings settings) {
		this.deals = deals;
		this.links = links;
		this.customFields = customFields;
		this.users = users;
		this.settings = settings;
	}

	/** A row as a deal form, what is wrong with its cells, its company's name and what identifies it in the file. */
	record Row(DealForm form, List<ImportRowError> errors, @Nullable String companyName,
			@Nullable String key) {
	}

	private Row read(CsvRow row, ImportMapping m, Owners owners, PipelineNames pipelines,
			Map<String, Optional<ContactId>> seen, String charset) {
		List<ImportRowError> errors = new ArrayList<>(RowErrors.ofReading(row, m, charset, settings.maxCellChars()));
		List<String> cells = row.cells();
		long line = row.line();
		String amount = m.cell(cells, "amount");
		if (amount != null) {
			amount = ImportValues.amount(amount).orElse(null);
			if (amount == null) {
				errors.add(new ImportRowError(line, m.nameOf("amount"),
						"is not an amount such as 1,234.56, 1.234,56 or 1200"));
			}
		}
		String close = m.cell(cells, "expectedClose");
		if (close != null) {
			close = ImportValues.date(close).orElse(null);
			if (close == null) {
				errors.add(new ImportRowError(line, m.nameOf("expectedClose"),
						"is not a date such as 2026-05-01, 01.05.2026 or 5/1/2026 (month first)"));
			}
		}
		// empty cells stay empty: the deal module fills in the defaults for a new deal, an update keeps what is stored
		String currency = m.cell(cells, "currency");
		currency = currency == null ? null : currency.toUpperCase(Locale.ROOT);
		String pipelineName = m.cell(cells, "pipeline");
		String stageName = m.cell(cells, "stage");
		Pipeline pipeline = pipelines.pipeline(pipelineName).orElse(null);
		String stageId = null;
		if (pipeline == null) {
			errors.add(new ImportRowError(line, m.nameOf("pipeline"), "names no pipeline"));
		}
		else if (stageName != null) {
			stageId = PipelineNames.stage(pipeline, stageName).map(s -> s.id().toString()).orElse(null);
			if (stageId == null) {
				errors.add(new ImportRowError(line, m.nameOf("stage"), "names no stage of the pipeline"));
			}
		}
		String owner = m.cell(cells, "owner");
		String ownerId = null;
		if (owner != null) {
			ownerId = owners.find(owner).map(id -> id.value().toString()).orElse(null);
			if (ownerId == null) {
				errors.add(new ImportRowError(line, m.nameOf("owner"), "names no active user"));
			}
		}
		List<DealForm.Participant> people = new ArrayList<>();
		String email = m.cell(cells, "contactEmail");
		if (email != null && errors.isEmpty()) {
			// looked up only for rows otherwise fine: each lookup is audited as a read of the person found
			links.contact(email, line, m.nameOf("contactEmail"), errors, seen)
				.ifPresent(id -> people.add(new DealForm.Participant(id.value().toString(), "other")));
		}
		Map<String, String> custom = MappedCells.custom(row, m);
		String name = m.cell(cells, "name");
		String companyName = m.cell(cells, "companyName");
		DealForm form = new DealForm(name, amount, currency,
				pipeline == null || pipelineName == null ? null : pipeline.id().toString(), stageId, ownerId, null,
				people, null, null, close,
				custom.isEmpty() ? null : customFields.fromCells(DealManagement.RECORD_TYPE, custom));
		String key = name == null || pipeline == null ? null
				: pipeline.id() + "|" + TextFolding.fold(companyName) + "|" + name.toLowerCase(Locale.ROOT);
		return new Row(form, errors, companyName, key);
	}

	/** The rows read, each with what is wrong with its cells. */
	List<Row> read(List<CsvRow> rows, ImportMapping mapping, String charset) {
		Owners owners = Owners.of(users);
		PipelineNames pipelines = new PipelineNames(deals.pipelines());
		Map<String, Optional<ContactId>> seen = new HashMap<>();
		return rows.stream().map(row -> read(row, mapping, owners, pipelines, seen, charset)).toList();
	}
}
