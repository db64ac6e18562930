package dev.custodian.catalog.web;

import java.util.List;
import java.util.stream.Collectors;

import dev.custodian.catalog.CatalogueEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The catalogue as RFC 4180 CSV with a header row, for the API and the page's download link alike.
 */
final class CatalogueCsv {

	static final String HEADER = "module,recordType,field,table,column,category,specialCategory,"
			+ "specialCategoryCondition,protection,notPersonalReason,purposes,retention,filled,records";

	private CatalogueCsv() {
	}

	static ResponseEntity<String> download(List<CatalogueEntry> entries) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header("Content-Disposition", "attachment; filename=\"data-catalogue.csv\"")
			.body(csv(entries));
	}

	static String csv(List<CatalogueEntry> entries) {
		StringBuilder out = new StringBuilder(HEADER).append("\r\n");
		for (CatalogueEntry e : entries) {
			out.append(List
				.of(e.module(), e.recordType(), e.field(), e.table(), e.column(), text(e.category()),
						String.valueOf(e.specialCategory()), text(e.specialCategoryCondition()), e.protection(),
						text(e.notPersonalReason()),
						String.join(";", e.purposes()), text(e.retention()), String.valueOf(e.filled()),
						String.valueOf(e.records()))
				.stream()
				.map(CatalogueCsv::cell)
				.collect(Collectors.joining(",")))
				.append("\r\n");
		}
		return out.toString();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	// RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet does not evaluate it.
	private static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains(";") || safe.contains("\n")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}
}
