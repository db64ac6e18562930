package dev.custodian.shared;

/**
 * A resource that existed and is gone for good (an expired export's file, destroyed with its key): answered with
 * 410, so a client stops asking, where an unknown id is a 404.
 */
public class GoneException extends RuntimeException {

	public GoneException(String message) {
		super(message);
	}
}
