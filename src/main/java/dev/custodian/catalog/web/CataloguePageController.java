package dev.custodian.catalog.web;

import java.util.List;

import dev.custodian.catalog.CatalogueEntry;
import dev.custodian.catalog.DataCatalogue;
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
}
