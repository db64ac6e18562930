package dev.custodian.catalog.web;

import java.util.List;

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
			return CatalogueCsv.download(entries);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(entries);
	}
}
