package dev.custodian.view;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import org.springframework.stereotype.Component;

import static dev.custodian.catalog.FieldDeclaration.notPersonal;

/**
 * The data catalogue's declaration of saved views: a user's named filters of a list, codes and ids only (a search
 * text is never saved, see {@link SavedViews#FREE_TEXT}), so nothing in them describes a person.
 */
@Component
class ViewDeclarations implements CatalogueDeclarations {

	private static final List<FieldDeclaration> FIELDS = List.of(
			notPersonal("saved-view", "saved_views", "id", "random identifier"),
			notPersonal("saved-view", "saved_views", "user_id", "random identifier of the user whose view it is"),
			notPersonal("saved-view", "saved_views", "list_name", "list from a fixed set"),
			notPersonal("saved-view", "saved_views", "name", "the user's label for a list view, such as Leads"),
			notPersonal("saved-view", "saved_views", "filters", "codes and ids only; free text is never saved"),
			notPersonal("saved-view", "saved_views", "sort", "sort code from a fixed set"),
			notPersonal("saved-view", "saved_views", "created_at", "bookkeeping time"));

	@Override
	public String module() {
		return "view";
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
