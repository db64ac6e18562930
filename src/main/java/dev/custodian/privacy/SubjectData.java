package dev.custodian.privacy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.catalog.DataCategory;
import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.catalog.PersonalDataHolder.ExportedRecord;
import dev.custodian.catalog.SpecialCategoryAccess;
import dev.custodian.catalog.PersonalDataHolder.ErasureOutcome;
import dev.custodian.identity.Permission;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.RetriedOnContention;
import dev.custodian.vault.Vault;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on a data subject across every module that holds data about them, through each module's
 * {@link PersonalDataHolder}: the merged export (Art. 15, 20), restriction and its lifting (Art. 18), and erasure
 * (Art. 17). Every operation needs {@code subject:manage}, runs in one transaction with all holders and writes one
 * audit entry naming the subject (resource type {@code subject}, never a value).
 *
 * <p>A subject no holder knows answers {@link NotFoundException}, so "holds nothing" is never mistaken for "no such
 * person" and a mistyped id does not look like a clean result. An erased person stays known to the audit trail,
 * which keeps its entries.
 */
@Service
public class SubjectData {

	private final List<PersonalDataHolder> holders;

	private final AuditLog audit;

	private final Vault vault;

	private final ObjectProvider<SpecialCategoryAccess> specialCategories;

	SubjectData(List<PersonalDataHolder> holders, AuditLog audit, Vault vault,
			ObjectProvider<SpecialCategoryAccess> specialCategories) {
		this.holders = holders.stream().sorted(Comparator.comparing(PersonalDataHolder::module)).toList();
		this.audit = audit;
		this.vault = vault;
		this.specialCategories = specialCategories;
	}

	/**
	 * Everything every module holds about the subject, by module (modules holding nothing left out), audited as a
	 * read of the subject's data.
	 * @throws NotFoundException when no module knows the subject
	 * @throws RestrictedException when the subject is restricted and the caller lacks {@code restricted:read}: only
	 * the data-protection officer exports a restricted person's data
	 */
	@PreAuthorize("hasAuthority('subject:manage')")
	@Transactional
	public SubjectExport export(UUID subject) {
		requireKnown(subject);
		boolean restricted = restricted(subject);
		if (restricted && !callerMay(Permission.RESTRICTED_READ)) {
			throw new RestrictedException();
		}
		Set<DataCategory> granted = specialCategories.getIfAvailable(() -> Set::of).permitted();
		List<SubjectExport.Module> modules = holders.stream()
			.map(holder -> new SubjectExport.Module(holder.module(), withoutWithheld(holder.export(subject), granted)))
			.filter(module -> !module.records().isEmpty())
			.toList();
		audit.record(AuditAction.READ, "subject", subject, List.of(subject));
		return new SubjectExport(subject, DbTime.now(), restricted, modules);
	}

	/**
	 * The records without the values of special categories the caller's role is not granted: for them such a value
	 * does not exist, here as on every page.
	 */
	private static List<ExportedRecord> withoutWithheld(List<ExportedRecord> records, Set<DataCategory> granted) {
		return records.stream()
			.map(record -> new ExportedRecord(record.recordType(), record.id(), record.values()
				.stream()
				.filter(value -> DataCategory.ofCode(value.category()).filter(DataCategory::special)
					.map(granted::contains)
					.orElse(true))
				.toList()))
			.toList();
	}

	/**
	 * Restricts processing of the subject's data in every module (Art. 18): their records are only stored, refuse
	 * changes and leave lists for everyone but the data-protection officer. Restricting twice changes nothing more.
	 * @throws NotFoundException when no module knows the subject
	 */
	@PreAuthorize("hasAuthority('subject:manage')")
	@Transactional
	@RetriedOnContention
	public void restrict(UUID subject) {
		requireKnown(subject);
		holders.forEach(holder -> holder.restrict(subject));
		audit.record(AuditAction.UPDATE, "subject", subject, List.of(subject), "RESTRICTED");
	}

	/**
	 * Lifts a restriction in every module; lifting where there is none changes nothing.
	 * @throws NotFoundException when no module knows the subject
	 */
	@PreAuthorize("hasAuthority('subject:manage')")
	@Transactional
	@RetriedOnContention
	public void lift(UUID subject) {
		requireKnown(subject);
		holders.forEach(holder -> holder.lift(subject));
		audit.record(AuditAction.UPDATE, "subject", subject, List.of(subject), "LIFTED");
	}

	/**
	 * Erases the subject (Art. 17) in one transaction: every holder deletes or tombstones its records and reports
	 * what it kept and why; then the subject's data key is destroyed and the erasure journalled, so a restored
	 * backup cannot bring the person back. A restriction does not stand in the way: erasure ends it. Erasing
	 * someone erased before is harmless and reports what is still kept.
	 * @throws NotFoundException when no module knows the subject
	 */
	@PreAuthorize("hasAuthority('subject:manage')")
	@Transactional
	@RetriedOnContention
	public ErasureReport erase(UUID subject) {
		requireKnown(subject);
		for (PersonalDataHolder holder : holders) {
			String refusal = holder.erasureRefusal(subject);
			if (refusal != null) {
				throw new ConflictException(refusal, Map.of());
			}
		}
		List<ErasureOutcome> outcomes = holders.stream().map(holder -> holder.erase(subject)).toList();
		vault.shred(subject);
		vault.recordErasure(subject);
		Instant now = DbTime.now();
		audit.record(AuditAction.DELETE, "subject", subject, List.of(subject), "ERASED");
		return new ErasureReport(subject, now, outcomes);
	}

	private boolean restricted(UUID subject) {
		return holders.stream().anyMatch(holder -> holder.restricted(subject));
	}

	private void requireKnown(UUID subject) {
		if (holders.stream().noneMatch(holder -> holder.holds(subject))) {
			throw new NotFoundException("subject", subject);
		}
	}

	private static boolean callerMay(String permission) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(permission::equals);
	}
}
