package dev.custodian.deal;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import org.springframework.stereotype.Component;

import static dev.custodian.catalog.FieldDeclaration.notPersonal;

/**
 * The data catalogue's declaration of the deal module's table about people: who takes part in which deal, and in
 * what role. The link itself is what is personal here, so the holder exports, freezes and erases it; its columns
 * hold references and a role from a fixed list, no value about the person.
 */
@Component
class DealDeclarations implements CatalogueDeclarations {

	static final String TABLE = "deal_contacts";

	static final List<FieldDeclaration> FIELDS = List.of(
			notPersonal("dealContact", TABLE, "subject_id", "random identifier of the contact; says nothing about the person"),
			notPersonal("dealContact", TABLE, "deal_id", "reference to the deal"),
			notPersonal("dealContact", TABLE, "role", "the part played in the deal, from a fixed list"),
			notPersonal("dealContact", TABLE, "position", "display order among the deal's people"),
			notPersonal("dealContact", TABLE, "restricted_at",
					"processing state: since when the link is frozen (Art. 18 restriction)"));

	@Override
	public String module() {
		return "deal";
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
