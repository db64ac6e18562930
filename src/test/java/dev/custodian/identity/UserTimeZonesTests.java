package dev.custodian.identity;

import java.time.ZoneId;

import dev.custodian.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class UserTimeZonesTests {

	private final JdbcClient jdbc = mock(JdbcClient.class);

	private final AuditLog audit = mock(AuditLog.class);

	@Test
	void theDefaultComesFromConfigurationElseTheServer() {
		assertThat(new UserTimeZones(jdbc, audit, "America/New_York").defaultZone())
			.isEqualTo(ZoneId.of("America/New_York"));
		assertThat(new UserTimeZones(jdbc, audit, "").defaultZone()).isEqualTo(ZoneId.systemDefault());
	}

	@Test
	void anUnknownDefaultStopsTheStartNamingTheSetting() {
		assertThatThrownBy(() -> new UserTimeZones(jdbc, audit, "Mars/Olympus_Mons"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("CUSTODIAN_DEFAULT_TIME_ZONE");
	}

	@Test
	void usersChooseFromRegionsAndUtc() {
		UserTimeZones zones = new UserTimeZones(jdbc, audit, "UTC");
		assertThat(zones.choices()).first().isEqualTo("UTC");
		assertThat(zones.choices()).contains("Europe/Berlin", "Asia/Kolkata", "America/Sao_Paulo")
			.doesNotContain("Etc/GMT+5", "CET", "EST")
			.doesNotHaveDuplicates();
	}
}
