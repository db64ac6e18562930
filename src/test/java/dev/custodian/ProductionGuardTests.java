package dev.custodian;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionGuardTests {

	private final ProductionGuard guard = new ProductionGuard();

	@Test
	void prodRefusesTheEmbeddedDatabase() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:h2:file:./data/db/custodian");
		environment.setActiveProfiles("prod");
		assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("SPRING_DATASOURCE_URL");
	}

	@Test
	void prodRefusesToStartWithoutAnExplicitMasterKey() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/custodian");
		environment.setActiveProfiles("prod");
		assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("CUSTODIAN_MASTER_KEY");
	}

	@Test
	void prodStartsOnPostgresqlWithAKeyAndOtherProfilesOnH2() {
		MockEnvironment prod = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/custodian")
			.withProperty("custodian.master-key-file", "/run/secrets/custodian-master-key");
		prod.setActiveProfiles("prod");
		assertThatCode(() -> guard.postProcessEnvironment(prod, new SpringApplication())).doesNotThrowAnyException();
		MockEnvironment dev = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x");
		assertThatCode(() -> guard.postProcessEnvironment(dev, new SpringApplication())).doesNotThrowAnyException();
	}
}
