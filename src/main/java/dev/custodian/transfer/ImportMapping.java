package dev.custodian.transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which field each column of a file goes to: per column of the header row, a target ({@code firstName},
 * {@code address}-parts such as {@code city}, {@code cf.<key>} for a custom field) or none (ignored).
 */
public record ImportMapping(List<String> headers, List<@Nullable String> targets) {

	public ImportMapping {
		if (headers.size() != targets.size()) {
			throw new IllegalArgumentException("One target per column");
		}
		headers = List.copyOf(headers);
		targets = Collections.unmodifiableList(new ArrayList<>(targets));
	}

	/** A column: its position, its name in the header row, and the field it goes to (null: ignored). */
	public record Column(int index, String name, @Nullable String target) {
	}

	public List<Column> columns() {
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			columns.add(new Column(i, headers.get(i), targets.get(i)));
		}
		return columns;
	}

	/** The column mapped to the target, or -1. */
	public int columnOf(String target) {
		return targets.indexOf(target);
	}

	/** The name of the column mapped to the target, or null. */
	public @Nullable String nameOf(String target) {
		int column = columnOf(target);
		return column < 0 ? null : headers.get(column);
	}

	public boolean maps(String target) {
		return columnOf(target) >= 0;
	}

	/** The targets mapped, in column order. */
	public Set<String> mapped() {
		Set<String> mapped = new LinkedHashSet<>();
		targets.forEach(target -> {
			if (target != null) {
				mapped.add(target);
			}
		});
		return mapped;
	}

	/** The cell of a row for a target: trimmed, null when the target is not mapped or the cell is blank. */
	public @Nullable String cell(List<String> cells, String target) {
		int column = columnOf(target);
		if (column < 0 || column >= cells.size()) {
			return null;
		}
		String cell = cells.get(column).strip();
		return cell.isEmpty() ? null : cell;
	}
}
