package dev.custodian.identity;

/**
 * The permissions that roles grant. They are Spring Security authorities, so service methods check them with
 * {@code @PreAuthorize("hasAuthority('contact:read')")}, which guards the API and the pages alike.
 */
public final class Permission {

	public static final String CONTACT_READ = "contact:read";

	public static final String CONTACT_WRITE = "contact:write";

	public static final String CONTACT_DELETE = "contact:delete";

	public static final String COMPANY_READ = "company:read";

	public static final String COMPANY_WRITE = "company:write";

	public static final String COMPANY_DELETE = "company:delete";

	public static final String AUDIT_READ = "audit:read";

	public static final String USER_ADMIN = "user:admin";

	public static final String METRICS_READ = "metrics:read";

	/**
	 * Create, list and revoke one's own API tokens. Every role grants it; a token holds it only when created
	 * with it, so a token narrowed to, say, {@code contact:read} cannot manage tokens.
	 */
	public static final String TOKEN_MANAGE = "token:manage";

	private Permission() {
	}
}
