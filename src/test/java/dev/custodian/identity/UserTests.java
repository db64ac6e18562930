package dev.custodian.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserTests {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private static User user() {
		return new User(UUID.randomUUID(), "ada", "Ada", Role.SALES, "hash", true, 0, null, NOW, NOW, 0);
	}

	@Test
	void locksAfterTheThresholdForTheConfiguredTime() {
		User user = user();
		for (int i = 0; i < 4; i++) {
			user.signInFailed(NOW, 5, Duration.ofMinutes(15));
		}
		assertThat(user.isLocked(NOW)).isFalse();
		user.signInFailed(NOW, 5, Duration.ofMinutes(15));
		assertThat(user.isLocked(NOW)).isTrue();
		assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(16)))).isFalse();
	}

	@Test
	void aSuccessfulSignInForgetsEarlierFailures() {
		User user = user();
		user.signInFailed(NOW, 5, Duration.ofMinutes(15));
		user.signInSucceeded();
		assertThat(user.failedAttempts).isZero();
	}
}
