package dev.custodian.identity;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A sign-in whose password was right but which still has steps to go: a second factor, replacing a generated
 * password, or setting up a second factor the user's role requires. It is deliberately not authenticated, so
 * until the last step is done the session reaches nothing but those steps (and the API treats it as anonymous).
 * Serializable because browser sessions are stored in the database.
 */
public final class PendingSignIn extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The steps, in the order they are taken, each with the page that takes it. */
	public enum Step {

		SECOND_FACTOR("/login/code"), NEW_PASSWORD("/login/new-password"), ENROL("/login/enrol");

		private final String path;

		Step(String path) {
			this.path = path;
		}

		public String path() {
			return path;
		}
	}

	private final UUID userId;

	private final ArrayList<Step> steps;

	PendingSignIn(UUID userId, List<Step> steps) {
		super(List.of());
		this.userId = userId;
		this.steps = new ArrayList<>(steps);
		super.setAuthenticated(false);
	}

	public UserId userId() {
		return new UserId(userId);
	}

	/** The step to take now; there is always one, or the sign-in would be complete. */
	public Step step() {
		return steps.get(0);
	}

	/** The same sign-in after the current step, or {@code null} when that was the last. */
	@Nullable PendingSignIn next() {
		return steps.size() == 1 ? null : new PendingSignIn(userId, steps.subList(1, steps.size()));
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException("A pending sign-in becomes authenticated only by completing it");
		}
		super.setAuthenticated(false);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return userId.toString();
	}

	@Override
	public String getName() {
		return userId.toString();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof PendingSignIn pending && pending.userId.equals(userId) && pending.steps.equals(steps);
	}

	@Override
	public int hashCode() {
		return userId.hashCode() * 31 + steps.hashCode();
	}
}
