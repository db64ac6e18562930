package dev.custodian.view;

import java.util.Map;
import java.util.UUID;

/**
 * A user's named view of one list: filters by parameter name ({@code stage → lead}) and the sort code
 * ({@code -updated}). Filters hold only codes and ids: a search text could be a person's name, so it is never
 * saved.
 */
public record SavedView(UUID id, String list, String name, Map<String, String> filters, String sort) {

	/** A filter's value, or {@code ""} when the view does not filter by it. */
	public String filter(String parameter) {
		return filters.getOrDefault(parameter, "");
	}
}
