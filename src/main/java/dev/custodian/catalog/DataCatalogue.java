package dev.custodian.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live data catalogue: every declaration of every module, with fill counts and the minimisation report.
 */
@Service
public class DataCatalogue {

	/** The catalogue's name of a custom field is this prefix and its key, such as {@code customFields.region}. */
	public static final String CUSTOM_FIELD_PREFIX = "customFields.";

	/** Fields filled in fewer records than this share are listed as candidates for dropping. */
	static final double RARELY_FILLED = 0.05;

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	private final List<CatalogueDeclarations> modules;

	private final JdbcClient jdbc;

	DataCatalogue(List<CatalogueDeclarations> modules, JdbcClient jdbc) {
		this.modules = modules.stream().sorted(Comparator.comparing(CatalogueDeclarations::module)).toList();
		this.jdbc = jdbc;
	}

	/** Every declared column, unchecked by permission: the start-up check and the modules' own guards use it. */
	public List<FieldDeclaration> declarations() {
		return modules.stream().flatMap(m -> m.fields().stream()).toList();
	}

	/**
	 * Every declared column with its fill count, by module and declaration order. Counts use {@code count(column)}
	 * on the stored value, so sealed values are never opened.
	 */
	@PreAuthorize("hasAnyAuthority('audit:read', 'user:admin')")
	@Transactional(readOnly = true)
	public List<CatalogueEntry> entries() {
		Map<String, Long> rows = new HashMap<>();
		List<CatalogueEntry> entries = new ArrayList<>();
		for (CatalogueDeclarations module : modules) {
			for (FieldDeclaration f : module.fields()) {
				FieldDeclaration.SharedColumn share = f.share();
				long records = rows.computeIfAbsent(share == null ? f.table() : share.recordsTable(),
						t -> count("count(*)", t));
				long filled = share == null ? count("count(" + identifier(f.column()) + ")", f.table())
						: jdbc.sql("select count(*) from " + identifier(f.table()) + " where "
								+ identifier(share.keyColumn()) + " = ?")
							.param(share.key())
							.query(Long.class)
							.single();
				entries.add(new CatalogueEntry(module.module(), f.recordType(), f.field(), f.table(), f.column(),
						f.category() == null ? null : f.category().code(), f.specialCategory(),
						f.condition() == null ? null : f.condition().code(), f.protection().code(),
						f.notPersonalReason(), f.purposes(), f.retention(), filled, records));
			}
		}
		return entries;
	}

	/**
	 * The minimisation report over the given entries: special-category fields, personal fields stored in the clear,
	 * personal fields filled in under 5 % of a non-empty table's records, and custom fields that no purpose uses.
	 */
	public static List<MinimisationFinding> minimisation(List<CatalogueEntry> entries) {
		List<MinimisationFinding> findings = new ArrayList<>();
		for (CatalogueEntry e : entries) {
			if (e.field().startsWith(CUSTOM_FIELD_PREFIX) && e.purposes().isEmpty()) {
				findings.add(finding(e, "no-purpose"));
			}
			if (e.category() == null) {
				continue;
			}
			if (e.specialCategory()) {
				findings.add(finding(e, "special-category",
						DataCategory.valueOf(e.category().replace('.', '_').toUpperCase(java.util.Locale.ROOT))
							.article()));
			}
			if (e.protection().equals(Protection.CLEAR.code())
					|| e.protection().equals(Protection.AWAITING_SEALING.code()) && e.filled() > 0) {
				findings.add(finding(e, "personal-in-clear"));
			}
			if (e.records() > 0 && e.filled() < RARELY_FILLED * e.records()) {
				findings.add(finding(e, "rarely-filled", String.valueOf(e.filled() * 100 / e.records())));
			}
		}
		return findings;
	}

	private static MinimisationFinding finding(CatalogueEntry e, String reason, String... arguments) {
		return new MinimisationFinding(e.recordType(), e.field(), e.table(), e.column(), reason, List.of(arguments));
	}

	private long count(String expression, String table) {
		return jdbc.sql("select " + expression + " from " + identifier(table)).query(Long.class).single();
	}

	// Table and column names come from declarations in code, never from a request; checked all the same.
	private static String identifier(String name) {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalStateException("Not a plain SQL identifier: " + name);
		}
		return name;
	}
}
