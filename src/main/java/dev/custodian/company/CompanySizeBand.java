package dev.custodian.company;

import java.util.Arrays;
import java.util.Optional;

/**
 * Head-count bands, as sales teams usually segment companies.
 */
public enum CompanySizeBand {

	MICRO("1-10"), SMALL("11-50"), MEDIUM("51-200"), LARGE("201-500"), XLARGE("501-1000"), ENTERPRISE("1001-5000"),
	GLOBAL("5001+");

	private final String code;

	CompanySizeBand(String code) {
		this.code = code;
	}

	/** The code clients send and receive, such as {@code 11-50}. */
	public String code() {
		return code;
	}

	public static Optional<CompanySizeBand> fromCode(String code) {
		return Arrays.stream(values()).filter(band -> band.code.equals(code.trim())).findFirst();
	}
}
