package dev.custodian.contact;

import java.util.List;
import java.util.function.Supplier;

import dev.custodian.company.CompanyId;
import dev.custodian.customfield.CustomFieldFilter;
import dev.custodian.identity.UserId;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.SortKey;
import dev.custodian.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Filters and order of the contact list; each filter is optional. {@code q} matches the start of the first name,
 * the last name, the full name or the email, folded as people type names (case, accents and apostrophes
 * ignored, umlauts plain or transcribed); {@code companyName} the start of the contact's company's name.
 * Contacts sort only by what is stored in the clear: names are sealed. Owners' names are sealed too, so the owner
 * order is computed from the opened names and handed to the query as a rank ({@link #ownedInOrder}).
 * {@code customFields} keeps the contacts that hold the given values in custom fields stored in the clear
 * ({@code cf.region=north}).
 */
public record ContactQuery(@Nullable String q, @Nullable CompanyId company, @Nullable String companyName,
		@Nullable UserId owner, @Nullable LifecycleStage stage, ListSort sort, PageRequest page,
		CustomFieldFilter customFields) {

	private static final String OWNER = "owner";

	static final List<SortKey> SORT_KEYS = List.of(SortKey.time("updated", "c.updated_at"),
			SortKey.time("created", "c.created_at"), SortKey.number("stage", stageOrder()),
			SortKey.text(OWNER, "''"),
			SortKey.text("company",
					"coalesce((select co.name_folded from companies co where co.id = c.company_id), '')"));

	/** Most recently updated first. */
	public static final ListSort DEFAULT_SORT = new ListSort(SORT_KEYS.get(0), true);

	/** @throws dev.custodian.shared.InvalidInputException when {@code q} or {@code companyName} hold control characters */
	public ContactQuery {
		Text.checkSearch("q", q);
		Text.checkSearch("companyName", companyName);
	}

	public ContactQuery(@Nullable String q, @Nullable CompanyId company, @Nullable String companyName,
			@Nullable UserId owner, @Nullable LifecycleStage stage, ListSort sort, PageRequest page) {
		this(q, company, companyName, owner, stage, sort, page, CustomFieldFilter.NONE);
	}

	public ContactQuery(@Nullable String q, @Nullable CompanyId company, @Nullable UserId owner,
			@Nullable LifecycleStage stage, PageRequest page) {
		this(q, company, null, owner, stage, DEFAULT_SORT, page);
	}

	public static ContactQuery firstPage(int limit) {
		return new ContactQuery(null, null, null, null, PageRequest.first(limit));
	}

	/**
	 * Reads a sort parameter: {@code updated} (the default, descending), {@code created}, {@code stage} (in
	 * lifecycle order), {@code owner} (by name) or {@code company} (by name), each optionally after {@code -}.
	 * @throws dev.custodian.shared.InvalidInputException naming {@code sort}
	 */
	public static ListSort sort(@Nullable String text) {
		return ListSort.parse("sort", text, SORT_KEYS, DEFAULT_SORT);
	}

	/**
	 * This query, its order by owner (if that is its order) following the owners' names: the supplier gives the
	 * user ids in name order (asked only for that order), and each contact sorts by its owner's place in it
	 * (zero-padded text, so a cursor looks the place up again from the id, as for any text order); contacts without
	 * an owner come first.
	 */
	ContactQuery ownedInOrder(Supplier<List<UserId>> ownersInNameOrder) {
		if (!sort.key().code().equals(OWNER)) {
			return this;
		}
		List<UserId> owners = ownersInNameOrder.get();
		StringBuilder rank = new StringBuilder("case c.owner_id");
		for (int i = 0; i < owners.size(); i++) {
			// ids are UUIDs the application made, written as such: nothing from a request reaches this text
			rank.append(" when cast('").append(owners.get(i).value()).append("' as uuid) then '")
				.append(String.format("%07d", i + 1)).append('\'');
		}
		String expression = owners.isEmpty() ? "''" : rank.append(" else '' end").toString();
		return new ContactQuery(q, company, companyName, owner, stage,
				new ListSort(SortKey.text(OWNER, expression), sort.descending()), page, customFields);
	}

	/** The same filters and order, another page: how an export walks the list batch by batch. */
	public ContactQuery withPage(PageRequest next) {
		return new ContactQuery(q, company, companyName, owner, stage, sort, next, customFields);
	}

	/** The codes a list may sort by. */
	public static List<String> sortCodes() {
		return SORT_KEYS.stream().map(SortKey::code).toList();
	}

	private static String stageOrder() {
		StringBuilder sql = new StringBuilder("case c.lifecycle_stage");
		for (LifecycleStage stage : LifecycleStage.values()) {
			sql.append(" when '").append(stage.name()).append("' then ").append(stage.ordinal());
		}
		return sql.append(" else 99 end").toString();
	}
}
