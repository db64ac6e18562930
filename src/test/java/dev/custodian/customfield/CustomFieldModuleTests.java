package dev.custodian.customfield;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.catalog.FieldDeclaration;
import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.catalog.Protection;
import dev.custodian.catalog.SpecialCategoryCondition;
import dev.custodian.support.Personas;
import dev.custodian.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custom field module with the modules it uses and a record type of its own ({@code pet}): values stored with a
 * record are read back, exported opened and tagged with their category, and erased with their subject; the
 * catalogue declares each field on its own rows; erased subjects' values do not come back with a restored backup.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "view", "identity", "company", "contact" })
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:customfield-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.master-key=" + Personas.MASTER_KEY, "custodian.customfield.seal-interval=PT1H" })
@WithMockUser(authorities = { "user:admin", "pet:read", "pet:write" })
class CustomFieldModuleTests {

	@Autowired
	CustomFieldManagement management;

	@Autowired
	CustomFields customFields;

	@Autowired
	CustomFieldHolder holder;

	@Autowired
	CustomFieldDeclarations declarations;

	@Autowired
	ErasedValuesReplay replay;

	@Autowired
	Vault vault;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void clean() {
		jdbc.sql("delete from custom_field_values").update();
		jdbc.sql("delete from custom_fields").update();
	}

	private CustomField field(String key, String type, boolean personal, String category, String condition) {
		return management.create(new CustomFieldForm("pet", key, key, type, false, null, List.of(), personal, category,
				condition));
	}

	@Test
	void aRecordsValuesAreStoredReadExportedAndErasedWithItsSubject() {
		CustomField name = field("name", "text", true, "identity.name", null);
		CustomField illness = field("illness", "long-text", true, "special.health", "vital-interests");
		CustomField legs = field("legs", "number", false, null, null);
		UUID pet = UUID.randomUUID();
		UUID owner = UUID.randomUUID();
		transactions.executeWithoutResult(status -> customFields.store("pet", pet, owner,
				new CustomValues(Map.<String, Object>of("name", "Rex", "illness", "fleas", "legs", new java.math.BigDecimal("4")))));

		assertThat(customFields.valuesOf("pet", pet).values()).containsExactly(Map.entry("name", "Rex"),
				Map.entry("illness", "fleas"), Map.entry("legs", 4L));
		assertThat(vault.ring(List.of(owner)).holds(owner)).as("a key made for the owner's first sealed value").isTrue();

		List<PersonalDataHolder.ExportedRecord> exported = holder.export(owner);
		assertThat(exported).hasSize(1);
		assertThat(exported.get(0).recordType()).isEqualTo("pet");
		assertThat(exported.get(0).id()).isEqualTo(pet.toString());
		assertThat(exported.get(0).values()).extracting(v -> v.field() + "=" + v.category() + "=" + v.value())
			.containsExactlyInAnyOrder("customFields.name=identity.name=Rex",
					"customFields.illness=special.health=fleas", "customFields.legs=null=4");
		assertThat(holder.tables()).containsExactly("custom_field_values");

		List<FieldDeclaration> declared = declarations.fields();
		FieldDeclaration illnessLine = declared.stream().filter(f -> f.field().equals("customFields.illness"))
			.findFirst().orElseThrow();
		assertThat(illnessLine.recordType()).isEqualTo("pet");
		assertThat(illnessLine.column()).isEqualTo("value_sealed");
		assertThat(illnessLine.protection()).isEqualTo(Protection.SEALED);
		assertThat(illnessLine.condition()).isEqualTo(SpecialCategoryCondition.VITAL_INTERESTS);
		assertThat(illnessLine.share()).isEqualTo(new FieldDeclaration.SharedColumn("field_id", illness.id(), "pets"));
		assertThat(declared.stream().filter(f -> f.field().equals("customFields.legs")).findFirst().orElseThrow()
			.notPersonalReason()).isEqualTo("declared not personal by an administrator");
		assertThat(declared).extracting(FieldDeclaration::qualifiedColumn).contains("custom_field_values.subject_id",
				"custom_field_values.value_text", "custom_field_values.value_long", "custom_field_values.value_date",
				"custom_field_values.value_boolean", "custom_field_values.value_number", "custom_field_values.value_sealed");

		PersonalDataHolder.ErasureOutcome erased = transactions.execute(status -> holder.erase(owner));
		assertThat(erased.module()).isEqualTo("customfield");
		assertThat(erased.erased()).isEqualTo(3);
		assertThat(holder.export(owner)).isEmpty();
		assertThat(customFields.valuesOf("pet", pet).isEmpty()).isTrue();
		assertThat(holder.erase(UUID.randomUUID())).isEqualTo(PersonalDataHolder.ErasureOutcome.nothing("customfield"));
		assertThat(name.personal() && !legs.personal()).isTrue();
	}

	@Test
	void valuesOfErasedSubjectsThatABackupBroughtBackAreDeletedAtStart() {
		field("legs", "number", false, null, null);
		UUID erasedOwner = UUID.randomUUID();
		UUID keptOwner = UUID.randomUUID();
		transactions.executeWithoutResult(status -> {
			customFields.store("pet", erasedOwner, erasedOwner, new CustomValues(Map.<String, Object>of("legs", 3L)));
			customFields.store("pet", keptOwner, keptOwner, new CustomValues(Map.<String, Object>of("legs", 4L)));
			vault.recordErasure(erasedOwner);
		});
		replay.run(null);
		assertThat(customFields.valuesOf("pet", List.of(erasedOwner, keptOwner))).containsExactly(
				Map.entry(erasedOwner, CustomValues.NONE), Map.entry(keptOwner, new CustomValues(Map.<String, Object>of("legs", 4L))));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Pets {

		/** The mock user's role is granted health data, so the illness field is theirs to read and set. */
		@Bean
		@org.springframework.context.annotation.Primary
		dev.custodian.catalog.SpecialCategoryAccess healthGranted() {
			return () -> java.util.Set.of(dev.custodian.catalog.DataCategory.SPECIAL_HEALTH);
		}

		@Bean
		CustomizableRecordType pets() {
			return new CustomizableRecordType() {

				@Override
				public String recordType() {
					return "pet";
				}

				@Override
				public String table() {
					return "pets";
				}
			};
		}
	}
}
