package dev.custodian.customfield;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.catalog.DataCategory;
import dev.custodian.shared.Violations;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a module whose records take custom fields uses: the fields of its record type, checking values, storing
 * them with a record (personal values sealed under the record's key owner's data key), reading them back, list
 * filters, and deleting a record's values. Every method sees only the fields the current user is permitted (see
 * {@code CustomFieldAccess}); storing leaves the values of other fields as they are. Work joins the caller's
 * transaction, so values are stored, changed and deleted atomically with their record.
 */
@Service
public class CustomFields {

	/** Query and form parameters that filter or fill a custom field are named this prefix and the field's key. */
	public static final String PARAMETER_PREFIX = "cf.";

	private static final Logger log = LoggerFactory.getLogger(CustomFields.class);

	/** The resource type of the audit entry that records a read of special-category values, by category. */
	public static final String SPECIAL_CATEGORY_READ = "special-category";

	private final Definitions definitions;

	private final Values values;

	private final Vault vault;

	private final CustomFieldAccess access;

	private final AuditLog audit;

	CustomFields(Definitions definitions, Values values, Vault vault, CustomFieldAccess access, AuditLog audit) {
		this.definitions = definitions;
		this.values = values;
		this.vault = vault;
		this.access = access;
		this.audit = audit;
	}

	/** The fields of the record type the current user may see and fill, in display order. */
	@Transactional(readOnly = true)
	public List<CustomField> fieldsOf(String recordType) {
		return definitions.of(recordType).stream().filter(access::permitted).toList();
	}

	/**
	 * Checks values against the record type's fields, adding a violation named {@code customFields.<key>} for each
	 * unknown key, wrong type, choice outside the options and missing required field; nothing is stored.
	 * @return the valid values, in canonical form
	 */
	@Transactional(readOnly = true)
	public CustomValues validate(String recordType, CustomValues given, Violations violations) {
		refuseWithheld(recordType, given);
		return ValueRules.check(fieldsOf(recordType), given, violations);
	}

	/** Checks a record's values as {@link #validate} does, against definitions read once. */
	public interface ValueCheck {

		CustomValues check(CustomValues given, Violations violations);
	}

	/**
	 * A check of the record type's values against its fields as they are now, read once: for checking many records
	 * (an import's batch) without reading the definitions for each.
	 */
	@Transactional(readOnly = true)
	public ValueCheck checker(String recordType) {
		List<CustomField> all = definitions.of(recordType);
		List<CustomField> permitted = all.stream().filter(access::permitted).toList();
		return (given, violations) -> {
			for (CustomField field : all) {
				if (given.values().containsKey(field.key()) && !permitted.contains(field)) {
					throw new SpecialCategoryDeniedException(field.path());
				}
			}
			return ValueRules.check(permitted, given, violations);
		};
	}

	/**
	 * Stores a record's values, replacing those of every field the current user may fill (a field given no value
	 * has none afterwards). Personal values are sealed under the data key of {@code keyOwner}, which is created
	 * when it has none yet. The caller holds the record's row lock.
	 * @param keyOwner the data subject the record's personal values belong to: the contact, the company
	 * @throws dev.custodian.shared.InvalidInputException naming every invalid value; nothing is stored
	 */
	@Transactional
	public CustomValues store(String recordType, UUID recordId, UUID keyOwner, CustomValues given) {
		refuseWithheld(recordType, given);
		List<CustomField> fields = fieldsOf(recordType);
		Violations violations = new Violations();
		CustomValues valid = ValueRules.check(fields, given, violations);
		violations.throwIfAny();
		boolean seals = fields.stream().anyMatch(f -> f.personal() && valid.get(f.key()) != null);
		KeyRing ring = seals ? vault.ensureSubject(keyOwner) : null;
		List<ValueRow> rows = new ArrayList<>();
		for (CustomField field : fields) {
			Object value = valid.get(field.key());
			if (value != null) {
				rows.add(ValueCodec.encode(field, recordId, keyOwner, value, ring));
			}
		}
		values.replace(recordType, recordId, fields.stream().map(CustomField::id).toList(), rows);
		return valid;
	}

	/**
	 * The values of the given records, opened, for those who may read or change records of the type. A record
	 * without values maps to {@link CustomValues#NONE}; values whose key owner's key is gone (an erased person a
	 * restored backup brought back) are left out.
	 */
	@PreAuthorize("hasAuthority(#recordType + ':read') or hasAuthority(#recordType + ':write')")
	@Transactional
	public Map<UUID, CustomValues> valuesOf(String recordType, Collection<UUID> recordIds) {
		return read(recordType, recordIds);
	}

	/** The values of one record; see {@link #valuesOf(String, Collection)}. */
	@PreAuthorize("hasAuthority(#recordType + ':read') or hasAuthority(#recordType + ':write')")
	@Transactional
	public CustomValues valuesOf(String recordType, UUID recordId) {
		return read(recordType, List.of(recordId)).get(recordId);
	}

	/**
	 * Deletes every value of a record, of every field, in the caller's transaction: the record is being deleted
	 * or erased. Sealed values are gone for good once the key owner's key is shredded.
	 * @return how many values were deleted
	 */
	@Transactional
	public int deleteValuesOf(String recordType, UUID recordId) {
		return values.deleteRecord(recordType, recordId);
	}

