package dev.custodian.transfer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A mapping saved for reuse: per column name (case, accents, spaces and punctuation ignored), the field it goes
 * to. Applied to another file, it maps the columns it knows and leaves the others as they were.
 */
public record SavedMapping(UUID id, String recordType, String name, Map<String, String> columns) {

	/** The targets of a file's columns under this mapping: the saved field for a known column, else the current. */
	List<@Nullable String> applyTo(ImportMapping mapping) {
		List<@Nullable String> targets = new ArrayList<>(mapping.targets());
		for (int i = 0; i < mapping.headers().size(); i++) {
			String saved = columns.get(normalise(mapping.headers().get(i)));
			if (saved != null) {
				targets.set(i, saved.isEmpty() ? null : saved);
			}
		}
		return targets;
	}

	static String normalise(String header) {
		String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}
}
