package dev.custodian.contact;

import java.util.Arrays;
import java.util.Optional;

/**
 * How far a contact has come, from first sign-up to loyal customer.
 */
public enum LifecycleStage {

	SUBSCRIBER("subscriber", "Subscriber"), LEAD("lead", "Lead"),
	MARKETING_QUALIFIED("marketing-qualified", "Marketing-qualified lead"),
	SALES_QUALIFIED("sales-qualified", "Sales-qualified lead"), OPPORTUNITY("opportunity", "Opportunity"),
	CUSTOMER("customer", "Customer"), EVANGELIST("evangelist", "Evangelist"), OTHER("other", "Other");

	private final String code;

	private final String label;

	LifecycleStage(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** The code clients send and receive, such as {@code marketing-qualified}. */
	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<LifecycleStage> fromCode(String code) {
		return Arrays.stream(values()).filter(stage -> stage.code.equalsIgnoreCase(code.trim())).findFirst();
	}

	public static String codes() {
		return String.join(", ", Arrays.stream(values()).map(LifecycleStage::code).toList());
	}
}
