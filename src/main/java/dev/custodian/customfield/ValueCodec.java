package dev.custodian.customfield;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.custodian.vault.KeyRing;
import org.jspecify.annotations.Nullable;

/**
 * Turns a validated value into its stored row and back. A personal field's value is sealed under the key owner's
 * data key, bound to this table, the field and the record (so it opens nowhere else); any other value goes into
 * the clear column of its type.
 */
final class ValueCodec {

	private ValueCodec() {
	}

	static ValueRow encode(CustomField field, UUID recordId, UUID subject, Object value, @Nullable KeyRing ring) {
		if (field.personal()) {
			if (ring == null) {
				throw new IllegalStateException("A personal value needs its key owner's key ring");
			}
			return new ValueRow(subject, field.recordType(), recordId, field.id(), null, null, null, null, null,
					ring.seal(subject, ValueRow.TABLE, sealedColumn(field, recordId), canonical(field, value)));
		}
		return switch (field.type()) {
			case NUMBER, DECIMAL -> row(field, recordId, subject, null, null, number(value), null, null);
			case DATE -> row(field, recordId, subject, null, null, null, LocalDate.parse((String) value), null);
			case BOOLEAN -> row(field, recordId, subject, null, null, null, null, (Boolean) value);
			case LONG_TEXT, MULTI_CHOICE -> row(field, recordId, subject, null, canonical(field, value), null, null,
					null);
			case TEXT, EMAIL, PHONE, URL, CHOICE -> row(field, recordId, subject, (String) value, null, null, null,
					null);
		};
	}

	/**
	 * The value a row holds, opened when sealed (the ring must then hold the key owner's key).
	 */
	static Object decode(CustomField field, ValueRow row, @Nullable KeyRing ring) {
		if (row.sealed() != null) {
			if (ring == null) {
				throw new IllegalStateException("A sealed value needs its key owner's key ring");
			}
			String opened = ring.open(row.subject(), ValueRow.TABLE, sealedColumn(field, row.recordId()), row.sealed());
			return fromCanonical(field, opened == null ? "" : opened);
		}
		return switch (field.type()) {
			case NUMBER -> normalised(row.number()).longValueExact();
			case DECIMAL -> normalised(row.number());
			case DATE -> String.valueOf(row.date());
			case BOOLEAN -> Boolean.TRUE.equals(row.bool());
			case LONG_TEXT -> String.valueOf(row.longText());
			case MULTI_CHOICE -> Json.strings(String.valueOf(row.longText()));
			case TEXT, EMAIL, PHONE, URL, CHOICE -> String.valueOf(row.text());
		};
	}

	/** The text a value is sealed as, and read back from with {@link #fromCanonical}. */
	@SuppressWarnings("unchecked")
	static String canonical(CustomField field, Object value) {
		return switch (field.type()) {
			case NUMBER -> String.valueOf(value);
			case DECIMAL -> ((BigDecimal) value).toPlainString();
			case BOOLEAN -> String.valueOf(value);
			case MULTI_CHOICE -> Json.write((List<String>) value);
			case TEXT, LONG_TEXT, DATE, EMAIL, PHONE, URL, CHOICE -> (String) value;
		};
	}

	static Object fromCanonical(CustomField field, String text) {
		return switch (field.type()) {
			case NUMBER -> Long.parseLong(text);
			case DECIMAL -> normalised(new BigDecimal(text));
			case BOOLEAN -> Boolean.parseBoolean(text);
			case MULTI_CHOICE -> Json.strings(text);
			case TEXT, LONG_TEXT, DATE, EMAIL, PHONE, URL, CHOICE -> text;
		};
	}

	/** What a sealed value is bound to besides its table and subject: its field and its record. */
	static String sealedColumn(CustomField field, UUID recordId) {
		return "value_sealed/" + field.id() + "/" + recordId;
	}

	static BigDecimal normalised(@Nullable BigDecimal number) {
		BigDecimal stripped = (number == null ? BigDecimal.ZERO : number).stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static BigDecimal number(Object value) {
		return value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Number) value).longValue());
	}

	private static ValueRow row(CustomField field, UUID recordId, UUID subject, @Nullable String text,
			@Nullable String longText, @Nullable BigDecimal number, @Nullable LocalDate date, @Nullable Boolean bool) {
		return new ValueRow(subject, field.recordType(), recordId, field.id(), text, longText, number, date, bool, null);
	}
}
