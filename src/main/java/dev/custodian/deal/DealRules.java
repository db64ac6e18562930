package dev.custodian.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.custodian.customfield.CustomFields;
import dev.custodian.customfield.CustomValues;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.Ids;
import dev.custodian.shared.LinkableRecords;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a deal form, naming every invalid field at once, and makes status and stage agree: a stage with probability
 * 100 makes a deal won and one with 0 lost; a deal set won or lost in another stage moves to the pipeline's first
 * stage of probability 100 or 0 when it has one. Links go through the {@code contact} and {@code company}
 * {@link LinkableRecords}; a person already linked keeps the link even while restricted, a new link needs
 * {@link LinkableRecords#linkable}.
 */
@Component
class DealRules {

	static final int MAX_CONTACTS = 50;

	private final PipelineStore pipelines;

	private final LostReasonStore lostReasons;

	private final UserManagement users;

	private final CustomFields customFields;

	private final Map<String, LinkableRecords> links;

	DealRules(PipelineStore pipelines, LostReasonStore lostReasons, UserManagement users, CustomFields customFields,
			List<LinkableRecords> links) {
		this.pipelines = pipelines;
		this.lostReasons = lostReasons;
		this.users = users;
		this.customFields = customFields;
		this.links = new java.util.HashMap<>();
		links.forEach(l -> this.links.putIfAbsent(l.kind(), l));
	}

	/**
	 * @param current the deal before the change, or null for a new one
	 * @param caller the signed-in user, the owner when none is named
	 * @return the checked deal, or null when {@code violations} names a problem
	 */
	@Nullable CheckedDeal check(DealForm form, @Nullable Deal current, @Nullable UUID caller, Violations violations) {
		String name = Text.limited(form.name(), 200, "name", violations);
		if (name == null && !violations.has("name")) {
			violations.add("name", "is required");
		}
		BigDecimal amount = DealValues.amount(form.amount(), violations);
		String currency = DealValues.currency(form.currency(), violations);
		LocalDate close = DealValues.date(form.expectedCloseDate(), violations);
		UUID ownerId = owner(form.ownerId(), current, caller, violations);
		UUID companyId = Ids.optional(form.companyId(), "companyId", violations);
		if (companyId != null && !(current != null && companyId.equals(current.companyId()))
				&& !linkable("company", companyId)) {
			violations.add("companyId", "names no company that can be linked");
		}
		List<DealParticipant> contacts = contacts(form.contacts(), current, violations);
		Pipeline pipeline = null;
		Stage stage = null;
		UUID pipelineId = DealValues.required(form.pipelineId(), "pipelineId", violations);
		if (pipelineId != null) {
			pipeline = pipelines.byId(pipelineId).orElse(null);
			if (pipeline == null) {
				violations.add("pipelineId", "names no pipeline");
			}
		}
		UUID stageId = DealValues.required(form.stageId(), "stageId", violations);
		if (pipeline != null && stageId != null) {
			stage = pipeline.stage(stageId).orElse(null);
			if (stage == null) {
				violations.add("stageId", "names no stage of the pipeline");
			}
		}
		DealStatus status = null;
		if (form.status() != null && !form.status().isBlank()) {
			status = DealStatus.fromCode(form.status().trim()).orElse(null);
			if (status == null) {
				violations.add("status", "must be one of open, won, lost");
			}
		}
		if (stage != null && !violations.has("status")) {
			DealStatus byStage = DealStatus.closedBy(stage.probability()).orElse(null);
			if (byStage != null) {
				if (status != null && status != byStage) {
					violations.add("status", "does not fit the stage, whose probability makes the deal " + byStage.code());
				}
				status = byStage;
			}
			else if (status == DealStatus.WON || status == DealStatus.LOST) {
				int probability = status == DealStatus.WON ? 100 : 0;
				stage = pipeline.stages().stream().filter(s -> s.probability() == probability).findFirst()
					.orElse(stage);
			}
			else {
				status = DealStatus.OPEN;
			}
		}
		UUID lostReasonId = null;
		if (status == DealStatus.LOST) {
			lostReasonId = Ids.optional(form.lostReasonId(), "lostReasonId", violations);
			if (lostReasonId == null && !violations.has("lostReasonId")) {
				violations.add("lostReasonId", "must name the reason a lost deal was lost");
			}
			else if (lostReasonId != null && lostReasons.byId(lostReasonId).isEmpty()) {
				violations.add("lostReasonId", "names no lost reason");
			}
		}
		CustomValues values = customFields.validate(DealManagement.RECORD_TYPE, form.customFieldsOrNone(), violations);
		if (!violations.isEmpty()) {
			return null;
		}
		return new CheckedDeal(Objects.requireNonNull(name), Objects.requireNonNull(amount),
				Objects.requireNonNull(currency), Objects.requireNonNull(pipeline), Objects.requireNonNull(stage),
				Objects.requireNonNull(ownerId), companyId, contacts, Objects.requireNonNull(status), lostReasonId,
				Objects.requireNonNull(close), values);
	}

	/** A newly chosen owner must be an active user; a deal may keep an owner who has since been disabled. */
	private @Nullable UUID owner(@Nullable String text, @Nullable Deal current, @Nullable UUID caller,
			Violations violations) {
		UUID owner = Ids.optional(text, "ownerId", violations);
		if (owner == null && !violations.has("ownerId")) {
			owner = current != null ? current.ownerId() : caller;
			if (owner == null) {
				violations.add("ownerId", "must name the deal's owner");
			}
			return owner;
		}
		if (owner != null && !(current != null && owner.equals(current.ownerId()))
				&& users.find(new UserId(owner)).filter(u -> u.enabled()).isEmpty()) {
			violations.add("ownerId", "names no active user");
		}
		return owner;
	}

	/**
	 * The people as entered, each once. A restricted person's link is frozen: kept as it is, whatever the form says
	 * (those without {@code restricted:read} do not even see it).
	 */
	private List<DealParticipant> contacts(List<DealForm.Participant> given, @Nullable Deal current,
			Violations violations) {
		List<DealParticipant> frozen = current == null ? List.of()
				: current.contacts().stream().filter(c -> c.restricted() && !c.erased()).toList();
		Set<UUID> frozenIds = new HashSet<>();
		frozen.forEach(c -> frozenIds.add(Objects.requireNonNull(c.contactId())));
		Set<UUID> linked = current == null ? Set.of() : new HashSet<>(current.contactIds());
		List<DealParticipant> result = new ArrayList<>(frozen);
		Set<UUID> seen = new HashSet<>();
		if (given.size() > MAX_CONTACTS) {
			violations.add("contactIds", "must name at most " + MAX_CONTACTS + " people");
			return result;
		}
		for (int i = 0; i < given.size(); i++) {
			DealForm.Participant p = given.get(i);
			String field = "contacts[" + i + "]";
			UUID id = Ids.optional(p.contactId(), field + ".contactId", violations);
			ContactRole role = p.role() == null || p.role().isBlank() ? ContactRole.OTHER
					: ContactRole.fromCode(p.role().trim()).orElse(null);
			if (role == null) {
				violations.add(field + ".role", "must be one of " + String.join(", ", ContactRole.codes()));
			}
			if (id == null) {
				if (!violations.has(field + ".contactId")) {
					violations.add(field + ".contactId", "must name a contact");
				}
				continue;
			}
			if (!seen.add(id)) {
				violations.add(field + ".contactId", "names a person already taking part");
				continue;
			}
			if (frozenIds.contains(id)) {
				continue;
			}
			if (!linked.contains(id) && !linkable("contact", id)) {
				violations.add(field + ".contactId", "names no contact that can be linked");
			}
			if (role != null) {
				result.add(DealParticipant.of(id, role));
			}
		}
		return result;
	}

	private boolean linkable(String kind, UUID id) {
		LinkableRecords records = links.get(kind);
		return records != null && records.linkable(id);
	}
}
