package dev.custodian.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Values as an exported table shows them, so a spreadsheet reads them right: dates and times ISO 8601, amounts as
 * plain decimals (never 1E+3), several values joined with {@code "; "}, nothing as an empty cell.
 */
public final class ExportCells {

	private ExportCells() {
	}

	public static String of(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
		}
		if (value instanceof Instant instant) {
			return instant.toString();
		}
		if (value instanceof TemporalAccessor temporal) {
			return temporal.toString();
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(ExportCells::of).collect(Collectors.joining("; "));
		}
		if (value instanceof Enum<?> constant) {
			return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
		return value.toString();
	}
}
