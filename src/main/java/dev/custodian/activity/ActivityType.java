package dev.custodian.activity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What kind of activity an entry of the timeline is. Meetings have attendees and emails participants (contacts and
 * users); calls and emails have a direction; calls a duration and an outcome; meetings an end and a location.
 */
public enum ActivityType {

	NOTE("note"), CALL("call"), MEETING("meeting"), EMAIL("email");

	private final String code;

	ActivityType(String code) {
		this.code = code;
	}

	/** The name in the API and the pages: {@code note}, {@code call}, {@code meeting} or {@code email}. */
	public String code() {
		return code;
	}

	public boolean hasDirection() {
		return this == CALL || this == EMAIL;
	}

	public boolean hasPeople() {
		return this == MEETING || this == EMAIL;
	}

	/** The API's name of the contacts taking part: {@code attendeeContactIds} or {@code participantContactIds}. */
	public String contactsField() {
		return this == MEETING ? "attendeeContactIds" : "participantContactIds";
	}

	/** The API's name of the users taking part: {@code attendeeUserIds} or {@code participantUserIds}. */
	public String usersField() {
		return this == MEETING ? "attendeeUserIds" : "participantUserIds";
	}

	public static Optional<ActivityType> fromCode(@Nullable String code) {
		return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(ActivityType::code).toList();
	}

	/** The directions of calls and emails. */
	public static final List<String> DIRECTIONS = List.of("inbound", "outbound");

	/** The outcomes of a call. */
	public static final List<String> OUTCOMES = List.of("connected", "left-voicemail", "no-answer", "busy",
			"wrong-number");
}
