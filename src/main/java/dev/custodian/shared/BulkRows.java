package dev.custodian.shared;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes many rows of one table at once, in the caller's transaction: with PostgreSQL's {@code COPY} (one
 * statement, the rows streamed as CSV), elsewhere (H2) as one JDBC batch. For the bulk paths (imports), which
 * must not go row by row through the whole stack. Values are what JDBC takes: text, numbers, booleans, UUIDs,
 * {@code byte[]} (bytea), {@link OffsetDateTime}, or null.
 */
public final class BulkRows {

	private BulkRows() {
	}

	public static void insert(DataSource dataSource, String table, List<String> columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			if (connection.isWrapperFor(PGConnection.class)) {
				copy(connection.unwrap(PGConnection.class), table, columns, rows);
				return;
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Bulk insert into " + table + " failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
		new JdbcTemplate(dataSource).batchUpdate("insert into " + table + " (" + String.join(", ", columns)
				+ ") values (" + marks + ")", rows);
	}

	private static void copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows)
			throws SQLException, IOException {
		StringBuilder csv = new StringBuilder(rows.size() * 64);
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					csv.append(',');
				}
				cell(csv, row[i]);
			}
			csv.append('\n');
		}
		connection.getCopyAPI().copyIn("copy " + table + " (" + String.join(", ", columns)
				+ ") from stdin with (format csv)", new StringReader(csv.toString()));
	}

	/** A CSV cell as COPY reads it: an unquoted empty cell is null, so text is always quoted. */
	private static void cell(StringBuilder csv, @Nullable Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof byte[] bytes) {
			csv.append("\\x").append(HexFormat.of().formatHex(bytes));
		}
		else if (value instanceof Number || value instanceof Boolean || value instanceof java.util.UUID
				|| value instanceof OffsetDateTime) {
			csv.append(value);
		}
		else {
			csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
		}
	}
}
