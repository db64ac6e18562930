package dev.custodian.company;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, deletes companies that were deleted or erased after the data backup now restored: their rows came
 * back, but their keys are gone (the journal of erasures lists them). A sole trader is a person erased again; an
 * organisation is a deletion replayed. Their contacts stay, without a company, as on any deletion.
 */
@Component
@Order(1)
class CompanyErasureReplay implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CompanyErasureReplay.class);

	private final JdbcClient jdbc;

	private final Vault vault;

	private final CompanyContacts members;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	CompanyErasureReplay(JdbcClient jdbc, Vault vault, CompanyContacts members, TransactionTemplate transactions,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.members = members;
		this.transactions = transactions;
		this.audit = audit;
	}

	/** Each company removed again is audited as an erasure by the system, in the same transaction. */
	@Override
	public void run(ApplicationArguments args) {
		List<UUID> erased = vault.erasures();
		List<UUID> removed = transactions.execute(status -> {
			List<UUID> ids = new ArrayList<>();
			for (int from = 0; from < erased.size(); from += 500) {
				ids.addAll(removeBack(erased.subList(from, Math.min(erased.size(), from + 500))));
			}
			return ids;
		});
		if (removed != null && !removed.isEmpty()) {
			log.warn("Removed {} deleted companies that had come back (a restored backup?)", removed.size());
		}
	}

	private List<UUID> removeBack(List<UUID> erased) {
		List<Back> back = jdbc.sql("select id, subject_id from companies where id in (:ids) for update")
			.param("ids", erased)
			.query((rs, n) -> new Back(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class)))
			.list();
		for (Back company : back) {
			members.detachAll(new CompanyId(company.id()));
			jdbc.sql("delete from companies where id = ?").param(company.id()).update();
			audit.record(AuditAction.DELETE, "company", company.id(),
					company.subject() == null ? List.of() : List.of(company.subject()), "ERASED");
		}
		return back.stream().map(Back::id).toList();
	}

	private record Back(UUID id, @Nullable UUID subject) {
	}
}
