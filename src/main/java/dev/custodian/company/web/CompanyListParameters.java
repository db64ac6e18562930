package dev.custodian.company.web;

import java.util.Map;

import dev.custodian.company.CompanyManagement;
import dev.custodian.company.CompanyQuery;
import dev.custodian.customfield.CustomFieldFilter;
import dev.custodian.customfield.CustomFields;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Reads the company list's query parameters ({@code q}, {@code soleTrader}, {@code sort}, {@code limit},
 * {@code cursor}, {@code cf.<key>}) into a query, naming every bad one: the list and its export read them here
 * alike.
 */
final class CompanyListParameters {

	private CompanyListParameters() {
	}

	/** @throws dev.custodian.shared.InvalidInputException naming every invalid parameter */
	static CompanyQuery query(Map<String, String[]> parameters, CustomFields customFields) {
		Violations violations = new Violations();
		ListSort order = violations.collect(() -> CompanyQuery.sort(one(parameters, "sort")), CompanyQuery.DEFAULT_SORT);
		PageRequest page = violations.collect(
				() -> PageRequest.parse(one(parameters, "limit"), one(parameters, "cursor")), PageRequest.first(1));
		Boolean kind = violations.<@Nullable Boolean>collect(
				() -> CompanyQuery.soleTrader(one(parameters, "soleTrader")), null);
		CustomFieldFilter custom = violations.collect(
				() -> customFields.filter(CompanyManagement.RECORD_TYPE, parameters), CustomFieldFilter.NONE);
		violations.throwIfAny();
		return new CompanyQuery(one(parameters, "q"), kind, order, page, custom);
	}

	static @Nullable String one(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}
}
