package dev.custodian.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.custodian.contact.LifecycleStage;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.UserTimeZones;
import dev.custodian.shared.Countries;
import dev.custodian.shared.PhoneNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Formatting for templates, as {@code @display} ({@code ${@display.phone(contact.phone)}}). Dates show in the
 * signed-in user's time zone, named after the time ({@code 29 Nov 2026, 14:05 CET}), so nobody has to guess
 * which clock a page means; dates, counts and money are written as the request's language writes them
 * ({@code 29. Nov. 2026, 14:05 MEZ} in German).
 */
@Component("display")
public class Display {

	/** Per language: day, month name and year in the order its readers expect, with the zone's name. */
	private static final Map<Locale, DateTimeFormatter> DATE_TIME = Map.of(Locale.ENGLISH,
			DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH), Locale.GERMAN,
			DateTimeFormatter.ofPattern("d. MMM yyyy, HH:mm z", Locale.GERMAN));

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
		return instant == null ? "" : DATE_TIME.get(locale()).withZone(zone()).format(instant);
	}

	/** A count, grouped as the reader's language does (12,345 or 12.345). */
	public String number(@Nullable Number count) {
		return count == null ? "" : NumberFormat.getIntegerInstance(locale()).format(count);
	}

	/** An amount of money in its currency (an ISO 4217 code such as EUR), as the reader's language writes it. */
	public String money(@Nullable BigDecimal amount, @Nullable String currency) {
		if (amount == null || currency == null) {
			return "";
		}
		Locale locale = locale();
		NumberFormat prototype = MONEY.computeIfAbsent(locale.toLanguageTag() + " " + currency, key -> {
			NumberFormat format = NumberFormat.getCurrencyInstance(locale);
			Currency unit = Currency.getInstance(currency);
			format.setCurrency(unit);
			format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
			format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
			return format;
		});
		// formats are not thread-safe: each call formats with its own copy of the one made for locale and currency
		return ((NumberFormat) prototype.clone()).format(amount);
	}

	/** Money formats by language and currency; a few dozen at most (languages × currencies in use). */
	private static final java.util.Map<String, NumberFormat> MONEY = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * The language of the request, one of those the UI has; English outside a request, rather than the locale of
	 * the machine.
	 */
	public Locale locale() {
		Locale supported = LocaleContextHolder.getLocaleContext() == null ? null
				: Languages.supported(LocaleContextHolder.getLocale().getLanguage());
		return supported == null ? Locale.ENGLISH : supported;
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
