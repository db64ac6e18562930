package dev.custodian.catalog.web;

import java.util.List;
import java.util.stream.Collectors;

import dev.custodian.catalog.CatalogueEntry;
import dev.custodian.catalog.DataCatalogue;
import dev.custodian.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/catalog}: the data catalogue as JSON or CSV (ADMIN, DPO).
 */
@RestController
@RequestMapping("/api/v1/catalog")
class CatalogueApiController implements CatalogueApiDocs {

	static final String CSV_HEADER = "module,recordType,field,table,column,category,specialCategory,protection,"
			+ "notPersonalReason,purposes,retention,filled,records";

	private final DataCatalogue catalogue;

	CatalogueApiController(DataCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	@GetMapping(produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	public ResponseEntity<?> catalogue(@RequestParam(required = false) @Nullable String format) {
		if (format != null && !format.equals("json") && !format.equals("csv")) {
			throw InvalidInputException.of("format", "must be json or csv");
		}
		List<CatalogueEntry> entries = catalogue.entries();
		if ("csv".equals(format)) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
				.header("Content-Disposition", "attachment; filename=\"data-catalogue.csv\"")
				.body(csv(entries));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(entries);
	}

	static String csv(List<CatalogueEntry> entries) {
		StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
		for (CatalogueEntry e : entries) {
			out.append(List
				.of(e.module(), e.recordType(), e.field(), e.table(), e.column(), text(e.category()),
						String.valueOf(e.specialCategory()), e.protection(), text(e.notPersonalReason()),
						String.join(";", e.purposes()), text(e.retention()), String.valueOf(e.filled()),
						String.valueOf(e.records()))
				.stream()
				.map(CatalogueApiController::cell)
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
