package dev.custodian.customfield;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.custodian.shared.Violations;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Removing options of a choice or multi-choice field: counts the records that hold each removed option and
 * replaces it there by the option the administrator picked (or clears it). Walks the field's values in batches,
 * opening sealed ones in memory only, so it works for personal fields too.
 */
@Component
class OptionChanges {

	private static final int BATCH = 500;

	private final Values values;

	private final Vault vault;

	OptionChanges(Values values, Vault vault) {
		this.values = values;
		this.vault = vault;
	}

	/**
	 * Applies the removal of options from {@code current} to {@code changed}: checks the replacements, refuses
	 * (409) when an option in use has none, and otherwise rewrites the records that hold one.
	 * @param replacements removed option to the option replacing it, or to {@code null} to clear the value
	 * @return the subjects of the records changed
	 * @throws dev.custodian.shared.InvalidInputException naming {@code replacements.<option>} for a replacement
	 * that is not a remaining option, or names an option not removed
	 * @throws OptionsInUseException when an option in use has no replacement
	 */
	List<UUID> apply(CustomField current, CustomField changed, Map<String, @Nullable String> replacements) {
		List<String> removed = current.options().stream().filter(o -> !changed.options().contains(o)).toList();
		Violations violations = new Violations();
		replacements.forEach((option, replacement) -> {
			if (!removed.contains(option)) {
				violations.add("replacements." + option, "names no option being removed");
			}
			else if (replacement == null ? changed.required() && changed.type() == FieldType.CHOICE
					: !changed.options().contains(replacement)) {
				violations.add("replacements." + option, "must be one of " + String.join(", ", changed.options()));
			}
		});
		violations.throwIfAny();
		if (removed.isEmpty()) {
			return List.of();
		}
		Map<String, Long> uses = count(current, removed);
		List<OptionsInUseException.OptionUse> unanswered = uses.entrySet().stream()
			.filter(use -> use.getValue() > 0 && !replacements.containsKey(use.getKey()))
			.map(use -> new OptionsInUseException.OptionUse(use.getKey(), use.getValue()))
			.toList();
		if (!unanswered.isEmpty()) {
			throw new OptionsInUseException(unanswered);
		}
		return uses.values().stream().allMatch(n -> n == 0) ? List.of() : replace(current, changed, replacements);
	}

	/** How many records hold each of the options. */
	Map<String, Long> count(CustomField field, List<String> options) {
		Map<String, Long> counts = new LinkedHashMap<>();
		options.forEach(option -> counts.put(option, 0L));
		walk(field, false, (row, value) -> held(value).stream().filter(counts::containsKey)
			.forEach(option -> counts.merge(option, 1L, Long::sum)));
		return counts;
	}

	private List<UUID> replace(CustomField current, CustomField changed, Map<String, @Nullable String> replacements) {
		List<UUID> subjects = new ArrayList<>();
		Map<UUID, KeyRing> created = new HashMap<>();
		walk(current, true, (row, value) -> {
			List<String> held = held(value);
			if (held.stream().noneMatch(replacements::containsKey)) {
				return;
			}
			List<String> now = held.stream()
				.map(option -> replacements.containsKey(option) ? replacements.get(option) : option)
				.filter(option -> option != null)
				.distinct()
				.sorted(Comparator.comparingInt(changed.options()::indexOf))
				.toList();
			subjects.add(row.subject());
			if (now.isEmpty()) {
				values.delete(row);
				return;
			}
			Object replaced = changed.type() == FieldType.CHOICE ? now.get(0) : now;
			KeyRing ring = changed.personal() ? created.computeIfAbsent(row.subject(), vault::ensureSubject) : null;
			values.rewrite(ValueCodec.encode(changed, row.recordId(), row.subject(), replaced, ring));
		});
		return subjects;
	}

	private interface Visitor {

		void visit(ValueRow row, Object value);
	}

	/**
	 * Visits every value of the field, opened (and locked, to change them); values whose key owner's key is gone
	 * are passed over.
	 */
	private void walk(CustomField field, boolean lock, Visitor visitor) {
		ValueRow after = null;
		List<ValueRow> rows;
		do {
			rows = values.ofField(field.id(), after, BATCH, lock);
			Set<UUID> owners = rows.stream().filter(r -> r.sealed() != null).map(ValueRow::subject)
				.collect(Collectors.toSet());
			KeyRing ring = owners.isEmpty() ? null : vault.ring(owners);
			for (ValueRow row : rows) {
				if (row.sealed() == null || (ring != null && ring.holds(row.subject()))) {
					visitor.visit(row, ValueCodec.decode(field, row, ring));
				}
			}
			after = rows.isEmpty() ? null : rows.get(rows.size() - 1);
		}
		while (rows.size() == BATCH);
	}

	@SuppressWarnings("unchecked")
	private static List<String> held(Object value) {
		return value instanceof List<?> list ? (List<String>) list : List.of((String) value);
	}
}
