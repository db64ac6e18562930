package dev.custodian.customfield;

import org.springframework.security.access.AccessDeniedException;

/**
 * A value was given for a special-category custom field whose category the caller's role is not granted. The API
 * answers 403 naming the field ({@code customFields.<key>}); nothing is stored. Says nothing about the value.
 */
public class SpecialCategoryDeniedException extends AccessDeniedException {

	private final String field;

	SpecialCategoryDeniedException(String field) {
		super("You may not set " + field + ": your role is not granted its special category");
		this.field = field;
	}

	/** The field, as {@code customFields.<key>}. */
	public String field() {
		return field;
	}
}
