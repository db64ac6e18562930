package dev.custodian.company;

import java.util.List;

import dev.custodian.customfield.CustomFieldFilter;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.SortKey;
import dev.custodian.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Filters and order of the company list: {@code q} matches the start of the name or the domain; {@code customFields}
 * keeps the companies that hold the given values in custom fields stored in the clear ({@code cf.region=north}).
 */
public record CompanyQuery(@Nullable String q, ListSort sort, PageRequest page, CustomFieldFilter customFields) {

	static final List<SortKey> SORT_KEYS = List.of(SortKey.text("name", "c.name_folded"),
			SortKey.text("domain", "coalesce(c.domain, '')"), SortKey.text("industry", "coalesce(lower(c.industry), '')"),
			SortKey.number("size", sizeOrder()), SortKey.text("city", "coalesce(lower(c.city), '')"),
			SortKey.time("updated", "c.updated_at"));

	/** By name, A to Z. */
	public static final ListSort DEFAULT_SORT = new ListSort(SORT_KEYS.get(0), false);

	/** @throws dev.custodian.shared.InvalidInputException when {@code q} holds control characters */
	public CompanyQuery {
		Text.checkSearch("q", q);
	}

	public CompanyQuery(@Nullable String q, ListSort sort, PageRequest page) {
		this(q, sort, page, CustomFieldFilter.NONE);
	}

	public CompanyQuery(@Nullable String q, PageRequest page) {
		this(q, DEFAULT_SORT, page);
	}

	/**
	 * Reads a sort parameter: {@code name} (the default), {@code domain}, {@code industry}, {@code size} (by
	 * head count), {@code city} or {@code updated}, each optionally after {@code -} for descending.
	 * @throws dev.custodian.shared.InvalidInputException naming {@code sort}
	 */
	public static ListSort sort(@Nullable String text) {
		return ListSort.parse("sort", text, SORT_KEYS, DEFAULT_SORT);
	}

	private static String sizeOrder() {
		StringBuilder sql = new StringBuilder("case c.size_band");
		for (CompanySizeBand band : CompanySizeBand.values()) {
			sql.append(" when '").append(band.name()).append("' then ").append(band.ordinal());
		}
		return sql.append(" else -1 end").toString();
	}
}
