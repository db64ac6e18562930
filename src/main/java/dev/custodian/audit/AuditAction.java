package dev.custodian.audit;

/**
 * What was done to a resource. {@code EXPORT} is a read whose result left the application as a file (a list
 * exported as CSV); its entries keep the purpose the exporter gave.
 */
public enum AuditAction {
	CREATE, READ, UPDATE, DELETE, EXPORT
}
