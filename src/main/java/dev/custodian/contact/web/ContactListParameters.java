package dev.custodian.contact.web;

import java.util.Map;
import java.util.UUID;

import dev.custodian.company.CompanyId;
import dev.custodian.contact.ContactManagement;
import dev.custodian.contact.ContactQuery;
import dev.custodian.contact.LifecycleStage;
import dev.custodian.customfield.CustomFieldFilter;
import dev.custodian.customfield.CustomFields;
import dev.custodian.identity.UserId;
import dev.custodian.shared.Ids;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Reads the contact list's query parameters ({@code q}, {@code company}, {@code companyName}, {@code owner},
 * {@code lifecycleStage}, {@code sort}, {@code limit}, {@code cursor}, {@code cf.<key>}) into a query, naming every
 * bad one: the list and its export read them here alike, so an export holds exactly what the list shows.
 */
final class ContactListParameters {

	private ContactListParameters() {
	}

	/** @throws dev.custodian.shared.InvalidInputException naming every invalid parameter */
	static ContactQuery query(Map<String, String[]> parameters, CustomFields customFields) {
		Violations violations = new Violations();
		UUID companyId = Ids.optional(one(parameters, "company"), "company", violations);
		UUID ownerId = Ids.optional(one(parameters, "owner"), "owner", violations);
		String lifecycleStage = one(parameters, "lifecycleStage");
		LifecycleStage stage = null;
		if (lifecycleStage != null && !lifecycleStage.isBlank()) {
			stage = LifecycleStage.fromCode(lifecycleStage).orElse(null);
			if (stage == null) {
				violations.add("lifecycleStage", "must be one of " + LifecycleStage.codes());
			}
		}
		ListSort order = violations.collect(() -> ContactQuery.sort(one(parameters, "sort")), ContactQuery.DEFAULT_SORT);
		PageRequest page = violations.collect(
				() -> PageRequest.parse(one(parameters, "limit"), one(parameters, "cursor")), PageRequest.first(1));
		CustomFieldFilter custom = violations.collect(
				() -> customFields.filter(ContactManagement.RECORD_TYPE, parameters), CustomFieldFilter.NONE);
		violations.throwIfAny();
		return new ContactQuery(one(parameters, "q"), companyId == null ? null : new CompanyId(companyId),
				one(parameters, "companyName"), ownerId == null ? null : new UserId(ownerId), stage, order, page,
				custom);
	}

	/** The parameter's first value, as {@code @RequestParam} binds a single one. */
	static @Nullable String one(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}
}
