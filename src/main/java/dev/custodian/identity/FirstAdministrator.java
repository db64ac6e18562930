package dev.custodian.identity;

import java.security.SecureRandom;
import java.util.Base64;

import dev.custodian.shared.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no users yet) creates {@code admin} with the password from
 * {@code CUSTODIAN_ADMIN_PASSWORD}, or with a random one that is printed once, stored only as a hash, and must
 * be replaced at the first sign-in (a password that went through a log is not kept).
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserManagement users;

	private final String configuredPassword;

	FirstAdministrator(UserManagement users, @Value("${custodian.admin-password:}") String configuredPassword) {
		this.users = users;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean generated = configuredPassword.isBlank();
		String password = generated ? randomPassword() : configuredPassword;
		if (!generated) {
			Violations violations = new Violations();
			UserManagement.checkPassword(password, violations);
			if (!violations.isEmpty()) {
				throw new IllegalStateException("CUSTODIAN_ADMIN_PASSWORD " + violations.list().get(0).message());
			}
		}
		if (!users.createFirstAdmin(password, generated)) {
			return;
		}
		if (generated) {
			log.warn("""

					=====================================================================
					  Created the first user 'admin' with this generated password:
					      {}
					  It is shown only this once, and works for one sign-in: sign in as
					  admin and Custodian asks for a new password at once. (Later on,
					  change it under your name in the top bar: Change your password.)
					=====================================================================""", password);
		}
		else {
			log.info("Created the first user 'admin' with the password from CUSTODIAN_ADMIN_PASSWORD");
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
