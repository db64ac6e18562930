package dev.custodian.shared;

import java.util.Map;

/**
 * The request clashes with existing state (a unique value already taken, say). The properties name the
 * resource it clashes with, by id only.
 */
public class ConflictException extends RuntimeException {

	private final Map<String, Object> properties;

	public ConflictException(String message, Map<String, Object> properties) {
		super(message);
		this.properties = Map.copyOf(properties);
	}

	public Map<String, Object> properties() {
		return properties;
	}
}
