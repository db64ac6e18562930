package dev.custodian.customfield;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.custodian.catalog.DataCategory;
import dev.custodian.catalog.SpecialCategoryCondition;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a custom field's definition: what a form must say for a field to be stored, above all its
 * classification, and which changes an existing field refuses.
 */
final class FieldRules {

	static final int MAX_OPTIONS = 100;

	static final int MAX_DISPLAY_ORDER = 10_000;

	private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9_]{0,39}");

	private FieldRules() {
	}

	/**
	 * Checks a form and returns the field it describes.
	 * @param recordTypes the record types that take custom fields
	 * @param notAboutPeople those of them whose records are never people, so a field of theirs is never personal
	 * @param defaultOrder the display order when the form names none
	 * @throws dev.custodian.shared.InvalidInputException naming every invalid field
	 */
	static CustomField from(CustomFieldForm form, UUID id, Instant createdAt, Instant updatedAt, long version,
			Set<String> recordTypes, Set<String> notAboutPeople, int defaultOrder) {
		Violations violations = new Violations();
		String recordType = Text.clean(form.recordType());
		if (recordType == null) {
			violations.add("recordType", "is required");
		}
		else if (!recordTypes.contains(recordType)) {
			violations.add("recordType", "must be one of " + String.join(", ", recordTypes.stream().sorted().toList()));
		}
		String key = Text.clean(form.key());
		if (key == null) {
			violations.add("key", "is required");
		}
		else if (!KEY.matcher(key).matches()) {
			violations.add("key", "must start with a lower-case letter and hold at most 40 letters, digits or "
					+ "underscores");
		}
		String label = Text.limited(form.label(), 100, "label", violations);
		if (label == null) {
			violations.add("label", "is required");
		}
		FieldType type = null;
		String rawType = Text.clean(form.type());
		if (rawType == null) {
			violations.add("type", "is required");
		}
		else {
			type = FieldType.fromCode(rawType).orElse(null);
			if (type == null) {
				violations.add("type", "must be one of " + FieldType.codes());
			}
		}
		int order = form.displayOrder() == null ? defaultOrder : form.displayOrder();
		if (order < 0 || order > MAX_DISPLAY_ORDER) {
			violations.add("displayOrder", "must be between 0 and " + MAX_DISPLAY_ORDER);
		}
		List<String> options = options(form.optionsOrEmpty(), type, violations);
		Classification classification = classification(form, violations);
		if (classification.personal() && recordType != null && notAboutPeople.contains(recordType)) {
			violations.add("personal", "cannot be personal on " + recordType + " records: they are not people, so "
					+ "its values would belong to no one; keep personal data on the contact");
		}
		violations.throwIfAny();
		return new CustomField(id, recordType, key, label, type, Boolean.TRUE.equals(form.required()), order, options,
				classification.personal(), classification.category(), classification.condition(), createdAt,
				updatedAt, version);
	}

	/**
	 * Checks a change of a stored field: what identifies it (record type, key, type) stays, and a personal field
	 * stays personal, since its values are sealed and would otherwise have to be opened into the clear.
	 * @throws dev.custodian.shared.InvalidInputException naming every refused change
	 */
	static void checkChange(CustomField current, CustomField changed) {
		Violations violations = new Violations();
		if (!current.recordType().equals(changed.recordType())) {
			violations.add("recordType", "cannot be changed");
		}
		if (!current.key().equals(changed.key())) {
			violations.add("key", "cannot be changed");
		}
		if (current.type() != changed.type()) {
			violations.add("type", "cannot be changed");
		}
		if (current.personal() && !changed.personal()) {
			violations.add("personal", "cannot be changed back to not personal: its values are sealed; delete the "
					+ "field instead");
		}
		violations.throwIfAny();
	}

	private static List<String> options(List<String> raw, @Nullable FieldType type, Violations violations) {
		List<String> options = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String option : raw) {
			String clean = Text.limited(option, 100, "options", violations);
			if (clean == null) {
				continue;
			}
			if (!seen.add(clean.toLowerCase(Locale.ROOT))) {
				violations.add("options", "must not name an option twice");
			}
			options.add(clean);
		}
		if (type != null && type.hasOptions() && options.isEmpty()) {
			violations.add("options", "give at least one option for a choice field");
		}
		if (type != null && !type.hasOptions() && !options.isEmpty()) {
			violations.add("options", "only choice and multi-choice fields have options");
		}
		if (options.size() > MAX_OPTIONS) {
			violations.add("options", "must hold at most " + MAX_OPTIONS + " options");
		}
		return options;
	}

	private record Classification(boolean personal, @Nullable DataCategory category,
			@Nullable SpecialCategoryCondition condition) {
	}

	/** Personal or not, the category of a personal field, the condition of a special category: all required. */
	private static Classification classification(CustomFieldForm form, Violations violations) {
		String rawCategory = Text.clean(form.category());
		String rawCondition = Text.clean(form.specialCategoryCondition());
		if (form.personal() == null) {
			violations.add("personal", "is required: say whether the field holds personal data");
			return new Classification(false, null, null);
		}
		if (!form.personal()) {
			if (rawCategory != null) {
				violations.add("category", "is only for a personal field");
			}
			if (rawCondition != null) {
				violations.add("specialCategoryCondition", "is only for a special category");
			}
			return new Classification(false, null, null);
		}
		DataCategory category = null;
		if (rawCategory == null) {
			violations.add("category", "is required for a personal field: name its data category");
		}
		else {
			category = DataCategory.fromCode(rawCategory).orElse(null);
			if (category == null) {
				violations.add("category", "must be one of " + Arrays.stream(DataCategory.values())
					.map(DataCategory::code)
					.collect(Collectors.joining(", ")));
			}
		}
		SpecialCategoryCondition condition = null;
		if (category != null && category.special()) {
			List<String> fitting = SpecialCategoryCondition.codesFor(category);
			if (rawCondition == null) {
				violations.add("specialCategoryCondition", "is required for a special category: name the condition "
						+ "relied on, one of " + String.join(", ", fitting));
			}
			else {
				DataCategory special = category;
				condition = SpecialCategoryCondition.fromCode(rawCondition).filter(c -> c.fits(special)).orElse(null);
				if (condition == null) {
					violations.add("specialCategoryCondition", "must be one of " + String.join(", ", fitting));
				}
			}
		}
		else if (category != null && rawCondition != null) {
			violations.add("specialCategoryCondition", "is only for a special category");
		}
		return new Classification(true, category, condition);
	}
}
