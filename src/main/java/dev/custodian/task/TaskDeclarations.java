package dev.custodian.task;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import org.springframework.stereotype.Component;

import static dev.custodian.catalog.DataCategory.COMMUNICATION_CONTENT;
import static dev.custodian.catalog.FieldDeclaration.notPersonal;
import static dev.custodian.catalog.FieldDeclaration.personal;
import static dev.custodian.catalog.Protection.SEALED;

/**
 * The data catalogue's declaration of the task table. Title and description are free text that may say anything
 * about the person a task is about, so both are personal and sealed: under the linked contact's key when the task
 * is about a contact, under a key of the task's own otherwise. The people in charge (assignee, creator, completer)
 * are users, named by id only.
 */
@Component
class TaskDeclarations implements CatalogueDeclarations {

	static final String TABLE = Tasks.TABLE;

	private static final String TASK = "task";

	private static final String USER = "reference to a user (staff), by id; names are kept by the identity module";

	static final List<FieldDeclaration> FIELDS = List.of(
			notPersonal(TASK, TABLE, "subject_id", "the id of the contact the task is about, else the task's own id"),
			notPersonal(TASK, TABLE, "id", "random identifier; says nothing about the person"),
			personal(TASK, "title", TABLE, "title", COMMUNICATION_CONTENT, SEALED),
			personal(TASK, "description", TABLE, "description", COMMUNICATION_CONTENT, SEALED),
			notPersonal(TASK, TABLE, "due_at", "when the work is due: a fact of the business's work"),
			notPersonal(TASK, TABLE, "assignee_id", USER),
			notPersonal(TASK, TABLE, "priority", "processing state: how urgent the work is"),
			notPersonal(TASK, TABLE, "status", "processing state: open or done"),
			notPersonal(TASK, TABLE, "link_kind", "the kind of record linked to"),
			notPersonal(TASK, TABLE, "link_id", "reference to the linked record"),
			notPersonal(TASK, TABLE, "completed_at", "bookkeeping time"),
			notPersonal(TASK, TABLE, "completed_by", USER),
			notPersonal(TASK, TABLE, "created_by", USER),
			notPersonal(TASK, TABLE, "restricted_at", "processing state: since when Art. 18 restricts the record"),
			notPersonal(TASK, TABLE, "created_at", "bookkeeping time"),
			notPersonal(TASK, TABLE, "updated_at", "bookkeeping time"),
			notPersonal(TASK, TABLE, "version", "optimistic-locking counter"));

	@Override
	public String module() {
		return TASK;
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
