package dev.custodian.company;

import java.util.List;
import java.util.stream.Stream;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import org.springframework.stereotype.Component;

/**
 * The data catalogue's declaration of the company table: organisation data, not personal. The phone and address
 * of a sole trader are personal; declaring and sealing those is still to come.
 */
@Component
class CompanyDeclarations implements CatalogueDeclarations {

	private static final List<FieldDeclaration> FIELDS = Stream
		.of("id", "name", "name_folded", "domain", "industry", "size_band", "phone", "website", "street", "city",
				"postal_code", "country", "created_at", "updated_at", "version")
		.map(column -> FieldDeclaration.notPersonal("company", "companies", column, "organisation data"))
		.toList();

	@Override
	public String module() {
		return "company";
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
