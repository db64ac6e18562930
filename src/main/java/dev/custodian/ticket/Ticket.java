package dev.custodian.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.custodian.shared.Ids;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A support ticket. Built only from a validated form, and changed only through {@link #changed}, which refuses an
 * illegal status move (see {@link TicketStatus}) and keeps the SLA clocks in step with the status and priority.
 *
 * @param requesterId the contact who asked, who is also the data subject of the subject and description
 * @param subject null once the requester was erased
 * @param requesterErasedAt when the requester was erased; the ticket stays, without their words, for statistics
 * @param restrictedAt since when the requester's processing is restricted (Art. 18); null when it is not
 */
public record Ticket(TicketId id, long number, UUID requesterId, @Nullable String subject,
		@Nullable String description, TicketStatus status, TicketPriority priority, TicketChannel channel,
		@Nullable UUID assigneeId, List<String> tags, SlaClock sla, Instant createdAt, Instant updatedAt, long version,
		@Nullable Instant restrictedAt, @Nullable Instant requesterErasedAt) {

	/** At most this many tags, each at most {@link #TAG_LENGTH} characters. */
	public static final int MAX_TAGS = 10;

	public static final int TAG_LENGTH = 30;

	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");

	public Ticket {
		tags = List.copyOf(tags);
	}

	/** The data subject of the ticket's personal values: its requester. */
	public UUID subjectId() {
		return requesterId;
	}

	public boolean restricted() {
		return restrictedAt != null;
	}

	public boolean requesterErased() {
		return requesterErasedAt != null;
	}

	/** "#123". */
	public String reference() {
		return "#" + number;
	}

	/** "#123 Printer on fire", or only the number once the subject is erased. */
	public String label() {
		return subject == null ? reference() : reference() + " " + subject;
	}

	public SlaState slaState(Instant now) {
		return sla.state(createdAt, now);
	}

	/** A new ticket from a form, its clocks started under the target of its priority. */
	static Ticket opened(TicketForm form, TicketId id, long number, Instant now, java.util.function.Function<TicketPriority, SlaTarget> targets,
			Violations violations) {
		Fields fields = Fields.read(form, null, violations);
		UUID requester = Ids.optional(form.requesterId(), "requesterId", violations);
		if (requester == null && !violations.has("requesterId")) {
			violations.add("requesterId", "is required");
		}
		if (form.status() != null && !form.status().isBlank() && !form.status().strip().equals("new")) {
			violations.add("status", "a new ticket starts as new");
		}
		return new Ticket(id, number, requester == null ? new UUID(0, 0) : requester, fields.subject,
				fields.description, TicketStatus.NEW, fields.priority, fields.channel, fields.assignee, fields.tags,
				SlaClock.start(now, targets.apply(fields.priority)), now, now, 0, null, null);
	}

	/**
	 * This ticket changed to the form's values at {@code now}: the status move must be legal (a closed ticket takes
	 * no change at all), a new priority retargets the clocks, and the requester cannot change.
	 */
	Ticket changed(TicketForm form, Instant now, java.util.function.Function<TicketPriority, SlaTarget> targets,
			Violations violations) {
		if (status == TicketStatus.CLOSED) {
			violations.add("status", "the ticket is closed; a closed ticket is final");
		}
		Fields fields = Fields.read(form, this, violations);
		if (form.requesterId() != null && !form.requesterId().strip().equals(requesterId.toString())) {
			violations.add("requesterId", "cannot be changed; open a new ticket for another requester");
		}
		TicketStatus target = status;
		String rawStatus = Text.clean(form.status());
		if (rawStatus == null) {
			violations.add("status", "is required");
		}
		else {
			target = TicketStatus.fromCode(rawStatus).orElse(status);
			if (TicketStatus.fromCode(rawStatus).isEmpty()) {
				violations.add("status", "must be one of " + TicketStatus.codes());
			}
			else if (!status.mayMoveTo(target)) {
				violations.add("status", "cannot move from " + status.code() + " to " + target.code());
			}
		}
		SlaClock clock = fields.priority == priority ? sla : sla.retargeted(createdAt, targets.apply(fields.priority));
		clock = clock.moved(status, target, now);
		return new Ticket(id, number, requesterId, fields.subject, fields.description, target, fields.priority,
				fields.channel, fields.assignee, fields.tags, clock, createdAt, now, version + 1, restrictedAt,
				requesterErasedAt);
	}

	/** The first outbound email or call on the ticket, counted as the first response when there was none. */
	Ticket responded(Instant at) {
		return new Ticket(id, number, requesterId, subject, description, status, priority, channel, assigneeId, tags,
				sla.responded(at), createdAt, updatedAt, version, restrictedAt, requesterErasedAt);
	}

	/** Tags trimmed, lower-cased and without repeats, letters, digits, - and _ only. */
	static List<String> tags(List<String> raw, Violations violations) {
		List<String> tags = new ArrayList<>();
		for (String value : raw) {
			String tag = Text.clean(value);
			if (tag == null) {
				continue;
			}
			tag = tag.toLowerCase(Locale.ROOT).replace(' ', '-');
			if (tag.length() > TAG_LENGTH || !TAG.matcher(tag).matches()) {
				violations.add("tags", "each tag must be at most " + TAG_LENGTH
						+ " letters, digits, - or _, starting with a letter or digit");
				return List.of();
			}
			if (!tags.contains(tag)) {
				tags.add(tag);
			}
		}
		if (tags.size() > MAX_TAGS) {
			violations.add("tags", "must be at most " + MAX_TAGS + " tags");
		}
		return tags;
	}

	/** The fields a create and a change read alike. */
	private record Fields(@Nullable String subject, @Nullable String description, TicketPriority priority,
			TicketChannel channel, @Nullable UUID assignee, List<String> tags) {

		static Fields read(TicketForm form, @Nullable Ticket current, Violations violations) {
			String subject = Text.limited(form.subject(), 200, "subject", violations);
			if (subject == null && (current == null || current.subject() != null)) {
				violations.add("subject", "is required");
			}
			String description = Text.limited(form.description(), 10_000, "description", violations);
			TicketPriority priority = current == null ? TicketPriority.NORMAL : current.priority();
			String rawPriority = Text.clean(form.priority());
			if (rawPriority != null) {
				priority = TicketPriority.fromCode(rawPriority).orElse(priority);
				if (TicketPriority.fromCode(rawPriority).isEmpty()) {
					violations.add("priority", "must be one of " + TicketPriority.codes());
				}
			}
			TicketChannel channel = current == null ? TicketChannel.EMAIL : current.channel();
			String rawChannel = Text.clean(form.channel());
			if (rawChannel == null) {
				violations.add("channel", "must be one of " + TicketChannel.codes());
			}
			else {
				channel = TicketChannel.fromCode(rawChannel).orElse(channel);
				if (TicketChannel.fromCode(rawChannel).isEmpty()) {
					violations.add("channel", "must be one of " + TicketChannel.codes());
				}
			}
			UUID assignee = Ids.optional(form.assigneeId(), "assigneeId", violations);
			return new Fields(subject, description, priority, channel, assignee, Ticket.tags(form.tagsOrNone(), violations));
		}
	}
}
