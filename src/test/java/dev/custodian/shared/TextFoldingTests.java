package dev.custodian.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldingTests {

	@Test
	void foldsCaseAccentsAndSpaces() {
		assertThat(TextFolding.fold("  Émile   ZOLA ")).isEqualTo("emile zola");
		assertThat(TextFolding.fold("Łukasz Straße Søren")).isEqualTo("lukasz strasse soren");
		assertThat(TextFolding.fold(null)).isEmpty();
	}

	@Test
	void namesFoldTheWayPeopleTypeThem() {
		assertThat(TextFolding.foldName("O'Brien")).isEqualTo("obrien");
		assertThat(TextFolding.foldName("O\u2019Brien")).isEqualTo("obrien");
		assertThat(TextFolding.foldName("D\u00B4Arcy")).isEqualTo("darcy");
		assertThat(TextFolding.foldName("Jean\u2013Luc")).isEqualTo("jean-luc");
		assertThat(TextFolding.foldName("Jean-Luc")).startsWith(TextFolding.foldName("jean-"));
		assertThat(TextFolding.nameVariants("Müller")).containsExactly("muller", "mueller");
		assertThat(TextFolding.nameVariants("Mu\u0308ller")).containsExactly("muller", "mueller");
		assertThat(TextFolding.nameVariants("GÖTZE")).containsExactly("gotze", "goetze");
		assertThat(TextFolding.nameVariants("Smith")).containsExactly("smith");
		assertThat(TextFolding.nameVariants(" ")).isEmpty();
	}

	@Test
	void likePatternsMatchWildcardsLiterally() {
		assertThat(TextFolding.likePrefix("50%_off\\")).isEqualTo("50\\%\\_off\\\\%");
	}
}
