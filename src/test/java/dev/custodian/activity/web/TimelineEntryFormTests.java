package dev.custodian.activity.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.custodian.activity.Activity;
import dev.custodian.activity.ActivityChanges;
import dev.custodian.activity.ActivityType;
import dev.custodian.shared.Violations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edit form of a timeline entry opens with the entry's values in the user's zone and reads back only the fields
 * of the entry's type, keeping the stored seconds of a time or length left as shown.
 */
class TimelineEntryFormTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static Activity call() {
		Instant at = Instant.parse("2026-03-02T09:15:30Z");
		return new Activity(UUID.randomUUID(), ActivityType.CALL, at, null, "outbound", 90, "no-answer", "Try",
				"Words", null, null, List.of(), List.of(), List.of(), false, at, at, 3);
	}

	@Test
	void opensWithTheEntrysValuesInTheUsersZone() {
		TimelineEntryForm form = TimelineEntryForm.of(call(), BERLIN);
		assertThat(form.version()).isEqualTo("3");
		assertThat(form.occurredAt()).isEqualTo("2026-03-02T10:15");
		assertThat(form.durationMinutes()).isEqualTo("1");
		assertThat(form.expectedVersion()).isEqualTo(3L);
		assertThat(new TimelineEntryForm("three", null, null, null, null, null, null, null, null).expectedVersion())
			.isNull();
	}

	@Test
	void aTimeAndLengthLeftAsShownKeepTheirSecondsAndChangedOnesAreRead() {
		Activity call = call();
		Violations violations = new Violations();
		ActivityChanges kept = TimelineEntryForm.of(call, BERLIN).toChanges(call, BERLIN, violations);
		assertThat(kept).isEqualTo(ActivityChanges.of(call));
		ActivityChanges changed = new TimelineEntryForm("3", "Again", "", "2026-03-02T11:00", "2026-03-02T12:00",
				"inbound", "5", "", "Room").toChanges(call, BERLIN, violations);
		assertThat(violations.isEmpty()).isTrue();
		assertThat(changed.occurredAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
		assertThat(changed.durationSeconds()).isEqualTo(300);
		assertThat(changed.direction()).isEqualTo("inbound");
		assertThat(changed.outcome()).isNull();
		assertThat(changed.endsAt()).as("a call has no end").isNull();
		assertThat(changed.location()).as("nor a location").isNull();
	}

	@Test
	void whatCannotBeReadIsNamedUnderTheFormsFields() {
		Activity call = call();
		Violations violations = new Violations();
		new TimelineEntryForm("3", "Try", null, " ", null, "outbound", "many", null, null).toChanges(call, BERLIN,
				violations);
		assertThat(violations.list()).extracting(v -> v.field() + " " + v.message())
			.containsExactly("occurredAt is required", "durationMinutes must be a whole number");
	}
}
