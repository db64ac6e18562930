package dev.custodian.catalog;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * Refuses to start while a column of a table that holds data about people is undeclared. Checked are every table
 * of the application's schema with a {@code subject_id} column, every table with a {@code user_id} column and
 * {@code users} itself (users are data subjects too), {@code audit_events} (its actor is a user), and every table
 * some module declares. Read from JDBC metadata, so it works on H2 and PostgreSQL alike.
 */
@Component
@DependsOnDatabaseInitialization
class CatalogueCheck implements InitializingBean {

	private final DataSource dataSource;

	private final DataCatalogue catalogue;

	CatalogueCheck(DataSource dataSource, DataCatalogue catalogue) {
		this.dataSource = dataSource;
		this.catalogue = catalogue;
	}

	@Override
	public void afterPropertiesSet() {
		Set<String> declared = new TreeSet<>();
		Set<String> tables = new TreeSet<>(Set.of("users", "audit_events"));
		for (FieldDeclaration field : catalogue.declarations()) {
			declared.add(field.qualifiedColumn());
			tables.add(field.table());
		}
		Map<String, List<String>> schema = columnsOfSchema();
		schema.forEach((table, columns) -> {
			if (columns.contains("subject_id") || columns.contains("user_id")) {
				tables.add(table);
			}
		});
		List<String> undeclared = tables.stream()
			.flatMap(table -> schema.getOrDefault(table, List.of()).stream().map(column -> table + "." + column))
			.filter(column -> !declared.contains(column))
			.sorted()
			.toList();
		if (!undeclared.isEmpty()) {
			throw new UndeclaredColumnsException(undeclared);
		}
	}

	/** Table to columns, lower case, of the connection's current schema (the vault's own schema is not ours). */
	private Map<String, List<String>> columnsOfSchema() {
		Map<String, List<String>> columns = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
				while (rs.next()) {
					String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
					if (!table.startsWith("flyway_")) {
						columns.computeIfAbsent(table, t -> new java.util.ArrayList<>())
							.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the schema for the data catalogue check", ex);
		}
		return columns;
	}
}
