package dev.custodian.catalog;

import java.util.List;

/**
 * The SPI every module that stores rows implements once, next to the code that stores them: a declaration for every
 * column of its tables. The catalogue collects all beans of this type; at start-up it refuses a column of a
 * subject-bearing table (or of a declared table) that no module declared.
 */
public interface CatalogueDeclarations {

	/** The declaring module's name, such as {@code contact}. */
	String module();

	/** Every column of the module's tables, each exactly once. */
	List<FieldDeclaration> fields();

	/** The columns of a table this list declares sealed, in declaration order. */
	static List<String> sealedColumns(List<FieldDeclaration> fields, String table) {
		return fields.stream()
			.filter(f -> f.table().equals(table) && f.personal() && f.protection().sealed())
			.map(FieldDeclaration::column)
			.toList();
	}
}
