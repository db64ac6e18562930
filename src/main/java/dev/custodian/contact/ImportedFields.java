package dev.custodian.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.custodian.customfield.CustomValues;
import dev.custodian.shared.AddressForm;
import org.jspecify.annotations.Nullable;

/**
 * An imported row laid over a stored contact: the fields the file maps take the row's values, every other field
 * keeps the stored value, and so does a mapped field whose cell is empty (as in the CRMs people come from: a file
 * with gaps does not wipe what is known).
 */
final class ImportedFields {

	private ImportedFields() {
	}

	static ContactForm merge(ContactForm stored, ContactForm row, Set<String> fields) {
		AddressForm a = stored.addressOrEmpty();
		AddressForm b = row.addressOrEmpty();
		AddressForm address = new AddressForm(pick(fields, "address.street", a.street(), b.street()),
				pick(fields, "address.city", a.city(), b.city()),
				pick(fields, "address.postalCode", a.postalCode(), b.postalCode()),
				pick(fields, "address.country", a.country(), b.country()));
		Map<String, @Nullable Object> custom = new LinkedHashMap<>(stored.customFieldsOrNone().values());
		row.customFieldsOrNone().values().forEach((key, value) -> {
			if (fields.contains("customFields." + key) && value != null && !"".equals(value)) {
				custom.put(key, value);
			}
		});
		return new ContactForm(pick(fields, "firstName", stored.firstName(), row.firstName()),
				pick(fields, "lastName", stored.lastName(), row.lastName()),
				pick(fields, "email", stored.email(), row.email()), pick(fields, "phone", stored.phone(), row.phone()),
				pick(fields, "jobTitle", stored.jobTitle(), row.jobTitle()),
				pick(fields, "companyId", stored.companyId(), row.companyId()),
				pick(fields, "ownerId", stored.ownerId(), row.ownerId()),
				pick(fields, "lifecycleStage", stored.lifecycleStage(), row.lifecycleStage()),
				pick(fields, "source", stored.source(), row.source()), address, new CustomValues(custom));
	}

	private static @Nullable String pick(Set<String> fields, String field, @Nullable String stored,
			@Nullable String row) {
		return fields.contains(field) && row != null && !row.isBlank() ? row : stored;
	}
}
