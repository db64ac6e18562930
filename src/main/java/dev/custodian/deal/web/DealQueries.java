package dev.custodian.deal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import dev.custodian.deal.DealQuery;
import dev.custodian.deal.DealStatus;
import dev.custodian.shared.Ids;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/** Reads the deal list's filters from request parameters, the API's and the pages' alike, naming every bad one. */
final class DealQueries {

	private DealQueries() {
	}

	/** The filters as sent; every one optional. */
	record Params(@Nullable String pipelineId, @Nullable String stageId, @Nullable String ownerId,
			@Nullable String companyId, @Nullable String contactId, @Nullable String status, @Nullable String closeFrom,
			@Nullable String closeTo, @Nullable String sort, @Nullable String limit, @Nullable String cursor) {
	}

	/** Reads the filters from request parameters (the first value of each). */
	static DealQuery parse(java.util.Map<String, String[]> parameters) {
		return parse(new Params(one(parameters, "pipelineId"), one(parameters, "stageId"), one(parameters, "ownerId"),
				one(parameters, "companyId"), one(parameters, "contactId"), one(parameters, "status"),
				one(parameters, "closeFrom"), one(parameters, "closeTo"), one(parameters, "sort"),
				one(parameters, "limit"), one(parameters, "cursor")));
	}

	private static @Nullable String one(java.util.Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	/** @throws dev.custodian.shared.InvalidInputException naming every invalid parameter */
	static DealQuery parse(Params p) {
		Violations violations = new Violations();
		UUID pipeline = Ids.optional(p.pipelineId(), "pipelineId", violations);
		UUID stage = Ids.optional(p.stageId(), "stageId", violations);
		UUID owner = Ids.optional(p.ownerId(), "ownerId", violations);
		UUID company = Ids.optional(p.companyId(), "companyId", violations);
		UUID contact = Ids.optional(p.contactId(), "contactId", violations);
		DealStatus status = null;
		if (p.status() != null && !p.status().isBlank()) {
			status = DealStatus.fromCode(p.status().trim()).orElse(null);
			if (status == null) {
				violations.add("status", "must be one of open, won, lost");
			}
		}
		LocalDate from = date(p.closeFrom(), "closeFrom", violations);
		LocalDate to = date(p.closeTo(), "closeTo", violations);
		if (from != null && to != null && to.isBefore(from)) {
			violations.add("closeTo", "must not be before closeFrom");
		}
		ListSort sort = violations.collect(() -> DealQuery.sort(p.sort()), DealQuery.DEFAULT_SORT);
		PageRequest page = violations.collect(() -> PageRequest.parse(p.limit(), p.cursor()), PageRequest.first(1));
		violations.throwIfAny();
		return new DealQuery(pipeline, stage, owner, company, contact, status, from, to, sort, page);
	}

	static @Nullable LocalDate date(@Nullable String text, String field, Violations violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			violations.add(field, "must be a date such as 2026-01-31");
			return null;
		}
	}
}
