package dev.custodian.architecture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.custodian.catalog.DataCatalogue;
import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import dev.custodian.support.SubjectFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture rules of the personal-data holders, on the live application and its schema (H2 and PostgreSQL):
 * every table with a {@code subject_id} column belongs to some module's {@link PersonalDataHolder}, and every
 * holder's export of a fully filled subject holds every field the catalogue declares personal for the holder's
 * tables, tagged with the declared category. Tables, holders, declarations and fixtures ({@link SubjectFixture}) are
 * all discovered, so a new module is covered without editing this test. {@link HolderChecksTests} shows both rules
 * fail on holders that break them.
 */
public abstract class PersonalDataHolderContract extends ApiContract {

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	DataCatalogue catalogue;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyTableWithASubjectIdBelongsToAHolder() {
		assertThat(HolderChecks.tablesWithSubjectId(dataSource)).contains("contacts", "audit_event_subjects");
		assertThat(HolderChecks.tablesWithoutHolder(HolderChecks.tablesWithSubjectId(dataSource), holders))
			.as("tables with subject_id that no PersonalDataHolder lists in tables()")
			.isEmpty();
	}

	@Test
	void aNewTableWithASubjectIdAndNoHolderIsCaught() {
		jdbc.sql("create table holder_probe (subject_id uuid, nickname varchar(20))").update();
		try {
			assertThat(HolderChecks.tablesWithoutHolder(HolderChecks.tablesWithSubjectId(dataSource), holders))
				.containsExactly("holder_probe");
		}
		finally {
			jdbc.sql("drop table holder_probe").update();
		}
	}

	@Test
	void everyHolderExportsEveryDeclaredPersonalFieldOfAFullyFilledSubjectWithItsCategory() {
		var admin = personas.session(Role.ADMIN); // first: creating the personas resets the security context
		SecurityContextHolder.getContext().setAuthentication(admin);
		Map<String, SubjectFixture> fixtures = fixtures();
		assertThat(holders).extracting(PersonalDataHolder::module).contains("contact", "audit");
		List<String> problems = new ArrayList<>();
		for (PersonalDataHolder holder : holders) {
			SubjectFixture fixture = fixtures.get(holder.module());
			if (fixture == null) {
				problems.add(holder.module() + " has a PersonalDataHolder but no SubjectFixture in its tests");
				continue;
			}
			List<UUID> subjects = transactions.execute(status -> fixture.createFullyFilledSubjects());
			List<PersonalDataHolder.ExportedRecord> export = new ArrayList<>();
			subjects.forEach(subject -> export.addAll(transactions.execute(status -> holder.export(subject))));
			problems.addAll(HolderChecks.exportProblems(catalogue.declarations(), holder, export));
		}
		assertThat(problems).isEmpty();
	}

	/** Every {@link SubjectFixture} of the test class path, by module, created with its dependencies autowired. */
	private Map<String, SubjectFixture> fixtures() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(SubjectFixture.class));
		Map<String, SubjectFixture> fixtures = new LinkedHashMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("dev.custodian")) {
			try {
				Class<?> type = Class.forName(candidate.getBeanClassName());
				SubjectFixture fixture = (SubjectFixture) context.getAutowireCapableBeanFactory().createBean(type);
				fixtures.put(fixture.module(), fixture);
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return fixtures;
	}
}
