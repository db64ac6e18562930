package dev.custodian.customfield;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stored value as it is in {@code custom_field_values}: in the clear column of its type, or sealed.
 *
 * @param subject the record's key owner, under whose data key a personal value is sealed
 */
record ValueRow(UUID subject, String recordType, UUID recordId, UUID fieldId, @Nullable String text,
		@Nullable String longText, @Nullable BigDecimal number, @Nullable LocalDate date, @Nullable Boolean bool,
		byte @Nullable [] sealed) {

	static final String TABLE = "custom_field_values";

	static final String COLUMNS = "subject_id, record_type, record_id, field_id, value_text, value_long, value_number, "
			+ "value_date, value_boolean, value_sealed";

	Object[] params() {
		return new Object[] { subject, recordType, recordId, fieldId, text, longText, number, date, bool, sealed };
	}

	static ValueRow map(ResultSet rs, int row) throws SQLException {
		Object bool = rs.getObject("value_boolean");
		return new ValueRow(rs.getObject("subject_id", UUID.class), rs.getString("record_type"),
				rs.getObject("record_id", UUID.class), rs.getObject("field_id", UUID.class), rs.getString("value_text"),
				rs.getString("value_long"), rs.getBigDecimal("value_number"),
				rs.getObject("value_date", LocalDate.class), bool == null ? null : rs.getBoolean("value_boolean"),
				rs.getBytes("value_sealed"));
	}
}
