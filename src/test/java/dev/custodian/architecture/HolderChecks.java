package dev.custodian.architecture;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import dev.custodian.catalog.FieldDeclaration;
import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.catalog.PersonalDataHolder.ExportedRecord;
import dev.custodian.catalog.PersonalDataHolder.ExportedValue;

/**
 * The two rules every personal-data holder must keep, as plain functions, so the architecture test applies them to
 * the live application and a unit test can show each one fails on a holder that breaks it.
 */
final class HolderChecks {

	private HolderChecks() {
	}

	/** The tables of the connection's schema with a {@code subject_id} column, lower case, from JDBC metadata. */
	static Set<String> tablesWithSubjectId(DataSource dataSource) {
		Set<String> tables = new TreeSet<>();
		try (Connection connection = dataSource.getConnection();
				ResultSet rs = connection.getMetaData()
					.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
			while (rs.next()) {
				if (rs.getString("COLUMN_NAME").equalsIgnoreCase("subject_id")) {
					tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return tables;
	}

	/** The tables with a subject id that no holder lists among its {@code tables()}. */
	static List<String> tablesWithoutHolder(Collection<String> tablesWithSubjectId, List<PersonalDataHolder> holders) {
		Set<String> held = new TreeSet<>();
		holders.forEach(holder -> holder.tables().forEach(table -> held.add(table.toLowerCase(Locale.ROOT))));
		return tablesWithSubjectId.stream().filter(table -> !held.contains(table)).sorted().toList();
	}

	/**
	 * What the export of a fully filled subject lacks or mislabels: every field the catalogue declares personal for
	 * one of the holder's tables must be exported, in a record of the declared record type, tagged with the declared
	 * category; a declared field the export does include must carry its declared category (none for a field not
	 * personal); and the export must hold something.
	 */
	static List<String> exportProblems(List<FieldDeclaration> declarations, PersonalDataHolder holder,
			List<ExportedRecord> export) {
		List<String> problems = new ArrayList<>();
		if (export.isEmpty()) {
			problems.add(holder.module() + " exports nothing for a subject its fixture filled");
		}
		List<FieldDeclaration> own = declarations.stream().filter(f -> holder.tables().contains(f.table())).toList();
		for (FieldDeclaration declared : own) {
			String category = declared.category() == null ? null : declared.category().code();
			List<ExportedValue> exported = export.stream()
				.filter(record -> record.recordType().equals(declared.recordType()))
				.flatMap(record -> record.values().stream())
				.filter(value -> value.field().equals(declared.field()))
				.toList();
			String name = holder.module() + ": " + declared.recordType() + "." + declared.field() + " ("
					+ declared.qualifiedColumn() + ")";
			if (declared.personal() && exported.isEmpty()) {
				problems.add(name + " is declared personal but not exported");
			}
			exported.stream()
				.filter(value -> !Objects.equals(value.category(), category))
				.findFirst()
				.ifPresent(value -> problems.add(name + " is exported as " + value.category() + ", declared "
						+ category));
		}
		return problems;
	}
}
