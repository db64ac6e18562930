package dev.custodian.transfer.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.custodian.shared.ListExport;
import dev.custodian.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The lists that can be exported, by their name in URLs ({@code contacts}, …): each module that has a list offers
 * one, so this module needs to know none of them.
 */
@Component
public class ListExports {

	/** Parameters of a list that page it: an export always takes the whole filtered list. */
	private static final List<String> PAGING = List.of("limit", "cursor", "purpose", "_csrf");

	private final Map<String, ListExport> byCollection = new LinkedHashMap<>();

	ListExports(List<ListExport> exports) {
		exports.forEach(export -> byCollection.put(export.collection(), export));
	}

	/** @throws NotFoundException when no list has that name */
	public ListExport of(String collection) {
		return find(collection).orElseThrow(() -> new NotFoundException("export", collection));
	}

	public Optional<ListExport> find(String collection) {
		return Optional.ofNullable(byCollection.get(collection));
	}

	/** The filters among request parameters: all but paging, the purpose and the form token. */
	public static Map<String, String[]> filters(Map<String, String[]> parameters) {
		Map<String, String[]> filters = new LinkedHashMap<>(parameters);
		PAGING.forEach(filters::remove);
		return filters;
	}
}
