package dev.custodian;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CustodianApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
		modules.verify();
	}

	@Test
	void theModulesAreTheOnesTheDesignNames() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("shared", "identity", "vault", "contact", "company", "audit", "catalog", "privacy", "web");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
