package dev.custodian.activity;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import org.springframework.stereotype.Component;

import static dev.custodian.catalog.DataCategory.COMMUNICATION_CONTENT;
import static dev.custodian.catalog.FieldDeclaration.notPersonal;
import static dev.custodian.catalog.FieldDeclaration.personal;
import static dev.custodian.catalog.Protection.SEALED;

/**
 * The data catalogue's declaration of the activity tables. An activity's content (subject, body, location) is
 * communication content, sealed in one copy per contact it concerns under that contact's key; an activity about no
 * contact keeps one copy under a key of its own, whose subject id is the activity's id. {@link ActivitySealing}
 * seals exactly the columns declared sealed here.
 */
@Component
class ActivityDeclarations implements CatalogueDeclarations {

	static final String MODULE = "activity";

	static final String RANDOM_ID = "random identifier; says nothing about the person";

	static final List<FieldDeclaration> FIELDS = List.of(
			notPersonal(MODULE, "activities", "id", RANDOM_ID),
			notPersonal(MODULE, "activities", "type", "kind of activity from a fixed list"),
			notPersonal(MODULE, "activities", "occurred_at", "time of the activity; says nothing without its content"),
			notPersonal(MODULE, "activities", "ends_at", "end of a meeting; says nothing without its content"),
			notPersonal(MODULE, "activities", "direction", "inbound or outbound, from a fixed list"),
			notPersonal(MODULE, "activities", "duration_seconds", "length of a call"),
			notPersonal(MODULE, "activities", "outcome", "outcome of a call from a fixed list"),
			notPersonal(MODULE, "activities", "author_id", "reference to the user who logged it"),
			notPersonal(MODULE, "activities", "created_at", "bookkeeping time"),
			notPersonal(MODULE, "activities", "updated_at", "bookkeeping time"),
			notPersonal(MODULE, "activities", "version", "optimistic-locking counter"),
			notPersonal(MODULE, "activity_copies", "subject_id",
					"the contact the copy belongs to, or the activity's own id for one about no contact"),
			notPersonal(MODULE, "activity_copies", "activity_id", RANDOM_ID),
			personal(MODULE, "subject", "activity_copies", "subject", COMMUNICATION_CONTENT, SEALED),
			personal(MODULE, "body", "activity_copies", "body", COMMUNICATION_CONTENT, SEALED),
			personal(MODULE, "location", "activity_copies", "location", COMMUNICATION_CONTENT, SEALED),
			notPersonal(MODULE, "activity_copies", "restricted_at",
					"processing state: since when the copy may only be stored (Art. 18 restriction)"),
			notPersonal(MODULE, "activity_links", "activity_id", RANDOM_ID),
			notPersonal(MODULE, "activity_links", "kind", "kind of the linked record from a fixed list"),
			notPersonal(MODULE, "activity_links", "record_id", "reference to the linked record"),
			notPersonal(MODULE, "activity_links", "occurred_at", "the activity's time, for the timeline's order"),
			notPersonal(MODULE, "activity_people", "subject_id", "reference to the contact taking part"),
			notPersonal(MODULE, "activity_people", "activity_id", RANDOM_ID),
			notPersonal(MODULE, "activity_users", "activity_id", RANDOM_ID),
			notPersonal(MODULE, "activity_users", "user_id", "reference to the user taking part"));

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
