package dev.custodian.customfield;

import dev.custodian.catalog.SpecialCategoryAccess;
import org.springframework.beans.factory.ObjectProvider;

import org.springframework.stereotype.Component;

/**
 * The one place that decides whether the current user may see and fill a custom field. A field not permitted is
 * left out everywhere for that user: the record's {@code customFields}, its forms and pages, the fields a value
 * may be given for (a key of such a field is unknown), the list filters; and a change of the record by that user
 * leaves its value as it is. A special-category field (Art. 9, Art. 10) is permitted only to roles an administrator
 * granted its category ({@link SpecialCategoryAccess}).
 */
@Component
class CustomFieldAccess {

	private final ObjectProvider<SpecialCategoryAccess> specialCategories;

	CustomFieldAccess(ObjectProvider<SpecialCategoryAccess> specialCategories) {
		this.specialCategories = specialCategories;
	}

	/**
	 * A field of a special category only for roles granted the category; every other field for everyone. Without
	 * a source of grants (a test of this module alone), no special category is permitted.
	 */
	boolean permitted(CustomField field) {
		if (field.category() == null || !field.category().special()) {
			return true;
		}
		SpecialCategoryAccess grants = specialCategories.getIfAvailable();
		return grants != null && grants.permits(field.category());
	}
}
