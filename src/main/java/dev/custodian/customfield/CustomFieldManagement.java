package dev.custodian.customfield;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.RetriedOnContention;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' management of custom field definitions (permission {@code user:admin}). Every change is audited
 * as a change of the {@code custom-field} with the field's id and never a value; deleting a field erases its values
 * and names the subject of every record that lost one.
 */
@Service
public class CustomFieldManagement {

	/** Audit entries name at most this many subjects each; more are spread over several entries. */
	static final int SUBJECTS_PER_ENTRY = 200;

	private final Definitions definitions;

	private final Values values;

	private final OptionChanges options;

	private final Sealing sealing;

	private final SealingJobs jobs;

	private final AuditLog audit;

	private final List<CustomizableRecordType> recordTypes;

	CustomFieldManagement(Definitions definitions, Values values, OptionChanges options, Sealing sealing,
			SealingJobs jobs, AuditLog audit, List<CustomizableRecordType> recordTypes) {
		this.definitions = definitions;
		this.values = values;
		this.options = options;
		this.sealing = sealing;
		this.jobs = jobs;
		this.audit = audit;
		this.recordTypes = recordTypes;
	}

	/** The record types that take custom fields, by name. */
	public List<String> recordTypes() {
		return List.copyOf(recordTypeNames());
	}

	/**
	 * One page of fields, by record type, display order and key; {@code recordType} null for every type.
	 * @throws InvalidInputException naming {@code cursor} when it is not one this list issued
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional(readOnly = true)
	public KeysetPage<CustomField> list(@Nullable String recordType, PageRequest page) {
		Definitions.Position after = page.cursor() == null ? null : Definitions.Position.of(page.cursor());
		List<CustomField> rows = definitions.page(recordType, after, page.limit());
		List<CustomField> items = rows.stream().limit(page.limit()).toList();
		return new KeysetPage<>(items, rows.size() > page.limit()
				? Definitions.Position.of(items.get(items.size() - 1)).encode() : null);
	}

	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional(readOnly = true)
	public ListCount count(@Nullable String recordType) {
		return ListCount.of(definitions.count(recordType));
	}

	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional(readOnly = true)
	public CustomField get(UUID id) {
		return definitions.byId(id).orElseThrow(() -> new NotFoundException("custom field", id));
	}

	/** How many records hold a value of the field: what deleting it would erase. */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional(readOnly = true)
	public long valueCount(UUID id) {
		return values.count(get(id).id());
	}

	/** The progress of sealing the field's values after it was declared personal, if that ever happened. */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional(readOnly = true)
	public Optional<SealingProgress> sealing(UUID id) {
		return jobs.latest(id);
	}

	/**
	 * Adds a field. Without a display order it comes after the record type's last.
	 * @throws InvalidInputException naming every invalid field, a missing classification included
	 * @throws ConflictException when the record type has a field with this key, naming it
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public CustomField create(CustomFieldForm form) {
		Instant now = DbTime.now();
		String recordType = Text.clean(form.recordType());
		int order = recordType == null || !recordTypeNames().contains(recordType) ? 0
				: definitions.maxDisplayOrder(recordType) + 10;
		CustomField field = FieldRules.from(form, Ids.newId(), now, now, 0, recordTypeNames(), notAboutPeople(),
				Math.min(order, FieldRules.MAX_DISPLAY_ORDER));
		definitions.idByKey(field.recordType(), field.key()).ifPresent(existing -> {
			throw new ConflictException("A custom field with this key exists already for this record type",
					Map.of("existingFieldId", existing));
		});
		definitions.insert(field);
		audit.record(AuditAction.CREATE, "custom-field", field.id(), List.of());
		return field;
	}

	/**
	 * Changes a field from its stored form: {@code changes} receives the current definition and returns the new
	 * one (a JSON Merge Patch, say). Record type, key and type stay; a personal field stays personal. A field
	 * declared personal has its values in the clear sealed by a background job ({@link #sealing}). Options that
	 * records hold can only be removed with a replacement for each.
	 * @param replacements removed option to its replacement, or to {@code null} to clear the value
	 * @throws InvalidInputException naming every invalid or refused field
	 * @throws OptionsInUseException when a removed option is in use and has no replacement
	 * @throws StaleVersionException when the field is no longer at {@code expectedVersion}
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public CustomField update(UUID id, UnaryOperator<CustomFieldForm> changes, long expectedVersion,
			Map<String, @Nullable String> replacements) {
		CustomField current = definitions.lockedById(id).orElseThrow(() -> new NotFoundException("custom field", id));
		if (current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		CustomFieldForm form = changes.apply(CustomFieldForm.of(current));
		CustomField changed = FieldRules.from(form, id, current.createdAt(), DbTime.now(), current.version() + 1,
				recordTypeNames(), notAboutPeople(), current.displayOrder());
		FieldRules.checkChange(current, changed);
		List<UUID> subjects = options.apply(current, changed, replacements);
		if (!definitions.update(changed, expectedVersion)) {
			throw new StaleVersionException(expectedVersion + 1);
		}
		if (!current.personal() && changed.personal()) {
			sealing.start(changed);
		}
		recordInChunks(AuditAction.UPDATE, id, subjects);
		return changed;
	}

	/**
	 * Deletes the field and erases its values (sealed ones are dropped with their rows); audited as a deletion of
	 * the field naming the subject of every record that held a value, never the values.
	 * @param expectedVersion the version the caller saw, or {@code null} to delete whatever is stored
	 * @return how many values were erased
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public long delete(UUID id, @Nullable Long expectedVersion) {
		CustomField current = definitions.lockedById(id).orElseThrow(() -> new NotFoundException("custom field", id));
		if (expectedVersion != null && current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		List<UUID> subjects = values.subjectsOf(id);
		int erased = values.deleteField(id);
		definitions.delete(id);
		recordInChunks(AuditAction.DELETE, id, subjects);
		return erased;
	}

	/**
	 * Everything wrong with a form, without saving anything, so adapters can report their own input problems
	 * together with these.
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	public List<FieldViolation> problemsWith(CustomFieldForm form) {
		try {
			Instant now = DbTime.now();
			FieldRules.from(form, Ids.newId(), now, now, 0, recordTypeNames(), notAboutPeople(), 0);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.violations();
		}
	}

	/** One entry, or several when there are many subjects to name (an entry holds a bounded list). */
	private void recordInChunks(AuditAction action, UUID field, List<UUID> subjects) {
		if (subjects.isEmpty()) {
			audit.record(action, "custom-field", field, List.of());
			return;
		}
		for (int from = 0; from < subjects.size(); from += SUBJECTS_PER_ENTRY) {
			audit.record(action, "custom-field", field,
					subjects.subList(from, Math.min(subjects.size(), from + SUBJECTS_PER_ENTRY)));
		}
	}

	/** The record types whose records are never people, so their fields may not be personal. */
	private Set<String> notAboutPeople() {
		Set<String> names = new TreeSet<>();
		recordTypes.stream().filter(type -> !type.aboutPeople()).forEach(type -> names.add(type.recordType()));
		return names;
	}

	private Set<String> recordTypeNames() {
		Set<String> names = new TreeSet<>();
		recordTypes.forEach(type -> names.add(type.recordType()));
		return names;
	}
}
