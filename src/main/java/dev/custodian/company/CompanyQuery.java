package dev.custodian.company;

import java.util.List;

import dev.custodian.shared.InvalidInputException;
import dev.custodian.customfield.CustomFieldFilter;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.SortKey;
import dev.custodian.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Filters and order of the company list: {@code q} matches the start of the name or the domain; {@code soleTrader}
 * keeps only sole traders ({@code true}) or only organisations ({@code false}); {@code customFields} keeps the
 * companies that hold the given values in custom fields stored in the clear ({@code cf.region=north}). Contact
 * details are sealed, so the list neither filters nor sorts by them.
 */
public record CompanyQuery(@Nullable String q, @Nullable Boolean soleTrader, ListSort sort, PageRequest page,
		CustomFieldFilter customFields) {

	static final List<SortKey> SORT_KEYS = List.of(SortKey.text("name", "c.name_folded"),
			SortKey.text("domain", "coalesce(c.domain, '')"), SortKey.text("industry", "coalesce(lower(c.industry), '')"),
			SortKey.number("size", sizeOrder()), SortKey.time("updated", "c.updated_at"));

	/** By name, A to Z. */
	public static final ListSort DEFAULT_SORT = new ListSort(SORT_KEYS.get(0), false);

	/** @throws dev.custodian.shared.InvalidInputException when {@code q} holds control characters */
	public CompanyQuery {
		Text.checkSearch("q", q);
	}

	public CompanyQuery(@Nullable String q, ListSort sort, PageRequest page) {
		this(q, null, sort, page, CustomFieldFilter.NONE);
	}

	public CompanyQuery(@Nullable String q, @Nullable Boolean soleTrader, ListSort sort, PageRequest page) {
		this(q, soleTrader, sort, page, CustomFieldFilter.NONE);
	}

	public CompanyQuery(@Nullable String q, PageRequest page) {
		this(q, null, DEFAULT_SORT, page);
	}

	/**
	 * Reads a sort parameter: {@code name} (the default), {@code domain}, {@code industry}, {@code size} (by
	 * head count) or {@code updated}, each optionally after {@code -} for descending.
	 * @throws dev.custodian.shared.InvalidInputException naming {@code sort}
	 */
	public static ListSort sort(@Nullable String text) {
		return ListSort.parse("sort", text, SORT_KEYS, DEFAULT_SORT);
	}

	/**
	 * Reads a {@code soleTrader} parameter: {@code true} for sole traders only, {@code false} for organisations
	 * only, absent or blank for both.
	 * @throws dev.custodian.shared.InvalidInputException naming {@code soleTrader}
	 */
	public static @Nullable Boolean soleTrader(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return switch (text.trim()) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw InvalidInputException.of("soleTrader", "must be true or false");
		};
	}

	private static String sizeOrder() {
		StringBuilder sql = new StringBuilder("case c.size_band");
		for (CompanySizeBand band : CompanySizeBand.values()) {
			sql.append(" when '").append(band.name()).append("' then ").append(band.ordinal());
		}
		return sql.append(" else -1 end").toString();
	}

	/** The same filters and order, another page: how an export walks the list batch by batch. */
	public CompanyQuery withPage(PageRequest next) {
		return new CompanyQuery(q, soleTrader, sort, next, customFields);
	}
}
