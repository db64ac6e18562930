package dev.custodian.deal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How deal names are split into words and prefixes, and which words of a search text must start a word of the
 * name.
 */
class DealNameWordsTests {

	@Test
	void namesAreFoldedAndSplitOnAnythingThatIsNotALetterOrADigit() {
		assertThat(DealNameWords.words("Nordwind Logistik · Renewal 2027")).containsExactly("nordwind", "logistik",
				"renewal", "2027");
		assertThat(DealNameWords.words("Café-Müller/ÉCOLE  école")).containsExactly("cafe", "muller", "ecole");
		assertThat(DealNameWords.prefixes("Ab Café")).containsExactly("ab", "ca", "caf", "cafe");
		assertThat(DealNameWords.prefixes("x")).isEmpty();
	}

	@Test
	void prefixesStopAtTwentyCharactersAndASearchWordIsLookedUpByItsFirstTwenty() {
		String word = "internationalisierungsprojekt";
		assertThat(DealNameWords.prefixes(word)).hasSize(19).contains("in", "internationalisierun")
			.allMatch(p -> p.length() <= DealNameWords.MAX);
		assertThat(DealNameWords.key(word)).isEqualTo("internationalisierun");
		assertThat(DealNameWords.longerThanKey(word)).isTrue();
		assertThat(DealNameWords.longerThanKey("nord")).isFalse();
		assertThat(DealNameWords.matches("Internationalisierungsprojekt Nord", List.of(word))).isTrue();
		assertThat(DealNameWords.matches("Internationalisierungsplan Nord", List.of(word))).isFalse();
	}

	@Test
	void everySearchedWordOfTwoCharactersOrMoreMustStartAWordOfTheName() {
		assertThat(DealNameWords.searched("Nord x ren")).containsExactly("nord", "ren");
		assertThat(DealNameWords.searched("no nord")).as("a word starting another adds nothing")
			.containsExactly("nord");
		assertThat(DealNameWords.searched("a b -")).isEmpty();
		assertThat(DealNameWords.matches("Nordwind Logistik · Renewal", List.of("nord", "ren"))).isTrue();
		assertThat(DealNameWords.matches("Nordwind Logistik · Renewal", List.of("ordwind"))).isFalse();
		assertThat(DealNameWords.matches("Nordwind Logistik · Renewal", List.of("nord", "upsell"))).isFalse();
	}
}
