package dev.custodian.catalog;

import java.util.Set;

/**
 * Which special categories (Art. 9 and Art. 10) the signed-in user may see and edit. Special-category fields are
 * hidden from everyone else, in pages, API answers and exports, and they cannot set them. Administrators grant each
 * category per role; nothing is granted by default.
 */
public interface SpecialCategoryAccess {

	/** The special categories granted to the signed-in user's role; empty when no one is signed in. */
	Set<DataCategory> permitted();

	/** Whether the signed-in user may see and edit values of the category (any category not special: yes). */
	default boolean permits(DataCategory category) {
		return !category.special() || permitted().contains(category);
	}
}
