package dev.custodian.identity;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * What an administrator's password reset does besides the new hash: every browser session of the user ends
 * (whoever knew the old password is signed out everywhere), remembered devices are forgotten, and, if the
 * administrator asks, the user's API tokens are revoked.
 */
@Component
class PasswordResetEffects {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	private final SecondFactorStore secondFactors;

	private final ApiTokens tokens;

	PasswordResetEffects(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
			SecondFactorStore secondFactors, ApiTokens tokens) {
		this.sessions = sessions;
		this.secondFactors = secondFactors;
		this.tokens = tokens;
	}

	void apply(UUID user, boolean revokeTokens) {
		endSessions(user);
		secondFactors.forgetDevices(user);
		if (revokeTokens) {
			tokens.revokeAllOf(new UserId(user));
		}
	}

	/**
	 * Ends every browser session of the user. Sessions are named by user id when a sign-in completes (see
	 * {@link SignInSteps}); a sign-in still in its steps is named the same way by {@link PendingSignIn#getName()}.
	 */
	void endSessions(UUID user) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(user.toString()).keySet().forEach(repository::deleteById);
		}
	}
}
