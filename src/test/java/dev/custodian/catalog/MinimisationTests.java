package dev.custodian.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The minimisation report lists each field once per reason and says why; declarations must say what they are,
 * and a special category's condition must be one its article allows.
 */
class MinimisationTests {

	@Test
	void listsSpecialCategoriesPersonalDataInTheClearAndRarelyFilledFieldsWithTheirReason() {
		List<MinimisationFinding> findings = DataCatalogue.minimisation(List.of(
				entry("allergies", "special.health", true, "sealed", 50, 100),
				entry("convictions", "criminal.offences", true, "sealed", 50, 100),
				entry("nickname", "identity.name", false, "clear", 50, 100),
				entry("fax", "contact.phone", false, "sealed", 4, 100),
				entry("email", "contact.email", false, "sealed+exact", 5, 100),
				entry("empty", "contact.phone", false, "sealed", 0, 0),
				entry("domain", null, false, "clear", 0, 100),
				entry("customFields.region", null, false, "clear", 80, 100),
				entry("customFields.diet", "special.religion", true, "sealed", 2, 100)));

		assertThat(findings).extracting(f -> f.field() + ":" + f.reason() + ":" + f.arguments())
			.containsExactly("allergies:special-category:[Art. 9]", "convictions:special-category:[Art. 10]",
					"nickname:personal-in-clear:[]", "fax:rarely-filled:[4]", "customFields.region:no-purpose:[]",
					"customFields.diet:no-purpose:[]", "customFields.diet:special-category:[Art. 9]",
					"customFields.diet:rarely-filled:[2]");
	}

	@Test
	void aSpecialCategoryConditionFitsOnlyItsArticle() {
		assertThat(SpecialCategoryCondition.codesFor(DataCategory.SPECIAL_HEALTH)).hasSize(10)
			.contains("explicit-consent", "health-or-social-care")
			.doesNotContain("authorised-by-law");
		assertThat(SpecialCategoryCondition.codesFor(DataCategory.CRIMINAL_OFFENCES)).containsExactly("authorised-by-law");
		assertThat(SpecialCategoryCondition.codesFor(DataCategory.CONTACT_EMAIL)).isEmpty();
		assertThat(new FieldDeclaration("contact", "customFields.allergies", "custom_field_values", "value_sealed",
				DataCategory.SPECIAL_HEALTH, Protection.SEALED, null, List.of(), null,
				SpecialCategoryCondition.EXPLICIT_CONSENT, null).condition())
			.isEqualTo(SpecialCategoryCondition.EXPLICIT_CONSENT);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FieldDeclaration("contact", "customFields.mail", "custom_field_values",
					"value_sealed", DataCategory.CONTACT_EMAIL, Protection.SEALED, null, List.of(), null,
					SpecialCategoryCondition.EXPLICIT_CONSENT, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FieldDeclaration("contact", "customFields.record", "custom_field_values",
					"value_sealed", DataCategory.CRIMINAL_OFFENCES, Protection.SEALED, null, List.of(), null,
					SpecialCategoryCondition.EXPLICIT_CONSENT, null));
	}

	@Test
	void aDeclarationIsEitherPersonalWithACategoryOrNotPersonalWithAReason() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FieldDeclaration("contact", "x", "contacts", "x", null, Protection.CLEAR, null,
					List.of(), null))
			.withMessageContaining("contacts.x");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FieldDeclaration("contact", "x", "contacts", "x", null, Protection.SEALED, "why",
					List.of(), null));
		assertThat(DataCategory.SPECIAL_GENETIC.special()).isTrue();
		assertThat(DataCategory.CONTACT_EMAIL.special()).isFalse();
	}

	private static CatalogueEntry entry(String field, String category, boolean special, String protection,
			long filled, long records) {
		return new CatalogueEntry("m", "r", field, "t", field, category, special, null, protection,
				category == null ? "not personal" : null, List.of(), null, filled, records);
	}
}
