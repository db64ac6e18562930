package dev.custodian.architecture;

import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.DataCategory;
import dev.custodian.catalog.FieldDeclaration;
import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.catalog.Protection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holder rules fail on holders that break them, as the architecture test relies on: a table with a subject id
 * that no holder claims, a declared personal field an export leaves out, a value tagged with the wrong category, an
 * export that holds nothing.
 */
class HolderChecksTests {

	private static final List<FieldDeclaration> DECLARED = List.of(
			FieldDeclaration.notPersonal("pet", "pets", "subject_id", "random identifier"),
			FieldDeclaration.personal("pet", "name", "pets", "name", DataCategory.IDENTITY_NAME, Protection.SEALED),
			FieldDeclaration.personal("pet", "vet.phone", "pets", "vet_phone", DataCategory.CONTACT_PHONE,
					Protection.SEALED),
			FieldDeclaration.notPersonal("pet", "pets", "species", "a kind of animal"),
			FieldDeclaration.personal("other", "email", "others", "email", DataCategory.CONTACT_EMAIL,
					Protection.SEALED));

	@Test
	void aTableWithASubjectIdThatNoHolderListsIsNamed() {
		assertThat(HolderChecks.tablesWithoutHolder(List.of("pets", "pet_photos", "others"),
				List.of(new FakeHolder(List.of()))))
			.containsExactly("others", "pet_photos");
		assertThat(HolderChecks.tablesWithoutHolder(List.of("pets"), List.of(new FakeHolder(List.of())))).isEmpty();
	}

	@Test
	void anExportWithEveryDeclaredPersonalFieldPasses() {
		FakeHolder holder = new FakeHolder(List.of(new PersonalDataHolder.ExportedRecord("pet", "1",
				List.of(value("name", "identity.name"), value("vet.phone", "contact.phone"), value("species", null)))));
		assertThat(HolderChecks.exportProblems(DECLARED, holder, holder.export(UUID.randomUUID()))).isEmpty();
	}

	@Test
	void anExportMissingADeclaredPersonalFieldOrMislabellingOneFails() {
		FakeHolder incomplete = new FakeHolder(List.of(new PersonalDataHolder.ExportedRecord("pet", "1",
				List.of(value("name", "contact.email"), value("species", "identity.name")))));
		assertThat(HolderChecks.exportProblems(DECLARED, incomplete, incomplete.export(UUID.randomUUID())))
			.containsExactlyInAnyOrder("pets: pet.name (pets.name) is exported as contact.email, declared identity.name",
					"pets: pet.vet.phone (pets.vet_phone) is declared personal but not exported",
					"pets: pet.species (pets.species) is exported as identity.name, declared null");
		FakeHolder otherRecordType = new FakeHolder(List.of(new PersonalDataHolder.ExportedRecord("animal", "1",
				List.of(value("name", "identity.name"), value("vet.phone", "contact.phone")))));
		assertThat(HolderChecks.exportProblems(DECLARED, otherRecordType, otherRecordType.export(UUID.randomUUID())))
			.hasSize(2);
	}

	@Test
	void anEmptyExportFails() {
		FakeHolder empty = new FakeHolder(List.of());
		assertThat(HolderChecks.exportProblems(DECLARED, empty, List.of()))
			.contains("pets exports nothing for a subject its fixture filled");
	}

	private static PersonalDataHolder.ExportedValue value(String field, String category) {
		return new PersonalDataHolder.ExportedValue(field, category, "x");
	}

	/** A holder of the table {@code pets} that exports what it is given. */
	private record FakeHolder(List<PersonalDataHolder.ExportedRecord> records) implements PersonalDataHolder {

		@Override
		public String module() {
			return "pets";
		}

		@Override
		public List<String> tables() {
			return List.of("pets");
		}

		@Override
		public List<ExportedRecord> export(UUID subject) {
			return records;
		}

		@Override
		public ErasureOutcome erase(UUID subject) {
			return ErasureOutcome.nothing(module());
		}

		@Override
		public void restrict(UUID subject) {
		}

		@Override
		public void lift(UUID subject) {
		}
	}
}
