package dev.custodian.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.custodian.contact.LifecycleStage;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.UserTimeZones;
import dev.custodian.shared.Countries;
import dev.custodian.shared.PhoneNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Formatting for templates, as {@code @display} ({@code ${@display.phone(contact.phone)}}). Dates show in the
 * signed-in user's time zone, named after the time ({@code 29 Nov 2026, 14:05 CET}), so nobody has to guess
 * which clock a page means.
 */
@Component("display")
public class Display {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z",
			Locale.ENGLISH);

	/** The zone is looked up once per request, however many dates a page shows. */
	private static final String ZONE = Display.class.getName() + ".zone";

	private final UserTimeZones zones;

	Display(UserTimeZones zones) {
		this.zones = zones;
	}

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
		return instant == null ? "" : DATE_TIME.withZone(zone()).format(instant);
	}

	/** The zone dates are shown in on this request: the signed-in user's, else the installation's default. */
	public ZoneId zone() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ZONE, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId cached) {
			return cached;
		}
		CustodianPrincipal me = Navigation.signedIn();
		ZoneId zone = me == null ? zones.defaultZone() : zones.zoneOf(me.id());
		if (request != null) {
			request.setAttribute(ZONE, zone, RequestAttributes.SCOPE_REQUEST);
		}
		return zone;
	}

	public LifecycleStage[] stages() {
		return LifecycleStage.values();
	}
}
