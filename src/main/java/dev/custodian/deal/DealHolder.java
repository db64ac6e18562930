package dev.custodian.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deal module's part of every data-subject request: the deals a person takes part in. Export lists each with
 * the person's role and the deal's name; erasure replaces each link by a tombstone that keeps the role and nothing
 * about who played it, and keeps the deal (amount, stages, history) as the business's own record; restriction
 * freezes the person's links (see {@link DealRules}).
 */
@Component
class DealHolder implements PersonalDataHolder {

	static final String KEPT_REASON = "Art. 17(3)(b) and (e): the deal is the business's own record of a sale, kept "
			+ "with its amount and history; the person's link was replaced by an \"erased person\" tombstone";

	private final JdbcClient jdbc;

	DealHolder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "deal";
	}

	@Override
	public List<String> tables() {
		return List.of(DealDeclarations.TABLE);
	}

	@Override
	public List<ExportedRecord> export(UUID subject) {
		return jdbc.sql("select c.deal_id, c.role, c.position, c.restricted_at, d.name from deal_contacts c "
				+ "join deals d on d.id = c.deal_id where c.subject_id = ? order by c.deal_id").param(subject)
			.query((rs, n) -> {
				List<ExportedValue> values = new ArrayList<>();
				values.add(new ExportedValue("subject_id", null, subject.toString()));
				values.add(new ExportedValue("deal_id", null, rs.getObject("deal_id", UUID.class).toString()));
				values.add(new ExportedValue("dealName", null, rs.getString("name")));
				values.add(new ExportedValue("role", null, rs.getString("role")));
				values.add(new ExportedValue("position", null, rs.getInt("position")));
				var restricted = DbTime.read(rs, "restricted_at");
				if (restricted != null) {
					values.add(new ExportedValue("restricted_at", null, restricted.toString()));
				}
				return new ExportedRecord("dealContact", rs.getObject("deal_id", UUID.class).toString(), values);
			})
			.list();
	}

	@Override
	public ErasureOutcome erase(UUID subject) {
		List<UUID> deals = jdbc.sql("select deal_id from deal_contacts where subject_id = ? order by deal_id for update")
			.param(subject).query(UUID.class).list();
		List<KeptRecord> kept = new ArrayList<>();
		for (UUID deal : deals) {
			jdbc.sql("insert into deal_erased_contacts (id, deal_id, role, erased_at) select ?, deal_id, role, ? "
					+ "from deal_contacts where subject_id = ? and deal_id = ?")
				.params(Ids.newId(), DbTime.param(DbTime.now()), subject, deal)
				.update();
			kept.add(new KeptRecord(DealManagement.RECORD_TYPE, deal.toString(), KEPT_REASON));
		}
		jdbc.sql("delete from deal_contacts where subject_id = ?").param(subject).update();
		return new ErasureOutcome(module(), deals.size(), kept);
	}

	@Override
	public void restrict(UUID subject) {
		jdbc.sql("update deal_contacts set restricted_at = ? where subject_id = ? and restricted_at is null")
			.params(DbTime.param(DbTime.now()), subject)
			.update();
	}

	@Override
	public void lift(UUID subject) {
		jdbc.sql("update deal_contacts set restricted_at = null where subject_id = ?").param(subject).update();
	}

	@Override
	public boolean holds(UUID subject) {
		return jdbc.sql("select count(*) from deal_contacts where subject_id = ?").param(subject).query(Long.class)
			.single() > 0;
	}

	@Override
	public boolean restricted(UUID subject) {
		return jdbc.sql("select count(*) from deal_contacts where subject_id = ? and restricted_at is not null")
			.param(subject).query(Long.class).single() > 0;
	}
}
