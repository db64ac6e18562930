package dev.custodian.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalogue module on its own, with one module's declarations: it counts filled values per declared column and
 * names every column of a declared table that the declarations leave out.
 */
@ApplicationModuleTest
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:catalog-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.flyway.enabled=false" })
@WithMockUser(authorities = "audit:read")
class CatalogModuleTests {

	@Autowired
	DataCatalogue catalogue;

	@Autowired
	CatalogueCheck check;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countsFilledValuesAndNamesWhatTheDeclarationsLeaveOut() {
		jdbc.sql("create table pets (id integer, subject_id uuid, pet_name varchar(20), vet_notes varchar(20))")
			.update();
		jdbc.sql("insert into pets (id, pet_name) values (1, 'Rex'), (2, null), (3, 'Tom')").update();
		try {
			assertThat(catalogue.entries()).extracting(e -> e.column() + "=" + e.filled() + "/" + e.records())
				.containsExactly("id=3/3", "pet_name=2/3");
			assertThatThrownBy(check::afterPropertiesSet).isInstanceOf(UndeclaredColumnsException.class)
				.satisfies(ex -> assertThat(((UndeclaredColumnsException) ex).columns())
					.containsExactly("pets.subject_id", "pets.vet_notes"));
		}
		finally {
			jdbc.sql("drop table pets").update();
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Pets {

		@Bean
		CatalogueDeclarations pets() {
			return new CatalogueDeclarations() {

				@Override
				public String module() {
					return "pets";
				}

				@Override
				public List<FieldDeclaration> fields() {
					return List.of(FieldDeclaration.notPersonal("pet", "pets", "id", "row number"),
							FieldDeclaration.personal("pet", "name", "pets", "pet_name", DataCategory.IDENTITY_NAME,
									Protection.CLEAR));
				}
			};
		}
	}
}
