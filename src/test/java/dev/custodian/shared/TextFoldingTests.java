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
	void likePatternsMatchWildcardsLiterally() {
		assertThat(TextFolding.likePrefix("50%_off\\")).isEqualTo("50\\%\\_off\\\\%");
	}
}
