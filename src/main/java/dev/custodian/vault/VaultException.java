package dev.custodian.vault;

/**
 * The vault could not do its work: a master key is missing or wrong, or a sealed value failed authentication
 * (it was altered, or copied from another row or column). Messages name key ids and subject ids, never values.
 */
public class VaultException extends RuntimeException {

	public VaultException(String message) {
		super(message);
	}

	public VaultException(String message, Throwable cause) {
		super(message, cause);
	}
}
