package dev.custodian.shared;

/**
 * An update came without {@code If-Match}, so it could silently overwrite someone else's change (428).
 */
public class PreconditionRequiredException extends RuntimeException {

	public PreconditionRequiredException() {
		super("Send If-Match with the ETag you last read, so that no update is lost");
	}
}
