package dev.custodian.customfield;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import dev.custodian.catalog.Protection;
import org.springframework.stereotype.Component;

/**
 * The data catalogue's declaration of custom fields: every field on a line of its own, as administrators classified
 * it (its record type, {@code customFields.<key>}, category, the Art. 9(2) condition, sealed when personal), counted
 * on its rows of {@code custom_field_values} against the records of its type; and the bookkeeping columns of that
 * table. A value column no field uses (yet) is declared as holding nothing.
 */
@Component
class CustomFieldDeclarations implements CatalogueDeclarations {

	static final String TABLE = ValueRow.TABLE;

	static final String RANDOM_ID = "random identifier; says nothing about the person";

	private static final List<String> VALUE_COLUMNS = List.of("value_text", "value_long", "value_number",
			"value_date", "value_boolean", "value_sealed");

	private final Definitions definitions;

	private final List<CustomizableRecordType> recordTypes;

	CustomFieldDeclarations(Definitions definitions, List<CustomizableRecordType> recordTypes) {
		this.definitions = definitions;
		this.recordTypes = recordTypes;
	}

	@Override
	public String module() {
		return "customfield";
	}

	@Override
	public List<FieldDeclaration> fields() {
		Map<String, String> tables = new HashMap<>();
		recordTypes.forEach(type -> tables.put(type.recordType(), type.table()));
		List<FieldDeclaration> fields = new ArrayList<>(List.of(
				FieldDeclaration.notPersonal("customField", TABLE, "subject_id", RANDOM_ID),
				FieldDeclaration.notPersonal("customField", TABLE, "record_type", "name of a kind of record"),
				FieldDeclaration.notPersonal("customField", TABLE, "record_id", RANDOM_ID),
				FieldDeclaration.notPersonal("customField", TABLE, "field_id", "reference to a field definition")));
		Set<String> used = new LinkedHashSet<>();
		for (CustomField field : definitions.all()) {
			String column = column(field);
			used.add(column);
			FieldDeclaration.SharedColumn share = new FieldDeclaration.SharedColumn("field_id", field.id(),
					tables.getOrDefault(field.recordType(), TABLE));
			fields.add(new FieldDeclaration(field.recordType(), field.path(), TABLE, column, field.category(),
					field.personal() ? Protection.SEALED : Protection.CLEAR,
					field.personal() ? null : "declared not personal by an administrator", List.of(), null,
					field.condition(), share));
		}
		VALUE_COLUMNS.stream()
			.filter(column -> !used.contains(column))
			.forEach(column -> fields.add(FieldDeclaration.notPersonal("customField", TABLE, column,
					"holds the values of custom fields, each declared on a line of its own; no field stores here")));
		return fields;
	}

	/** Where a field's values are stored: sealed when personal, otherwise the clear column of its type. */
	static String column(CustomField field) {
		if (field.personal()) {
			return "value_sealed";
		}
		return switch (field.type()) {
			case TEXT, EMAIL, PHONE, URL, CHOICE -> "value_text";
			case LONG_TEXT, MULTI_CHOICE -> "value_long";
			case NUMBER, DECIMAL -> "value_number";
			case DATE -> "value_date";
			case BOOLEAN -> "value_boolean";
		};
	}
}
