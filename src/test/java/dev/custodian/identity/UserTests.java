package dev.custodian.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserTests {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	@Test
	void aLockHoldsUntilItsTimeAndAnUnlockLiftsIt() {
		User user = new User(UUID.randomUUID(), "ada", "Ada", Role.SALES, "hash", true, 3,
				NOW.plus(Duration.ofMinutes(15)), NOW, NOW, 0);
		assertThat(user.isLocked(NOW)).isTrue();
		assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(16)))).isFalse();
		assertThat(user.toAccount(NOW).locked()).isTrue();
		user.unlock();
		assertThat(user.isLocked(NOW)).isFalse();
		assertThat(user.failedAttempts).isZero();
	}
}
