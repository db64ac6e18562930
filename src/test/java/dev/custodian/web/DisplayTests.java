package dev.custodian.web;

import java.time.Instant;
import java.time.ZoneId;

import dev.custodian.identity.UserTimeZones;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DisplayTests {

	private final UserTimeZones zones = mock(UserTimeZones.class);

	@Test
	void datesNameTheirTimeZoneAndFollowDaylightSaving() {
		when(zones.defaultZone()).thenReturn(ZoneId.of("Europe/Berlin"));
		Display display = new Display(zones);
		assertThat(display.when(Instant.parse("2026-11-29T13:05:00Z"))).isEqualTo("29 Nov 2026, 14:05 CET");
		assertThat(display.when(Instant.parse("2026-07-01T13:05:00Z"))).isEqualTo("1 Jul 2026, 15:05 CEST");
		assertThat(display.when(null)).isEmpty();
	}

	@Test
	void utcIsNamedToo() {
		when(zones.defaultZone()).thenReturn(ZoneId.of("UTC"));
		assertThat(new Display(zones).when(Instant.parse("2026-11-29T13:05:00Z"))).isEqualTo("29 Nov 2026, 13:05 UTC");
	}
}
