package dev.custodian.identity;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and token settings ({@code custodian.security.*}).
 * @param lockoutThreshold failed sign-ins (wrong passwords and wrong codes alike) in a row that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param tokenLifetime default lifetime of a new API token
 * @param maxTokenLifetime the longest lifetime a client may ask for
 * @param mfaRequiredRoles roles whose users must use a second factor; they are sent to enrolment at sign-in
 * @param rememberDeviceFor how long a browser remembered after a second factor skips it (at most 30 days)
 */
@ConfigurationProperties("custodian.security")
record SecuritySettings(@DefaultValue("5") int lockoutThreshold, @DefaultValue("PT15M") Duration lockoutDuration,
		@DefaultValue("P90D") Duration tokenLifetime, @DefaultValue("P365D") Duration maxTokenLifetime,
		@DefaultValue("ADMIN,DPO") Set<Role> mfaRequiredRoles, @DefaultValue("P30D") Duration rememberDeviceFor) {

	static final Duration LONGEST_REMEMBERED_DEVICE = Duration.ofDays(30);

	SecuritySettings {
		if (rememberDeviceFor.isNegative() || rememberDeviceFor.compareTo(LONGEST_REMEMBERED_DEVICE) > 0) {
			throw new IllegalArgumentException(
					"custodian.security.remember-device-for must be between 0 and 30 days (P30D)");
		}
		mfaRequiredRoles = Set.copyOf(mfaRequiredRoles);
	}

	boolean requiresSecondFactor(Role role) {
		return mfaRequiredRoles.contains(role);
	}
}
