package dev.custodian.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.custodian.shared.AddressForm;
import dev.custodian.transfer.csv.CsvRow;
import dev.custodian.transfer.csv.ImportValues;
import org.jspecify.annotations.Nullable;

/**
 * What every record type reads alike from a row: a postal address (the country by name or code), and the cells of
 * custom fields; and how the form fields of both map back to the file's columns.
 */
final class MappedCells {

	static final String CUSTOM = "cf.";

	private MappedCells() {
	}

	/** The row's postal address; a country that cannot be read is an error of its column, and left out. */
	static AddressForm address(CsvRow row, ImportMapping m, List<ImportRowError> errors) {
		String country = m.cell(row.cells(), "country");
		if (country != null) {
			String code = ImportValues.countryCode(country).orElse(null);
			if (code == null) {
				errors.add(new ImportRowError(row.line(), m.nameOf("country"),
						"is not a country: give its name or its ISO code, such as Germany or DE"));
			}
			country = code;
		}
		return new AddressForm(m.cell(row.cells(), "street"), m.cell(row.cells(), "city"),
				m.cell(row.cells(), "postalCode"), country);
	}

	/** The cells of the mapped custom fields, by field key (an empty cell as ""). */
	static Map<String, String> custom(CsvRow row, ImportMapping m) {
		Map<String, String> custom = new LinkedHashMap<>();
		for (String target : m.mapped()) {
			if (target.startsWith(CUSTOM)) {
				String cell = m.cell(row.cells(), target);
				custom.put(target.substring(CUSTOM.length()), cell == null ? "" : cell);
			}
		}
		return custom;
	}

	/** The form field a target fills, for the address and custom fields; null for any other target. */
	static @Nullable String formField(String target) {
		return switch (target) {
			case "street", "city", "postalCode", "country" -> "address." + target;
			default -> target.startsWith(CUSTOM) ? "customFields." + target.substring(CUSTOM.length()) : null;
		};
	}

	/** The column of an address or custom field's violation; else the column mapped to a target of that name. */
	static @Nullable String column(String field, ImportMapping m) {
		if (field.startsWith("address.")) {
			return m.nameOf(field.substring("address.".length()));
		}
		if (field.startsWith("customFields.")) {
			return m.nameOf(CUSTOM + field.substring("customFields.".length()));
		}
		return m.nameOf(field);
	}
}
