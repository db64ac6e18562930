package dev.custodian.customfield;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a custom field accepts, type by type, in the form it is kept; and what it says about everything else.
 */
class ValueRulesTests {

	private static CustomField field(FieldType type, String... options) {
		return new CustomField(UUID.randomUUID(), "contact", "f", "F", type, false, 0, Arrays.asList(options), false,
				null, null, Instant.EPOCH, Instant.EPOCH, 0);
	}

	private static Object valid(FieldType type, Object raw, String... options) {
		Violations violations = new Violations();
		Object value = ValueRules.parse(field(type, options), raw, violations);
		assertThat(violations.list()).as(type + " " + raw).isEmpty();
		return value;
	}

	private static String refused(FieldType type, Object raw, String... options) {
		Violations violations = new Violations();
		assertThat(ValueRules.parse(field(type, options), raw, violations)).isNull();
		assertThat(violations.list()).extracting(FieldViolation::field).containsExactly("customFields.f");
		return violations.list().get(0).message();
	}

	@Test
	void eachTypeKeepsItsValueInOneCanonicalForm() {
		assertThat(valid(FieldType.TEXT, "  hello ")).isEqualTo("hello");
		assertThat(valid(FieldType.TEXT, "   ")).isNull();
		assertThat(valid(FieldType.NUMBER, new BigDecimal("4.00"))).isEqualTo(4L);
		assertThat(valid(FieldType.NUMBER, new BigDecimal("1E+3"))).isEqualTo(1000L);
		assertThat(valid(FieldType.DECIMAL, new BigDecimal("12.50"))).isEqualTo(new BigDecimal("12.5"));
		assertThat(valid(FieldType.DECIMAL, new BigDecimal("1E+2")).toString()).isEqualTo("100");
		assertThat(valid(FieldType.DATE, "2024-02-29")).isEqualTo("2024-02-29");
		assertThat(valid(FieldType.BOOLEAN, false)).isEqualTo(false);
		assertThat(valid(FieldType.EMAIL, "a@example.org")).isEqualTo("a@example.org");
		assertThat(valid(FieldType.PHONE, "+49 30 901820")).isEqualTo("+4930901820");
		assertThat(valid(FieldType.URL, "example.org/x")).isEqualTo("https://example.org/x");
		assertThat(valid(FieldType.CHOICE, "b", "a", "b")).isEqualTo("b");
		assertThat(valid(FieldType.MULTI_CHOICE, List.of("c", "a", "c"), "a", "b", "c")).isEqualTo(List.of("a", "c"));
		assertThat(valid(FieldType.MULTI_CHOICE, List.of(), "a")).isNull();
	}

	@Test
	void everythingElseIsRefusedWithAReasonAndNoValue() {
		assertThat(refused(FieldType.TEXT, 5)).isEqualTo("must be a string");
		assertThat(refused(FieldType.TEXT, "x".repeat(501))).isEqualTo("must be at most 500 characters");
		assertThat(refused(FieldType.NUMBER, "4")).isEqualTo("must be a whole number");
		assertThat(refused(FieldType.NUMBER, new BigDecimal("4.5"))).isEqualTo("must be a whole number");
		assertThat(refused(FieldType.NUMBER, new BigDecimal("1E+999999999")))
			.isEqualTo("must be between -999999999999999999 and 999999999999999999");
		assertThat(refused(FieldType.DECIMAL, "1.5")).isEqualTo("must be a number");
		assertThat(refused(FieldType.DECIMAL, new BigDecimal("0.00000000001")))
			.isEqualTo("must have at most 10 digits after the decimal point");
		assertThat(refused(FieldType.DATE, "2023-02-29")).isEqualTo("must be a date such as 2026-01-31");
		assertThat(refused(FieldType.DATE, "29.02.2024")).isEqualTo("must be a date such as 2026-01-31");
		assertThat(refused(FieldType.BOOLEAN, "true")).isEqualTo("must be true or false");
		assertThat(refused(FieldType.EMAIL, "nope")).isEqualTo("must be an email address such as name@example.com");
		assertThat(refused(FieldType.PHONE, "030 901820"))
			.isEqualTo("must be a phone number in international form, such as +44 20 7946 0958");
		assertThat(refused(FieldType.URL, "ftp://example.org")).isEqualTo("must be a web address such as https://example.com");
		assertThat(refused(FieldType.CHOICE, "c", "a", "b")).isEqualTo("must be one of a, b");
		assertThat(refused(FieldType.MULTI_CHOICE, "a", "a")).isEqualTo("must be an array of strings");
		assertThat(refused(FieldType.MULTI_CHOICE, List.of("a", 1), "a")).isEqualTo("must be an array of strings");
		assertThat(refused(FieldType.LONG_TEXT, Map.of())).isEqualTo("must be a string");
	}

	@Test
	void unknownKeysAndMissingRequiredFieldsAreNamedToo() {
		CustomField required = new CustomField(UUID.randomUUID(), "contact", "region", "Region", FieldType.CHOICE, true,
				0, List.of("north"), false, null, null, Instant.EPOCH, Instant.EPOCH, 0);
		Map<String, @Nullable Object> given = new LinkedHashMap<>();
		given.put("shoeSize", 44);
		given.put("region", null);
		Violations violations = new Violations();
		CustomValues valid = ValueRules.check(List.of(required), new CustomValues(given), violations);
		assertThat(valid.isEmpty()).isTrue();
		assertThat(violations.list()).extracting(v -> v.field() + ": " + v.message())
			.containsExactly("customFields.shoeSize: is not a known field", "customFields.region: is required");
	}

	@Test
	void formTextBecomesTheValueItStandsFor() {
		assertThat(FormValues.raw(field(FieldType.BOOLEAN), null, true)).isEqualTo(false);
		assertThat(FormValues.raw(field(FieldType.BOOLEAN), null, false)).isNull();
		assertThat(FormValues.raw(field(FieldType.BOOLEAN), new String[] { "true" }, true)).isEqualTo(true);
		assertThat(FormValues.raw(field(FieldType.DECIMAL), new String[] { "2.5" }, true)).isEqualTo(new BigDecimal("2.5"));
		assertThat(FormValues.raw(field(FieldType.NUMBER), new String[] { "many" }, true)).isEqualTo("many");
		assertThat(FormValues.raw(field(FieldType.MULTI_CHOICE), new String[] { "a", "", "b" }, true))
			.isEqualTo(List.of("a", "b"));
		assertThat(FormValues.raw(field(FieldType.TEXT), new String[] { " " }, true)).isNull();
	}
}
