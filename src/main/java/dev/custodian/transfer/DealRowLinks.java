package dev.custodian.transfer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.company.CompanyImports;
import dev.custodian.contact.ContactId;
import dev.custodian.contact.ContactManagement;
import dev.custodian.deal.DealForm;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a deal row links to: its company, found by name or created as a contact import makes it (only for a row
 * otherwise fine, and only when the role may create companies), and the contact its email names.
 */
final class DealRowLinks {

	private final CompanyImports companies;

	private final ContactManagement contacts;

	DealRowLinks(CompanyImports companies, ContactManagement contacts) {
		this.companies = companies;
		this.contacts = contacts;
	}

	/** The form with the company of that name when one is stored. */
	DealForm withCompanyFound(DealForm form, @Nullable String companyName) {
		return companyName == null ? form
				: companies.find(companyName, null).map(id -> withCompany(form, id.value().toString())).orElse(form);
	}

	CompanyImports.Link wouldLink(String companyName) {
		return companies.wouldLink(companyName, null);
	}

	/** The company of that name, created when there is none and the role may create companies. */
	CompanyImports.Link link(String companyName, String origin, UUID job) {
		return may("company:write") ? companies.link(companyName, null, origin, job) : wouldLink(companyName);
	}

	List<ImportRowError> companyErrors(long line, @Nullable String column, CompanyImports.Link link) {
		if (link.company() != null) {
			return List.of();
		}
		if (link.problems().isEmpty()) {
			return may("company:write") ? List.of()
					: List.of(new ImportRowError(line, column,
							"names a company that does not exist, and your role may not create companies"));
		}
		return link.problems().stream()
			.map(p -> new ImportRowError(line, column, "cannot become a new company: " + p.message()))
			.toList();
	}

	/**
	 * The contact with the email, or a row error naming the column when there is none the caller may see.
	 * @param seen the emails looked up for this batch so far: each lookup is audited as a read of the person
	 * found, so a person named by many rows of a batch is looked up once
	 */
	Optional<ContactId> contact(String email, long line, @Nullable String column, List<ImportRowError> errors,
			Map<String, Optional<ContactId>> seen) {
		if (!may("contact:read")) {
			errors.add(new ImportRowError(line, column, "cannot name a contact: your role may not read contacts"));
			return Optional.empty();
		}
		Optional<ContactId> found = seen.computeIfAbsent(email.strip().toLowerCase(Locale.ROOT),
				contacts::findByEmail);
		if (found.isEmpty()) {
			errors.add(new ImportRowError(line, column, "names no contact: give the email of a stored contact"));
		}
		return found;
	}

	static DealForm withCompany(DealForm f, String company) {
		return new DealForm(f.name(), f.amount(), f.currency(), f.pipelineId(), f.stageId(), f.ownerId(), company,
				f.contacts(), f.status(), f.lostReasonId(), f.expectedCloseDate(), f.customFields());
	}

	private static boolean may(String permission) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
	}
}
