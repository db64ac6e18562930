package dev.custodian.identity;

import java.util.Collection;
import java.util.List;

/**
 * The permissions that roles grant. They are Spring Security authorities, so service methods check them with
 * {@code @PreAuthorize("hasAuthority('contact:read')")}, which guards the API and the pages alike.
 */
public final class Permission {

	public static final String CONTACT_READ = "contact:read";

	public static final String CONTACT_WRITE = "contact:write";

	public static final String CONTACT_DELETE = "contact:delete";

	/**
	 * Export a filtered contact list to a file (with {@code contact:read}). An export takes many people's data out
	 * of the application's control at once, so it is granted apart from reading, to the roles whose work needs it.
	 */
	public static final String CONTACT_EXPORT = "contact:export";

	public static final String COMPANY_READ = "company:read";

	public static final String COMPANY_WRITE = "company:write";

	public static final String COMPANY_DELETE = "company:delete";

	/** Export a filtered company list to a file (with {@code company:read}). */
	public static final String COMPANY_EXPORT = "company:export";

	/** Read pipelines, their stages and deals. */
	public static final String DEAL_READ = "deal:read";

	/** Create and change deals, move them between stages, mark them won or lost. */
	public static final String DEAL_WRITE = "deal:write";

	/** Delete deals. */
	public static final String DEAL_DELETE = "deal:delete";

	/** Export a filtered deal list to a file (with {@code deal:read}). */
	public static final String DEAL_EXPORT = "deal:export";

	/** Read the timeline: notes, calls, meetings and emails, on every record the caller may read. */
	public static final String ACTIVITY_READ = "activity:read";

	/** Add notes, log calls and emails, schedule meetings, and change them. */
	public static final String ACTIVITY_WRITE = "activity:write";

	/** Delete activities. */
	public static final String ACTIVITY_DELETE = "activity:delete";

	/** Read tasks. */
	public static final String TASK_READ = "task:read";

	/** Create, change, complete and delete tasks. */
	public static final String TASK_WRITE = "task:write";

	/** Read support tickets and the SLA targets. */
	public static final String TICKET_READ = "ticket:read";

	/** Open, change, assign and solve tickets. */
	public static final String TICKET_WRITE = "ticket:write";

	/** Delete tickets. */
	public static final String TICKET_DELETE = "ticket:delete";

	/** Export a filtered ticket list to a file (with {@code ticket:read}). */
	public static final String TICKET_EXPORT = "ticket:export";

	/** See the team's figures on the dashboard, not only one's own: administrators and managers. */
	public static final String REPORT_TEAM = "report:team";

	public static final String AUDIT_READ = "audit:read";

	public static final String USER_ADMIN = "user:admin";

	public static final String METRICS_READ = "metrics:read";

	/**
	 * Act on a data subject across every module: read the merged export of everything held about them, restrict
	 * and lift restrictions, erase.
	 */
	public static final String SUBJECT_MANAGE = "subject:manage";

	/** See restricted subjects in lists and exports (Art. 18: storage only, for everyone else they are hidden). */
	public static final String RESTRICTED_READ = "restricted:read";

	/**
	 * Create, list and revoke one's own API tokens. Every role grants it; a token holds it only when created
	 * with it, so a token narrowed to, say, {@code contact:read} cannot manage tokens.
	 */
	public static final String TOKEN_MANAGE = "token:manage";

	/**
	 * Every permission, in the one order in which they are shown and listed everywhere (token scopes in the API and
	 * on the pages): by area, then read before write before delete.
	 */
	public static final List<String> ALL = List.of(CONTACT_READ, CONTACT_WRITE, CONTACT_DELETE,
			CONTACT_EXPORT, COMPANY_READ, COMPANY_WRITE, COMPANY_DELETE, COMPANY_EXPORT, DEAL_READ, DEAL_WRITE,
			DEAL_DELETE, DEAL_EXPORT, ACTIVITY_READ, ACTIVITY_WRITE, ACTIVITY_DELETE, TASK_READ, TASK_WRITE, TICKET_READ,
			TICKET_WRITE, TICKET_DELETE, TICKET_EXPORT, REPORT_TEAM, AUDIT_READ, USER_ADMIN, METRICS_READ, SUBJECT_MANAGE,
			RESTRICTED_READ, TOKEN_MANAGE);

	private Permission() {
	}

	/**
	 * The given permissions in the order of {@link #ALL}, each once; names that are no permission come last, in
	 * alphabetical order (a stored scope a newer version no longer knows, say).
	 */
	public static List<String> inOrder(Collection<String> permissions) {
		return permissions.stream().distinct().sorted((a, b) -> {
			int ia = ALL.indexOf(a);
			int ib = ALL.indexOf(b);
			if (ia < 0 && ib < 0) {
				return a.compareTo(b);
			}
			return Integer.compare(ia < 0 ? Integer.MAX_VALUE : ia, ib < 0 ? Integer.MAX_VALUE : ib);
		}).toList();
	}
}
