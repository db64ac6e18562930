package dev.custodian.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated list: the items and the cursor for the next page ({@code null} on the last).
 */
public record KeysetPage<T>(List<T> items, @Nullable String nextCursor) {

	public <R> KeysetPage<R> map(Function<T, R> mapper) {
		return new KeysetPage<>(items.stream().map(mapper).toList(), nextCursor);
	}
}
