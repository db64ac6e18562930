package dev.custodian.deal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.SortKey;
import dev.custodian.shared.SortOption;
import org.jspecify.annotations.Nullable;

/**
 * A page of the deal list: its filters (each optional), order and position. Close dates filter inclusively.
 */
public record DealQuery(@Nullable UUID pipelineId, @Nullable UUID stageId, @Nullable UUID ownerId,
		@Nullable UUID companyId, @Nullable UUID contactId, @Nullable DealStatus status, @Nullable LocalDate closeFrom,
		@Nullable LocalDate closeTo, ListSort sort, PageRequest page) {

	/** The close date as a number (yyyymmdd) on both databases, so it sorts and pages like any number. */
	static final String CLOSE_DAY = "(extract(year from d.expected_close_date) * 10000 "
			+ "+ extract(month from d.expected_close_date) * 100 + extract(day from d.expected_close_date))";

	public static final List<SortKey> SORT_KEYS = List.of(SortKey.time("updated", "d.updated_at"),
			SortKey.number("amount", "cast(d.amount * 100 as bigint)"), SortKey.number("expectedCloseDate", CLOSE_DAY),
			SortKey.number("stage", "s.position"));

	public static final ListSort DEFAULT_SORT = new ListSort(SORT_KEYS.get(2), false);

	/** The orders the list page offers. */
	public static final List<SortOption> SORT_OPTIONS = List.of(new SortOption("expectedCloseDate", "deal.sort.close"),
			new SortOption("-expectedCloseDate", "deal.sort.closeLatest"), new SortOption("-amount", "deal.sort.amountHigh"),
			new SortOption("amount", "deal.sort.amountLow"), new SortOption("stage", "deal.sort.stage"),
			new SortOption("-stage", "deal.sort.stageLatest"), new SortOption("-updated", "deal.sort.updated"));

	/** @throws InvalidInputException naming {@code sort} when it names no key */
	public static ListSort sort(@Nullable String text) {
		return ListSort.parse("sort", text, SORT_KEYS, DEFAULT_SORT);
	}

	public static DealQuery all(PageRequest page) {
		return new DealQuery(null, null, null, null, null, null, null, null, DEFAULT_SORT, page);
	}

	/** The same filters and order, another page: how an export walks the list batch by batch. */
	public DealQuery withPage(PageRequest next) {
		return new DealQuery(pipelineId, stageId, ownerId, companyId, contactId, status, closeFrom, closeTo, sort, next);
	}
}
