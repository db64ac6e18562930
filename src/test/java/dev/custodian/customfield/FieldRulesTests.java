package dev.custodian.customfield;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.catalog.DataCategory;
import dev.custodian.catalog.SpecialCategoryCondition;
import dev.custodian.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A field is stored only with its classification, and a stored field keeps what identifies it and stays personal.
 */
class FieldRulesTests {

	private static final Set<String> TYPES = Set.of("contact", "company");

	private static CustomField from(CustomFieldForm form) {
		return FieldRules.from(form, UUID.randomUUID(), Instant.EPOCH, Instant.EPOCH, 0, TYPES, Set.of(), 30);
	}

	private static List<String> refused(CustomFieldForm form) {
		try {
			from(form);
		}
		catch (InvalidInputException ex) {
			return ex.violations().stream().map(v -> v.field() + ": " + v.message()).toList();
		}
		throw new AssertionError("accepted " + form);
	}

	@Test
	void aClassifiedFieldIsAcceptedWithItsDefaults() {
		CustomField special = from(new CustomFieldForm("contact", "diet", "Diet", "choice", null, null,
				List.of(" vegan ", "halal", ""), true, "special.religion", "explicit-consent"));
		assertThat(special.options()).containsExactly("vegan", "halal");
		assertThat(special.displayOrder()).isEqualTo(30);
		assertThat(special.required()).isFalse();
		assertThat(special.category()).isEqualTo(DataCategory.SPECIAL_RELIGION);
		assertThat(special.condition()).isEqualTo(SpecialCategoryCondition.EXPLICIT_CONSENT);
		assertThat(special.path()).isEqualTo("customFields.diet");
		assertThat(special.filterable()).isFalse();
		CustomField plain = from(new CustomFieldForm("company", "tier", "Tier", "text", true, 5, null, false, null, null));
		assertThat(plain.personal()).isFalse();
		assertThat(plain.category()).isNull();
		assertThat(plain.filterable()).isTrue();
	}

	@Test
	void theClassificationIsRequiredAndMustHoldTogether() {
		assertThat(refused(new CustomFieldForm("contact", "a", "A", "text", null, null, null, null, null, null)))
			.containsExactly("personal: is required: say whether the field holds personal data");
		assertThat(refused(new CustomFieldForm("contact", "a", "A", "text", null, null, null, true, null, null)))
			.containsExactly("category: is required for a personal field: name its data category");
		assertThat(refused(new CustomFieldForm("contact", "a", "A", "text", null, null, null, true, "criminal.offences",
				"explicit-consent")))
			.containsExactly("specialCategoryCondition: must be one of authorised-by-law");
		assertThat(refused(new CustomFieldForm("contact", "a", "A", "text", null, null, null, false, "contact.email",
				"explicit-consent")))
			.containsExactly("category: is only for a personal field", "specialCategoryCondition: is only for a special category");
		assertThat(refused(new CustomFieldForm("deal", "A-1", null, "text", null, -1, List.of("x"), true, "nonsense", null)))
			.containsExactly("recordType: must be one of company, contact",
					"key: must start with a lower-case letter and hold at most 40 letters, digits or underscores",
					"label: is required", "displayOrder: must be between 0 and 10000",
					"options: only choice and multi-choice fields have options", "category: must be one of "
							+ String.join(", ", java.util.Arrays.stream(DataCategory.values()).map(DataCategory::code).toList()));
		assertThat(refused(new CustomFieldForm("contact", "a", "A", "multi-choice", null, null, List.of(), false, null,
				null))).containsExactly("options: give at least one option for a choice field");
	}

	/** A deal is never a person: a field of deals may not be personal, whatever its category; a plain one may be. */
	@Test
	void aFieldOfRecordsThatAreNeverPeopleCannotBePersonal() {
		Set<String> types = Set.of("contact", "company", "deal");
		CustomFieldForm personal = new CustomFieldForm("deal", "champion", "Champion's mobile", "text", null, null,
				null, true, "contact.phone", null);
		assertThatThrownBy(() -> FieldRules.from(personal, UUID.randomUUID(), Instant.EPOCH, Instant.EPOCH, 0, types,
				Set.of("deal"), 30))
			.isInstanceOfSatisfying(dev.custodian.shared.InvalidInputException.class,
					ex -> assertThat(ex.violations()).extracting(v -> v.field() + ": " + v.message())
						.containsExactly("personal: cannot be personal on deal records: they are not people, so its "
								+ "values would belong to no one; keep personal data on the contact"));
		CustomField plain = FieldRules.from(new CustomFieldForm("deal", "segment", "Segment", "text", null, null, null,
				false, null, null), UUID.randomUUID(), Instant.EPOCH, Instant.EPOCH, 0, types, Set.of("deal"), 30);
		assertThat(plain.personal()).isFalse();
	}

	@Test
	void aStoredFieldKeepsWhatIdentifiesItAndStaysPersonal() {
		CustomField current = from(new CustomFieldForm("contact", "a", "A", "text", null, null, null, true,
				"identity.name", null));
		CustomField changed = from(new CustomFieldForm("company", "b", "B", "number", null, null, null, false, null,
				null));
		assertThatThrownBy(() -> FieldRules.checkChange(current, changed)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).byField().keySet())
				.containsExactly("recordType", "key", "type", "personal"));
		FieldRules.checkChange(changed, from(new CustomFieldForm("company", "b", "Renamed", "number", true, 1, null,
				true, "financial.account", null)));
	}
}
