package dev.custodian.shared;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The export page's address for a list page's current filters ({@code /exports/contacts/new?lifecycleStage=lead}).
 * Only codes and ids belong in it: a list searched by text posts its filters to the export page instead, so the
 * text never lands in a URL (list pages say {@code exportSearched} then).
 */
public final class ExportLinks {

	private ExportLinks() {
	}

	public static String page(String collection, Map<String, String> filters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/exports/" + collection + "/new");
		filters.forEach((name, value) -> {
			if (!value.isBlank()) {
				uri.queryParam(name, value);
			}
		});
		return uri.build().encode().toUriString();
	}
}
