package dev.custodian.shared;

/**
 * No resource of that type has that id (or the caller may not know that it has).
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String resourceType, Object id) {
		super(resourceType + " " + id + " not found");
	}
}
