package dev.custodian.audit;

/**
 * Implemented by authenticated principals so that audit entries name who acted, by id and never by name.
 */
public interface AuditActor {

	/** {@code user}, {@code token}, {@code system} or {@code subject}. */
	String actorType();

	/** A stable id of the actor (a user or token id); never personal data such as an email address. */
	String actorId();
}
