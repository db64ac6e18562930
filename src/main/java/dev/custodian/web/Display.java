package dev.custodian.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.custodian.contact.LifecycleStage;
import dev.custodian.shared.Countries;
import dev.custodian.shared.PhoneNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Formatting for templates, as {@code @display} ({@code ${@display.phone(contact.phone)}}).
 */
@Component("display")
public class Display {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
		.withZone(ZoneId.systemDefault());

	public String phone(@Nullable String e164) {
		return PhoneNumbers.display(e164);
	}

	public String country(@Nullable String code) {
		return Countries.name(code);
	}

	public List<Countries.Country> countries() {
		return Countries.all();
	}

	public String when(@Nullable Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	public LifecycleStage[] stages() {
		return LifecycleStage.values();
	}
}
