package dev.custodian.ticket;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-level targets per priority, read by everyone who reads tickets and set by administrators. The four
 * targets are versioned together, so a change guarded by the version read replaces exactly what was read. A change
 * applies to tickets opened or re-prioritised afterwards; deadlines already set stay.
 */
@Service
public class SlaTargets {

	/** The longest target accepted: a year, in minutes. */
	public static final int MAX_MINUTES = 525_600;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	SlaTargets(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The targets, one per priority, and their version. */
	public record Set(List<SlaTarget> targets, long version) {

		public Set {
			targets = List.copyOf(targets);
		}

		public SlaTarget of(TicketPriority priority) {
			return targets.stream().filter(t -> t.priority() == priority).findFirst().orElseThrow();
		}
	}

	@PreAuthorize("hasAuthority('ticket:read') or hasAuthority('user:admin')")
	@Transactional(readOnly = true)
	public Set current() {
		return read();
	}

	/**
	 * Replaces the targets, each priority's given exactly once.
	 * @throws dev.custodian.shared.InvalidInputException naming every invalid target, as {@code targets[i].field}
	 * @throws StaleVersionException when the targets are no longer at {@code expectedVersion}
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	public Set replace(List<SlaTarget> targets, long expectedVersion, Violations violations) {
		Map<TicketPriority, SlaTarget> given = new EnumMap<>(TicketPriority.class);
		for (int i = 0; i < targets.size(); i++) {
			SlaTarget target = targets.get(i);
			String at = "targets[" + i + "].";
			if (target.firstResponseMinutes() < 1 || target.firstResponseMinutes() > MAX_MINUTES) {
				violations.add(at + "firstResponseMinutes", "must be between 1 and " + MAX_MINUTES);
			}
			if (target.resolutionMinutes() < 1 || target.resolutionMinutes() > MAX_MINUTES) {
				violations.add(at + "resolutionMinutes", "must be between 1 and " + MAX_MINUTES);
			}
			else if (target.resolutionMinutes() < target.firstResponseMinutes()) {
				violations.add(at + "resolutionMinutes", "must not be shorter than the first response target");
			}
			if (given.put(target.priority(), target) != null) {
				violations.add(at + "priority", "is given twice");
			}
		}
		if (given.size() != TicketPriority.values().length && !violations.has("targets")) {
			violations.add("targets", "must give one target for each priority: " + TicketPriority.codes());
		}
		violations.throwIfAny();
		Set current = jdbcLocked();
		if (current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		long version = expectedVersion + 1;
		for (SlaTarget target : given.values()) {
			jdbc.sql("update sla_targets set first_response_minutes = ?, resolution_minutes = ?, updated_at = ?, "
					+ "version = ? where priority = ?")
				.params(target.firstResponseMinutes(), target.resolutionMinutes(), DbTime.param(DbTime.now()), version,
						target.priority().rank())
				.update();
		}
		audit.record(AuditAction.UPDATE, "sla-targets", null, List.of());
		return read();
	}

	/** The targets, for the ticket module's own use (no permission needed: they are configuration). */
	Set read() {
		List<SlaTarget> targets = new ArrayList<>();
		long[] version = { 0 };
		jdbc.sql("select priority, first_response_minutes, resolution_minutes, version from sla_targets order by priority")
			.query(rs -> {
				targets.add(new SlaTarget(TicketPriority.ofRank(rs.getInt(1)), rs.getInt(2), rs.getInt(3)));
				version[0] = Math.max(version[0], rs.getLong(4));
			});
		return new Set(targets, version[0]);
	}

	private Set jdbcLocked() {
		jdbc.sql("select priority from sla_targets for update").query(Integer.class).list();
		return read();
	}
}
