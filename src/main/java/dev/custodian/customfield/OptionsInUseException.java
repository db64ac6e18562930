package dev.custodian.customfield;

import java.util.List;
import java.util.Map;

import dev.custodian.shared.ConflictException;

/**
 * A change would remove options of a choice field that records still hold, and names no replacement for them:
 * nothing is changed. Says how many records hold each; the change goes through once it names a replacement (or
 * that the value be cleared) for each.
 */
public class OptionsInUseException extends ConflictException {

	private final List<OptionUse> uses;

	public OptionsInUseException(List<OptionUse> uses) {
		super("Options still in use cannot be removed without a replacement; name one for each in replacements "
				+ "(null clears the value)", Map.of("optionsInUse", uses.stream()
					.map(use -> Map.<String, Object>of("option", use.option(), "records", use.records()))
					.toList()));
		this.uses = List.copyOf(uses);
	}

	public List<OptionUse> uses() {
		return uses;
	}

	/** An option to be removed and how many records hold it. */
	public record OptionUse(String option, long records) {
	}
}
