package dev.custodian.deal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.customfield.CustomField;
import dev.custodian.customfield.CustomFields;
import dev.custodian.customfield.CustomValues;
import dev.custodian.deal.Deal;
import dev.custodian.deal.DealManagement;
import dev.custodian.deal.DealQuery;
import dev.custodian.shared.ExportCells;
import dev.custodian.shared.ExportPurpose;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.ListExport;
import dev.custodian.shared.PagedExportRun;
import org.springframework.stereotype.Component;

/**
 * The deal list as a table: every standard field (amounts as plain decimals, the people as their ids), then each
 * custom field the caller may see, read through {@link DealManagement} so owner limits and restrictions hold as
 * in the list.
 */
@Component
class DealExport implements ListExport {

	private static final List<String> STANDARD = List.of("ID", "Name", "Amount", "Currency", "Pipeline ID",
			"Stage ID", "Owner ID", "Company ID", "Status", "Lost reason ID", "Expected close date", "Contact IDs",
			"In stage since", "Created", "Updated");

	private final DealManagement deals;

	private final CustomFields customFields;

	DealExport(DealManagement deals, CustomFields customFields) {
		this.deals = deals;
		this.customFields = customFields;
	}

	@Override
	public String recordType() {
		return "deal";
	}

	@Override
	public String collection() {
		return "deals";
	}

	@Override
	public ListCount count(Map<String, String[]> filters) {
		return deals.count(DealQueries.parse(filters));
	}

	@Override
	public Run start(Map<String, String[]> filters, ExportPurpose purpose) {
		DealQuery query = DealQueries.parse(filters);
		List<CustomField> fields = customFields.fieldsOf(DealManagement.RECORD_TYPE);
		List<String> header = new ArrayList<>(STANDARD);
		fields.forEach(field -> header.add(field.label()));
		return new PagedExportRun<>(header, page -> deals.exportPage(query.withPage(page), purpose),
				page -> rows(page, fields));
	}

	private List<List<String>> rows(List<Deal> page, List<CustomField> fields) {
		Map<UUID, CustomValues> values = customFields.valuesOf(DealManagement.RECORD_TYPE,
				page.stream().map(Deal::id).toList());
		List<List<String>> rows = new ArrayList<>(page.size());
		for (Deal d : page) {
			List<Object> cells = new ArrayList<>(List.of(d.id(), d.name(), d.amount(), d.currency(), d.pipelineId(),
					d.stageId(), d.ownerId()));
			cells.add(d.companyId() == null ? "" : d.companyId());
			cells.add(d.status().code());
			cells.add(d.lostReasonId() == null ? "" : d.lostReasonId());
			cells.addAll(List.of(d.expectedCloseDate(), d.contactIds(), d.stageEnteredAt(), d.createdAt(),
					d.updatedAt()));
			CustomValues custom = values.getOrDefault(d.id(), CustomValues.NONE);
			fields.forEach(field -> cells.add(ExportCells.of(custom.get(field.key()))));
			rows.add(cells.stream().map(ExportCells::of).toList());
		}
		return rows;
	}
}
