package dev.custodian.identity;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time zone each user reads dates in. A user who has not chosen one follows the installation's default,
 * {@code custodian.default-time-zone} (the server's own zone when that is empty). Only pages use it: the API
 * answers in UTC instants.
 */
@Service
public class UserTimeZones {

	/**
	 * UTC, then the region ids (Europe/Berlin, America/New_York, …) in alphabetical order; fixed offsets and legacy
	 * aliases are left out, since a region follows its daylight-saving rules and an offset does not.
	 */
	private static final List<String> CHOICES = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
		.sorted()).toList();

	private static final Set<String> KNOWN = Set.copyOf(CHOICES);

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ZoneId defaultZone;

	UserTimeZones(JdbcClient jdbc, AuditLog audit, @Value("${custodian.default-time-zone:}") String defaultZone) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.defaultZone = defaultZone(defaultZone);
	}

	/** The zone of users who have not chosen one. */
	public ZoneId defaultZone() {
		return defaultZone;
	}

	/** The zones a user may choose from, as region ids in alphabetical order. */
	public List<String> choices() {
		return CHOICES;
	}

	/**
	 * The user's own choice, if they made one.
	 */
	@Transactional(readOnly = true)
	public Optional<ZoneId> chosenBy(UserId user) {
		return jdbc.sql("select time_zone from users where id = ?")
			.param(user.value())
			.query((rs, row) -> Optional.ofNullable(rs.getString("time_zone")))
			.optional()
			.flatMap(zone -> zone)
			.filter(KNOWN::contains)
			.map(ZoneId::of);
	}

	/** The zone the user reads dates in: their own choice, else the default. */
	public ZoneId zoneOf(UserId user) {
		return chosenBy(user).orElse(defaultZone);
	}

	/**
	 * Sets the user's own zone; blank goes back to the installation's default.
	 * @throws InvalidInputException naming {@code timeZone} when the text is no region id of {@link #choices()}
	 */
	@Transactional
	public void choose(UserId user, @Nullable String zone) {
		String cleaned = Text.clean(zone);
		if (cleaned != null && !KNOWN.contains(cleaned)) {
			// the value is not repeated: a mistyped field could hold anything
			throw InvalidInputException.of("timeZone", "is not a time zone: choose one from the list");
		}
		jdbc.sql("update users set time_zone = ? where id = ?").params(cleaned, user.value()).update();
		audit.record(AuditAction.UPDATE, "user", user.value(), List.of());
	}

	private static ZoneId defaultZone(String configured) {
		if (configured.isBlank()) {
			return ZoneId.systemDefault();
		}
		try {
			return ZoneId.of(configured.strip());
		}
		catch (DateTimeException ex) {
			throw new IllegalStateException("CUSTODIAN_DEFAULT_TIME_ZONE must be a time zone such as Europe/Berlin or "
					+ "UTC: " + ex.getMessage(), ex);
		}
	}
}
