package dev.custodian.view;

import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.PersonalDataHolder;
import org.springframework.stereotype.Component;

/**
 * Saved views as data about the user who saved them (a user's subject id is their user id): exported with the
 * user's data and deleted when that user's data is erased, even while the account itself is kept, since nothing
 * requires keeping a view. Restriction changes nothing here: only their owner ever sees a view.
 */
@Component
class SavedViewsDataHolder implements PersonalDataHolder {

	private final ViewStore store;

	SavedViewsDataHolder(ViewStore store) {
		this.store = store;
	}

	@Override
	public String module() {
		return "view";
	}

	@Override
	public List<String> tables() {
		return List.of("saved_views");
	}

	@Override
	public List<ExportedRecord> export(UUID subject) {
		return store.allOf(subject)
			.stream()
			.map(view -> new ExportedRecord("saved-view", view.id().toString(),
					List.of(new ExportedValue("list_name", null, view.list()), new ExportedValue("name", null, view.name()),
							new ExportedValue("filters", null, view.filters()
								.entrySet()
								.stream()
								.map(filter -> filter.getKey() + "=" + filter.getValue())
								.sorted()
								.toList()),
							new ExportedValue("sort", null, view.sort()))))
			.toList();
	}

	@Override
	public ErasureOutcome erase(UUID subject) {
		return new ErasureOutcome(module(), store.deleteAllOf(subject), List.of());
	}

	/** Nothing to hide: a saved view is shown to its owner alone. */
	@Override
	public void restrict(UUID subject) {
	}

	@Override
	public void lift(UUID subject) {
	}
}
