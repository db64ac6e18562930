package dev.custodian.identity;

import java.util.List;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.DbTime;
import dev.custodian.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases a former user: their API tokens, second factor, recovery codes, remembered browsers and sessions are
 * deleted, their data key is destroyed (so their sealed names can never be opened again, from any copy) and the
 * erasure journalled, and the row becomes a pseudonym ({@code former-user-…}) that audit entries keep naming by id.
 * On start it does the same again for users whose erasure a restored data backup undid.
 */
@Component
@Order(1)
class UserErasure implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(UserErasure.class);

	private final Users users;

	private final ApiTokens tokens;

	private final SecondFactorStore secondFactors;

	private final PasswordResetEffects sessions;

	private final Vault vault;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	UserErasure(Users users, ApiTokens tokens, SecondFactorStore secondFactors, PasswordResetEffects sessions,
			Vault vault, AuditLog audit, TransactionTemplate transactions) {
		this.users = users;
		this.tokens = tokens;
		this.secondFactors = secondFactors;
		this.sessions = sessions;
		this.vault = vault;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * Erases the user in the caller's transaction, whatever their state (the caller decides whether they may be
	 * erased); returns how many records were deleted or, for the user's own row, replaced by a pseudonym.
	 */
	long erase(UUID user) {
		long removed = remove(user);
		vault.shred(user);
		vault.recordErasure(user);
		return removed;
	}

	private long remove(UUID user) {
		long removed = tokens.deleteAllOf(user) + secondFactors.deleteAll(user);
		sessions.endSessions(user);
		users.pseudonymise(user, DbTime.now());
		return removed + 1;
	}

	/**
	 * Users journalled as erased whose row still holds names came back with a restored data backup: erased again,
	 * each audited as an erasure by the system in the same transaction.
	 */
	@Override
	public void run(ApplicationArguments args) {
		List<UUID> again = transactions.execute(status -> {
			List<UUID> ids = users.notYetErased(vault.erasures());
			ids.forEach(id -> {
				remove(id);
				vault.shred(id);
				audit.record(AuditAction.UPDATE, "user", id, List.of(id), "ERASED");
			});
			return ids;
		});
		if (again != null && !again.isEmpty()) {
			log.warn("Erased {} former users again whose erasure had been undone (a restored backup?)", again.size());
		}
	}
}