	/**
	 * Reads the list filters among request parameters ({@code cf.<key>=<value>}; an empty value filters nothing).
	 * @throws dev.custodian.shared.InvalidInputException naming {@code cf.<key>} for an unknown key, a field that
	 * cannot be filtered on (a personal one, whose values are sealed, or a long text), a value the field cannot
	 * hold, or a filter given twice
	 */
	@Transactional(readOnly = true)
	public CustomFieldFilter filter(String recordType, Map<String, String[]> parameters) {
		return ListFilters.of(fieldsOf(recordType), parameters);
	}

	/**
	 * Reads the values a record's page form sends ({@code cf.<key>} for each field the current user may fill;
	 * an unticked checkbox sends nothing and means {@code false}), unchecked: {@link #validate} and
	 * {@link #store} say what is wrong.
	 */
	@Transactional(readOnly = true)
	public CustomValues fromForm(String recordType, Map<String, String[]> parameters) {
		Map<String, @Nullable Object> given = new LinkedHashMap<>();
		for (CustomField field : fieldsOf(recordType)) {
			given.put(field.key(), FormValues.raw(field, parameters.get(PARAMETER_PREFIX + field.key()), true));
		}
		return new CustomValues(given);
	}

	/**
	 * Reads values from a spreadsheet's cells, by field key, unchecked ({@link #validate} says what is wrong): only
	 * the keys given, so a field a file does not have stays out. A multi-choice cell lists its options separated by
	 * semicolons or commas; a yes/no cell reads yes, no, true, false, 1, 0, ja, nein, x or blank.
	 */
	@Transactional(readOnly = true)
	public CustomValues fromCells(String recordType, Map<String, String> cells) {
		Map<String, CustomField> fields = fieldsOf(recordType).stream()
			.collect(Collectors.toMap(CustomField::key, field -> field));
		Map<String, @Nullable Object> given = new LinkedHashMap<>();
		cells.forEach((key, cell) -> {
			CustomField field = fields.get(key);
			if (field == null) {
				given.put(key, cell);
				return;
			}
			String[] values = field.type() == FieldType.MULTI_CHOICE ? cell.split("[;,]") : new String[] { cell };
			if (field.type() == FieldType.BOOLEAN) {
				values = new String[] { switch (cell.strip().toLowerCase(java.util.Locale.ROOT)) {
					case "yes", "y", "1", "ja", "x", "true" -> "true";
					case "no", "n", "0", "nein", "false" -> "false";
					default -> cell;
				} };
			}
			Object raw = FormValues.raw(field, java.util.Arrays.stream(values).map(String::strip).toArray(String[]::new),
					false);
			given.put(key, raw);
		});
		return new CustomValues(given);
	}

	private Map<UUID, CustomValues> read(String recordType, Collection<UUID> recordIds) {
		List<CustomField> fields = fieldsOf(recordType);
		Map<UUID, CustomField> byId = fields.stream().collect(Collectors.toMap(CustomField::id, f -> f));
		List<ValueRow> rows = values.ofRecords(recordType, recordIds).stream()
			.filter(row -> byId.containsKey(row.fieldId()))
			.toList();
		Set<UUID> owners = rows.stream().filter(row -> row.sealed() != null).map(ValueRow::subject)
			.collect(Collectors.toSet());
		KeyRing ring = owners.isEmpty() ? null : vault.ring(owners);
		Map<UUID, Map<UUID, Object>> byRecord = new HashMap<>();
		Map<DataCategory, Set<UUID>> specialRead = new TreeMap<>();
		for (ValueRow row : rows) {
			if (row.sealed() != null && (ring == null || !ring.holds(row.subject()))) {
				log.warn("A custom value of record {} has no data key (erased); it is not shown", row.recordId());
				continue;
			}
			CustomField field = byId.get(row.fieldId());
			if (field.specialCategory()) {
				specialRead.computeIfAbsent(field.category(), c -> new LinkedHashSet<>()).add(row.subject());
			}
			byRecord.computeIfAbsent(row.recordId(), id -> new HashMap<>())
				.put(row.fieldId(), ValueCodec.decode(byId.get(row.fieldId()), row, ring));
		}
		Map<UUID, CustomValues> result = new LinkedHashMap<>();
		for (UUID recordId : recordIds) {
			Map<UUID, Object> found = byRecord.getOrDefault(recordId, Map.of());
			Map<String, @Nullable Object> ordered = new LinkedHashMap<>();
			fields.stream().filter(f -> found.containsKey(f.id())).forEach(f -> ordered.put(f.key(), found.get(f.id())));
			result.put(recordId, ordered.isEmpty() ? CustomValues.NONE : new CustomValues(ordered));
		}
		// every read of a special-category value is audited with its category (the entry holds no value)
		specialRead.forEach((category, subjects) -> audit.record(AuditAction.READ, SPECIAL_CATEGORY_READ,
				category.code(), subjects));
		return result;
	}

	/**
	 * Refuses values for special-category fields the caller's role is not granted: such a field does not exist for
	 * them, and setting it is a 403 naming it rather than an unknown key.
	 */
	private void refuseWithheld(String recordType, CustomValues given) {
		for (CustomField field : definitions.of(recordType)) {
			if (given.values().containsKey(field.key()) && !access.permitted(field)) {
				throw new SpecialCategoryDeniedException(field.path());
			}
		}
	}
}
