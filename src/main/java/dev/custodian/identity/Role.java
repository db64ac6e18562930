package dev.custodian.identity;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import static dev.custodian.identity.Permission.ACTIVITY_DELETE;
import static dev.custodian.identity.Permission.ACTIVITY_READ;
import static dev.custodian.identity.Permission.ACTIVITY_WRITE;
import static dev.custodian.identity.Permission.AUDIT_READ;
import static dev.custodian.identity.Permission.COMPANY_DELETE;
import static dev.custodian.identity.Permission.COMPANY_EXPORT;
import static dev.custodian.identity.Permission.COMPANY_READ;
import static dev.custodian.identity.Permission.COMPANY_WRITE;
import static dev.custodian.identity.Permission.CONTACT_DELETE;
import static dev.custodian.identity.Permission.CONTACT_EXPORT;
import static dev.custodian.identity.Permission.CONTACT_READ;
import static dev.custodian.identity.Permission.CONTACT_WRITE;
import static dev.custodian.identity.Permission.DEAL_DELETE;
import static dev.custodian.identity.Permission.DEAL_EXPORT;
import static dev.custodian.identity.Permission.DEAL_READ;
import static dev.custodian.identity.Permission.DEAL_WRITE;
import static dev.custodian.identity.Permission.METRICS_READ;
import static dev.custodian.identity.Permission.REPORT_TEAM;
import static dev.custodian.identity.Permission.RESTRICTED_READ;
import static dev.custodian.identity.Permission.SUBJECT_MANAGE;
import static dev.custodian.identity.Permission.TASK_READ;
import static dev.custodian.identity.Permission.TASK_WRITE;
import static dev.custodian.identity.Permission.TICKET_DELETE;
import static dev.custodian.identity.Permission.TICKET_EXPORT;
import static dev.custodian.identity.Permission.TICKET_READ;
import static dev.custodian.identity.Permission.TICKET_WRITE;
import static dev.custodian.identity.Permission.TOKEN_MANAGE;
import static dev.custodian.identity.Permission.USER_ADMIN;

/**
 * What a user may do. Everything not granted here is denied.
 *
 * <p>Exporting a list ({@code <type>:export}) is granted to the administrator, the DPO (who answers for what leaves),
 * the manager, and the roles whose daily work is that record type: sales (contacts, companies, deals), marketing
 * (contacts, companies) and support (contacts, tickets). Read-only users read, but take nothing out.
 */
public enum Role {

	ADMIN("Administrator", Set.of(CONTACT_READ, CONTACT_WRITE, CONTACT_DELETE, COMPANY_READ, COMPANY_WRITE,
			COMPANY_DELETE, DEAL_READ, DEAL_WRITE, DEAL_DELETE, ACTIVITY_READ, ACTIVITY_WRITE, ACTIVITY_DELETE, TASK_READ,
			TASK_WRITE, TICKET_READ, TICKET_WRITE, TICKET_DELETE, REPORT_TEAM, AUDIT_READ, USER_ADMIN, METRICS_READ,
			SUBJECT_MANAGE, TOKEN_MANAGE, CONTACT_EXPORT, COMPANY_EXPORT, DEAL_EXPORT, TICKET_EXPORT)),
	DPO("Data-protection officer", Set.of(CONTACT_READ, CONTACT_WRITE, CONTACT_DELETE, COMPANY_READ, DEAL_READ,
			ACTIVITY_READ, TASK_READ, TICKET_READ, AUDIT_READ, SUBJECT_MANAGE, RESTRICTED_READ, TOKEN_MANAGE,
			CONTACT_EXPORT, COMPANY_EXPORT, DEAL_EXPORT, TICKET_EXPORT)),
	SALES("Sales", Set.of(CONTACT_READ, CONTACT_WRITE, COMPANY_READ, COMPANY_WRITE, COMPANY_DELETE, DEAL_READ,
			DEAL_WRITE, DEAL_DELETE, ACTIVITY_READ, ACTIVITY_WRITE, TASK_READ, TASK_WRITE, TICKET_READ, TOKEN_MANAGE,
			CONTACT_EXPORT, COMPANY_EXPORT, DEAL_EXPORT)),
	MARKETING("Marketing", Set.of(CONTACT_READ, CONTACT_WRITE, COMPANY_READ, DEAL_READ, ACTIVITY_READ, ACTIVITY_WRITE,
			TASK_READ, TASK_WRITE, TICKET_READ, TOKEN_MANAGE, CONTACT_EXPORT, COMPANY_EXPORT)),
	SUPPORT("Support", Set.of(CONTACT_READ, CONTACT_WRITE, COMPANY_READ, DEAL_READ, ACTIVITY_READ, ACTIVITY_WRITE,
			TASK_READ, TASK_WRITE, TICKET_READ, TICKET_WRITE, TOKEN_MANAGE, CONTACT_EXPORT, TICKET_EXPORT)),
	/**
	 * A sales or support lead: whatever sales and support may do together, and the team's figures on the dashboard;
	 * none of the administrator's or the DPO's permissions.
	 */
	MANAGER("Manager", Set.of(CONTACT_READ, CONTACT_WRITE, COMPANY_READ, COMPANY_WRITE, COMPANY_DELETE, DEAL_READ,
			DEAL_WRITE, DEAL_DELETE, ACTIVITY_READ, ACTIVITY_WRITE, TASK_READ, TASK_WRITE, TICKET_READ, TICKET_WRITE,
			REPORT_TEAM, TOKEN_MANAGE, CONTACT_EXPORT, COMPANY_EXPORT, DEAL_EXPORT, TICKET_EXPORT)),
	READ_ONLY("Read only", Set.of(CONTACT_READ, COMPANY_READ, DEAL_READ, ACTIVITY_READ, TASK_READ, TICKET_READ,
			TOKEN_MANAGE));

	private final String label;

	private final Set<String> permissions;

	Role(String label, Set<String> permissions) {
		this.label = label;
		this.permissions = permissions;
	}

	/** The English name; pages show the bundle text {@code identity.role.<NAME>} in the reader's language. */
	public String label() {
		return label;
	}

	public Set<String> permissions() {
		return permissions;
	}

	public static Optional<Role> parse(String text) {
		return Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(text.trim())).findFirst();
	}
}
