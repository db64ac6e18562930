package dev.custodian.deal;

import java.util.List;
import java.util.UUID;

import dev.custodian.audit.AuditLog;
import dev.custodian.audit.AuditQuery;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deal module on its own: the default pipeline is there after the migrations; every stage usage is asked
 * before a stage goes (the deals table, which a test fills with real deals); moving a stage up and down keeps
 * the positions in order; changes are audited as changes of the pipeline.
 */
// the audit trail the module writes to is keyed by the vault
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "vault", "view" })
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:deal-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.master-key=" + dev.custodian.support.Personas.MASTER_KEY })
@WithMockUser(authorities = { "deal:read", "user:admin", "audit:read" })
class DealModuleTests {

	@Autowired
	Pipelines pipelines;

	@Autowired
	List<StageUsage> usages;

	@Autowired
	DealsHeldForTests deals;

	@Autowired
	AuditLog audit;

	@AfterEach
	void clear() {
		deals.clear();
	}

	private Pipeline add(String... stages) {
		List<StageForm> forms = java.util.Arrays.stream(stages).map(name -> new StageForm(name, 10)).toList();
		return pipelines.create(new PipelineForm("Module " + UUID.randomUUID(), null, forms));
	}

	@Test
	void theDefaultPipelineIsThereWithItsStagesInOrder() {
		Pipeline sales = pipelines.all().get(0);
		assertThat(sales.name()).isEqualTo("Sales");
		assertThat(sales.stages()).extracting(Stage::name).containsExactly("Lead", "Qualified", "Proposal",
				"Negotiation", "Won", "Lost");
		assertThat(sales.stages()).extracting(Stage::position).containsExactly(0, 1, 2, 3, 4, 5);
		assertThat(usages).hasAtLeastOneElementOfType(DealsInStages.class);
		assertThat(pipelines.dealsIn(sales.stages().get(0).id())).isZero();
	}

	@Test
	void everyStageUsageIsAskedBeforeAStageGoes() {
		Pipeline p = add("A", "B", "C");
		UUID b = p.stages().get(1).id();
		deals.put(b, 2);
		assertThat(pipelines.dealsIn(b)).isEqualTo(2);
		assertThatThrownBy(() -> pipelines.removeStage(p.id(), b, null, p.version()))
			.isInstanceOfSatisfying(StageInUseException.class, ex -> assertThat(ex.deals()).isEqualTo(2));
		Pipeline without = pipelines.removeStage(p.id(), b, p.stages().get(2).id(), p.version());
		assertThat(without.stages()).extracting(Stage::name).containsExactly("A", "C");
		assertThat(without.stages()).extracting(Stage::position).containsExactly(0, 1);
		assertThat(pipelines.dealsIn(p.stages().get(2).id())).isEqualTo(2);
		assertThatThrownBy(() -> pipelines.delete(p.id(), null)).as("its stage C holds the deals now")
			.isInstanceOf(StageInUseException.class);
		deals.clear();
		pipelines.delete(p.id(), null);
	}

	@Test
	void movingAStageKeepsThePositionsInOrderAndIsAudited() {
		Pipeline p = add("A", "B", "C");
		Pipeline up = pipelines.moveStage(p.id(), p.stages().get(2).id(), -1, p.version());
		assertThat(up.stages()).extracting(Stage::name).containsExactly("A", "C", "B");
		Pipeline top = pipelines.moveStage(p.id(), p.stages().get(0).id(), -1, up.version());
		assertThat(top.version()).as("nothing to move: no new version").isEqualTo(up.version());
		assertThat(pipelines.get(p.id()).stages()).extracting(Stage::position).containsExactly(0, 1, 2);
		assertThatThrownBy(() -> pipelines.create(new PipelineForm(p.name(), null, List.of(new StageForm("X", 1)))))
			.isInstanceOf(ConflictException.class);
		List<String> actions = audit.find(new AuditQuery(null, null, PageRequest.first(20))).items().stream()
			.filter(e -> p.id().toString().equals(e.resourceId()) && "pipeline".equals(e.resourceType()))
			.map(e -> e.action())
			.toList();
		assertThat(actions).containsExactlyInAnyOrder("UPDATE", "CREATE");
		pipelines.delete(p.id(), null);
	}
}
