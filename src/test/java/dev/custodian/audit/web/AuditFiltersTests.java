package dev.custodian.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditQuery;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AuditFiltersTests {

	@Test
	void datesAreWholeDaysInTheViewersZone() {
		AuditQuery query = new AuditFilters(null, null, null, null, " 2026-03-29 ", "2026-03-29").query(null, null);
		ZoneId zone = ZoneId.systemDefault();
		assertThat(query.from()).isEqualTo(LocalDate.of(2026, 3, 29).atStartOfDay(zone).toInstant());
		assertThat(query.to()).isEqualTo(LocalDate.of(2026, 3, 30).atStartOfDay(zone).toInstant());
	}

	@Test
	void dateTimesAreExactInstants() {
		AuditQuery query = new AuditFilters(null, null, null, null, "2026-03-29T10:15:00+02:00", "2026-03-29T09:00:00Z")
			.query(null, null);
		assertThat(query.from()).isEqualTo(Instant.parse("2026-03-29T08:15:00Z"));
		assertThat(query.to()).isEqualTo(Instant.parse("2026-03-29T09:00:00Z"));
	}

	@Test
	void blankFiltersFilterNothing() {
		AuditQuery query = new AuditFilters("", " ", null, "", "", null).query("", "");
		assertThat(query).isEqualTo(new AuditQuery(null, null, null, null, null, null, query.page()));
		assertThat(query.page().limit()).isEqualTo(50);
	}

	@Test
	void actionsAreReadInAnyCase() {
		assertThat(new AuditFilters(null, null, "delete", "api-token", null, null).query(null, null))
			.extracting(AuditQuery::action, AuditQuery::resourceType)
			.containsExactly(AuditAction.DELETE, "api-token");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> new AuditFilters("x", "a".repeat(65), "ERASE", "Contact", "2026-02-30", "noon").query("500", "%%"));
		assertThat(ex.violations()).extracting(FieldViolation::field)
			.containsExactly("subjectId", "actor", "action", "resourceType", "from", "to", "limit", "cursor");
	}

	@Test
	void aRangeMayNotEndBeforeItStarts() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> new AuditFilters(null, null, null, null, "2026-03-02", "2026-03-01").query(null, null));
		assertThat(ex.violations()).extracting(FieldViolation::field).containsExactly("to");
	}
}
