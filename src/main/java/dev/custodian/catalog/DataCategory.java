package dev.custodian.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The fixed vocabulary of personal-data categories. Special categories are those of Art. 9 GDPR and criminal
 * data of Art. 10; both need a legal ground of their own, so the catalogue flags them.
 */
public enum DataCategory {

	IDENTITY_NAME("identity.name", null), CONTACT_EMAIL("contact.email", null), CONTACT_PHONE("contact.phone", null),
	CONTACT_ADDRESS("contact.address", null), PROFESSIONAL_JOB_TITLE("professional.job_title", null),
	DEMOGRAPHIC_BIRTH_DATE("demographic.birth_date", null), ONLINE_IP_ADDRESS("online.ip_address", null),
	ONLINE_USER_AGENT("online.user_agent", null),
	/** A secret that proves who someone is (a second-factor seed): personal, since it belongs to one person. */
	ONLINE_CREDENTIAL("online.credential", null), COMMUNICATION_CONTENT("communication.content", null),
	FINANCIAL_ACCOUNT("financial.account", null), FINANCIAL_PAYMENT("financial.payment", null),
	SPECIAL_HEALTH("special.health", "Art. 9"), SPECIAL_RELIGION("special.religion", "Art. 9"),
	SPECIAL_POLITICAL_OPINION("special.political_opinion", "Art. 9"),
	SPECIAL_ETHNIC_ORIGIN("special.ethnic_origin", "Art. 9"), SPECIAL_TRADE_UNION("special.trade_union", "Art. 9"),
	SPECIAL_SEX_LIFE("special.sex_life", "Art. 9"), SPECIAL_BIOMETRIC("special.biometric", "Art. 9"),
	SPECIAL_GENETIC("special.genetic", "Art. 9"), CRIMINAL_OFFENCES("criminal.offences", "Art. 10");

	private final String code;

	private final @Nullable String article;

	DataCategory(String code, @Nullable String article) {
		this.code = code;
		this.article = article;
	}

	/** The name used in the API, the CSV and the pages, such as {@code contact.email}. */
	public String code() {
		return code;
	}

	/** {@code Art. 9} or {@code Art. 10} for a special category, otherwise null. */
	public @Nullable String article() {
		return article;
	}

	public boolean special() {
		return article != null;
	}

	/** The category of a code such as {@code special.health}; empty for null or an unknown code. */
	public static java.util.Optional<DataCategory> ofCode(@Nullable String code) {
		return java.util.Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}

	/** The category with this code, such as {@code contact.email}. */
	public static java.util.Optional<DataCategory> fromCode(String code) {
		return java.util.Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}
}
