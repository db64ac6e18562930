package dev.custodian.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and token settings ({@code custodian.security.*}).
 * @param lockoutThreshold failed sign-ins in a row that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param tokenLifetime default lifetime of a new API token
 * @param maxTokenLifetime the longest lifetime a client may ask for
 */
@ConfigurationProperties("custodian.security")
record SecuritySettings(@DefaultValue("5") int lockoutThreshold, @DefaultValue("PT15M") Duration lockoutDuration,
		@DefaultValue("P90D") Duration tokenLifetime, @DefaultValue("P365D") Duration maxTokenLifetime) {
}
