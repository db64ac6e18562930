package dev.custodian.audit;

/**
 * What was done to a resource.
 */
public enum AuditAction {
	CREATE, READ, UPDATE, DELETE
}
