package dev.custodian.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The legal condition relied on to process a special category of personal data: one of the exceptions of
 * Art. 9(2) GDPR for the Art. 9 categories, or, for data about criminal convictions and offences (Art. 10), an
 * authorisation by Union or Member State law. The catalogue stores and shows it beside the field.
 */
public enum SpecialCategoryCondition {

	EXPLICIT_CONSENT("explicit-consent", "Art. 9(2)(a)"), EMPLOYMENT_LAW("employment-law", "Art. 9(2)(b)"),
	VITAL_INTERESTS("vital-interests", "Art. 9(2)(c)"), NOT_FOR_PROFIT_BODY("not-for-profit-body", "Art. 9(2)(d)"),
	MADE_PUBLIC("made-public", "Art. 9(2)(e)"), LEGAL_CLAIMS("legal-claims", "Art. 9(2)(f)"),
	SUBSTANTIAL_PUBLIC_INTEREST("substantial-public-interest", "Art. 9(2)(g)"),
	HEALTH_OR_SOCIAL_CARE("health-or-social-care", "Art. 9(2)(h)"), PUBLIC_HEALTH("public-health", "Art. 9(2)(i)"),
	ARCHIVING_OR_RESEARCH("archiving-or-research", "Art. 9(2)(j)"),
	/** Art. 10: processing of criminal data authorised by Union or Member State law (or under official authority). */
	AUTHORISED_BY_LAW("authorised-by-law", "Art. 10");

	private final String code;

	private final String provision;

	SpecialCategoryCondition(String code, String provision) {
		this.code = code;
		this.provision = provision;
	}

	/** The name used in the API, the CSV and the pages, such as {@code explicit-consent}. */
	public String code() {
		return code;
	}

	/** The provision, such as {@code Art. 9(2)(a)}. */
	public String provision() {
		return provision;
	}

	/** Whether this condition can be relied on for data of the given category (its article must match). */
	public boolean fits(DataCategory category) {
		String article = category.article();
		return article != null && (article.equals("Art. 9") ? provision.startsWith("Art. 9(2)") : provision.equals(article));
	}

	public static Optional<SpecialCategoryCondition> fromCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}

	/** The codes of the conditions that fit the category, in the order of the articles. */
	public static List<String> codesFor(DataCategory category) {
		return Arrays.stream(values()).filter(c -> c.fits(category)).map(SpecialCategoryCondition::code).toList();
	}
}
