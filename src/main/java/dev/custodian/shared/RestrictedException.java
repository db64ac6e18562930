package dev.custodian.shared;

/**
 * The record belongs to a data subject whose processing is restricted (Art. 18 GDPR): it may only be stored until
 * the restriction is lifted, so it refuses changes, deletion by users and exports to anyone but the
 * data-protection officer. The API answers 409, pages a plain message. Says nothing about the person.
 */
public class RestrictedException extends RuntimeException {

	/** The one text clients and logs see. */
	public static final String MESSAGE = "This person's data is restricted (Art. 18): it can only be stored until "
			+ "the restriction is lifted";

	public RestrictedException() {
		super(MESSAGE);
	}
}
