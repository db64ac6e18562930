package dev.custodian.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated list with the number of records that match its filters: {@code total} is exact
 * when {@code totalExact}, and otherwise means "more than {@code total}" (see {@link ListCount}).
 */
public record CountedPage<T>(List<T> items, @Nullable String nextCursor, long total, boolean totalExact) {

	public static <T> CountedPage<T> of(KeysetPage<T> page, ListCount count) {
		return new CountedPage<>(page.items(), page.nextCursor(), count.value(), count.exact());
	}

	public <R> CountedPage<R> map(Function<T, R> mapper) {
		return new CountedPage<>(items.stream().map(mapper).toList(), nextCursor, total, totalExact);
	}
}
