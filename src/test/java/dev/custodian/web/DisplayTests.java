package dev.custodian.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import dev.custodian.identity.UserTimeZones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DisplayTests {

	private final UserTimeZones zones = mock(UserTimeZones.class);

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

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

	@Test
	void germanReadersGetGermanMonthsAndZoneNamesInTheSameZone() {
		when(zones.defaultZone()).thenReturn(ZoneId.of("Europe/Berlin"));
		LocaleContextHolder.setLocale(Locale.GERMAN);
		Display display = new Display(zones);
		assertThat(display.when(Instant.parse("2026-11-29T13:05:00Z"))).isEqualTo("29. Nov. 2026, 14:05 MEZ");
		assertThat(display.when(Instant.parse("2026-03-01T13:05:00Z"))).isEqualTo("1. März 2026, 14:05 MEZ");
	}

	@Test
	void aLanguageThePagesDoNotHaveFallsBackToEnglish() {
		when(zones.defaultZone()).thenReturn(ZoneId.of("UTC"));
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(new Display(zones).when(Instant.parse("2026-11-29T13:05:00Z"))).isEqualTo("29 Nov 2026, 13:05 UTC");
		assertThat(new Display(zones).number(1234567)).isEqualTo("1,234,567");
	}

	@Test
	void countsAreGroupedAsTheLanguageDoes() {
		Display display = new Display(zones);
		assertThat(display.number(12345)).isEqualTo("12,345");
		LocaleContextHolder.setLocale(Locale.GERMAN);
		assertThat(display.number(12345)).isEqualTo("12.345");
		assertThat(display.number(null)).isEmpty();
	}

	@Test
	void moneyIsWrittenWithItsCurrencyAsTheLanguageDoes() {
		Display display = new Display(zones);
		assertThat(display.money(new BigDecimal("1234.5"), "EUR")).isEqualTo("€1,234.50");
		assertThat(display.money(new BigDecimal("1234.5"), "USD")).isEqualTo("$1,234.50");
		assertThat(display.money(new BigDecimal("1234"), "JPY")).isEqualTo("¥1,234");
		LocaleContextHolder.setLocale(Locale.GERMAN);
		// German puts the symbol after the amount, separated by a no-break space
		assertThat(display.money(new BigDecimal("1234.5"), "EUR")).isEqualTo("1.234,50\u00a0€");
		assertThat(display.money(new BigDecimal("-1234.5"), "USD")).isEqualTo("-1.234,50\u00a0$");
		assertThat(display.money(null, "EUR")).isEmpty();
	}
}
