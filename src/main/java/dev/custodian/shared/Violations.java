package dev.custodian.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Collects every problem with one input before anything is changed, so a client learns all of them at once.
 */
public final class Violations {

	private final List<FieldViolation> violations = new ArrayList<>();

	public Violations add(String field, String message) {
		violations.add(new FieldViolation(field, message));
		return this;
	}

	public Violations addAll(List<FieldViolation> more) {
		violations.addAll(more);
		return this;
	}

	public boolean has(String field) {
		return violations.stream().anyMatch(v -> v.field().equals(field));
	}

	public boolean isEmpty() {
		return violations.isEmpty();
	}

	public List<FieldViolation> list() {
		return List.copyOf(violations);
	}

	/**
	 * Reads one part of an input (a sort, a page, a filter) and collects its problems instead of stopping at them,
	 * so that the answer names every invalid field at once.
	 * @param read reads the part; may throw {@link InvalidInputException}
	 * @param fallback what to go on with when the part is invalid (the answer is a 400 anyway)
	 * @return what {@code read} returned, or {@code fallback} when it threw
	 */
	public <T extends @Nullable Object> T collect(Supplier<T> read, T fallback) {
		try {
			return read.get();
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
			return fallback;
		}
	}

	/**
	 * Throws when anything was collected; when the body itself already had problems (an unknown member, say), the
	 * record's own rules are asked too, so that the client learns of every field at once.
	 * @param rules the problems the record's rules find with the form read from the body
	 * @throws InvalidInputException naming every collected field, if there is any
	 */
	public void throwIfAnyWith(Supplier<List<FieldViolation>> rules) {
		if (!violations.isEmpty()) {
			violations.addAll(rules.get());
		}
		throwIfAny();
	}

	/**
	 * @throws InvalidInputException naming every collected field, if there is any
	 */
	public void throwIfAny() {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}
}
