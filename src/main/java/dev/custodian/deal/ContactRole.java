package dev.custodian.deal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The part a person plays in a deal. */
public enum ContactRole {

	DECISION_MAKER("decision-maker"), CHAMPION("champion"), INFLUENCER("influencer"), USER("user"), OTHER("other");

	private final String code;

	ContactRole(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<ContactRole> fromCode(String code) {
		return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(ContactRole::code).toList();
	}
}
