package dev.custodian.deal;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import org.springframework.stereotype.Component;

import static dev.custodian.catalog.FieldDeclaration.notPersonal;

/**
 * The data catalogue's declaration of the deal module's table about people: who takes part in which deal, and in
 * what role. The link itself is what is personal here, so the holder exports, freezes and erases it; its columns
 * hold references and a role from a fixed list, no value about the person. The deals themselves and the prefixes
 * their names are searched by are the business's own records, declared so the catalogue says why they are not
 * personal.
 */
@Component
class DealDeclarations implements CatalogueDeclarations {

	static final String TABLE = "deal_contacts";

	private static final String DEALS = "deals";

	private static final String PREFIXES = "deal_name_prefixes";

	static final List<FieldDeclaration> FIELDS = List.of(
			notPersonal("dealContact", TABLE, "subject_id", "random identifier of the contact; says nothing about the person"),
			notPersonal("dealContact", TABLE, "deal_id", "reference to the deal"),
			notPersonal("dealContact", TABLE, "role", "the part played in the deal, from a fixed list"),
			notPersonal("dealContact", TABLE, "position", "display order among the deal's people"),
			notPersonal("dealContact", TABLE, "restricted_at",
					"processing state: since when the link is frozen (Art. 18 restriction)"),
			notPersonal("deal", DEALS, "id", "random identifier of the deal"),
			notPersonal("deal", DEALS, "name", "the business's name for a sale, not about a person"),
			notPersonal("deal", DEALS, "amount", "the value of the sale"),
			notPersonal("deal", DEALS, "currency", "ISO 4217 code"),
			notPersonal("deal", DEALS, "pipeline_id", "reference to the pipeline"),
			notPersonal("deal", DEALS, "stage_id", "reference to the stage"),
			notPersonal("deal", DEALS, "owner_id", "reference to a user (staff), by id"),
			notPersonal("deal", DEALS, "company_id", "reference to a company"),
			notPersonal("deal", DEALS, "status", "processing state: open, won or lost"),
			notPersonal("deal", DEALS, "lost_reason_id", "reference to a reason from a fixed list"),
			notPersonal("deal", DEALS, "expected_close_date", "when the sale is expected to close"),
			notPersonal("deal", DEALS, "stage_entered_at", "bookkeeping time"),
			notPersonal("deal", DEALS, "created_at", "bookkeeping time"),
			notPersonal("deal", DEALS, "updated_at", "bookkeeping time"),
			notPersonal("deal", DEALS, "version", "optimistic-locking counter"),
			notPersonal("deal", DEALS, "origin", "where the deal came from when not typed in (import:<job id>)"),
			notPersonal("deal", DEALS, "name_words", "processing state: which way the name's prefixes were written"),
			notPersonal("dealNamePrefix", PREFIXES, "prefix",
					"the start of a word of a deal's name, which is not personal data"),
			notPersonal("dealNamePrefix", PREFIXES, "deal_id", "reference to the deal"));

	@Override
	public String module() {
		return "deal";
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
