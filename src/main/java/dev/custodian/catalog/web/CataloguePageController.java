package dev.custodian.catalog.web;

import java.util.List;

import dev.custodian.catalog.CatalogueEntry;
import dev.custodian.catalog.DataCatalogue;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Data catalogue page (ADMIN, DPO): every declared column and the minimisation report.
 */
@Controller
class CataloguePageController {

	private final DataCatalogue catalogue;

	CataloguePageController(DataCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/catalog")
	String catalogue(Model model) {
		// The service checks the permission; entries() is the one guarded call.
		List<CatalogueEntry> entries = catalogue.entries();
		model.addAttribute("entries", entries);
		model.addAttribute("findings", DataCatalogue.minimisation(entries));
		return "catalog/catalogue";
	}

	/** The same CSV as the API, for a browser signed in with a session rather than a token. */
	@GetMapping("/catalog.csv")
	ResponseEntity<String> csv() {
		return CatalogueCsv.download(catalogue.entries());
	}
}
