package dev.custodian.transfer.csv;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ImportValuesTests {

	@ParameterizedTest
	@CsvSource({ "de,DE", "DE,DE", "DEU,DE", "deu,DE", "Germany,DE", "Deutschland,DE", "Allemagne,DE",
			"Alemania,DE", "Duitsland,DE", "Österreich,AT", "Oesterreich,AT", "Austria,AT", "Schweiz,CH",
			"Switzerland,CH", "United States,US", "USA,US", "U.S.,US", "U.S.A.,US", "United Kingdom,GB", "UK,GB",
			"England,GB", "Scotland,GB", "Wales,GB", "Great Britain,GB", "France,FR", "Frankreich,FR",
			"' the Netherlands ',NL", "Niederlande,NL", "Holland,NL", "Italia,IT", "España,ES", "Espana,ES",
			"Côte d’Ivoire,CI", "Czech Republic,CZ", "Japan,JP" })
	void readsCountryCodesAndNames(String raw, String code) {
		assertThat(ImportValues.countryCode(raw)).contains(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "Atlantis", "XX", "XYZ", "Europe", "123" })
	void leavesUnknownCountriesEmpty(String raw) {
		assertThat(ImportValues.countryCode(raw)).isEmpty();
	}

	@Test
	void readsEveryIsoCodeAndItsEnglishName() {
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale("", code);
			assertThat(ImportValues.countryCode(code)).as(code).contains(code);
			assertThat(ImportValues.countryCode(country.getISO3Country())).as(code).contains(code);
			assertThat(ImportValues.countryCode(country.getDisplayCountry(Locale.ENGLISH))).as(code).contains(code);
		}
	}

	@ParameterizedTest
	@CsvSource({ "Lead,lead", "lead,lead", "Marketing Qualified Lead,marketing-qualified",
			"marketingqualifiedlead,marketing-qualified", "MQL,marketing-qualified",
			"Sales Qualified Lead,sales-qualified", "SQL,sales-qualified", "salesqualifiedlead,sales-qualified",
			"Opportunity,opportunity", "Customer,customer", "Evangelist,evangelist", "Subscriber,subscriber",
			"Other,other", "marketing-qualified,marketing-qualified", "' CUSTOMER ',customer" })
	void readsLifecycleStages(String raw, String stage) {
		assertThat(ImportValues.lifecycleStage(raw)).contains(stage);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Hot", "Closed Won", "qualified" })
	void leavesUnknownLifecycleStagesEmpty(String raw) {
		assertThat(ImportValues.lifecycleStage(raw)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "Ada Lovelace,Ada,Lovelace", "' Ada   Lovelace ',Ada,Lovelace", "Ada,Ada,''",
			"'Lovelace, Ada',Ada,Lovelace", "'Lovelace , Ada Augusta',Ada Augusta,Lovelace",
			"Ada Augusta King,Ada Augusta,King", "Ludwig van Beethoven,Ludwig,van Beethoven",
			"Ursula von der Leyen,Ursula,von der Leyen", "Martin Luther King Jr.,Martin Luther,King Jr.",
			"'King Jr., Martin',Martin,King Jr.", "'Ada,',Ada,''", "'',,", "Van Morrison,Van,Morrison" })
	void splitsFullNames(String raw, String first, String last) {
		assertThat(ImportValues.splitFullName(raw)).containsExactly(first == null ? "" : first,
				last == null ? "" : last);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "|", value = { "1|1-10", "10|1-10", "11|11-50", "42|11-50", "200|51-200",
			"1,200|1001-5000", "1.200|1001-5000", "1 200|1001-5000", "999|501-1000", "5000|1001-5000",
			"5001|5001+", "250000|5001+", "42.0|11-50", "1-10|1-10", "11-50|11-50", "51 - 200|51-200",
			"201-500|201-500", "501-1,000|501-1000", "1001-5000|1001-5000", "1,001-5,000|1001-5000", "5001+|5001+",
			"10,001+|5001+", "10-50|11-50", "11 to 50|11-50", "51-200 employees|51-200",
			"100 Mitarbeiter|51-200", "12345678901234|5001+" })
	void readsCompanySizes(String raw, String band) {
		assertThat(ImportValues.sizeBand(raw)).contains(band);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "0", "-5", "many", "1.5", "about 40", "11-", "Small" })
	void leavesUnreadableSizesEmpty(String raw) {
		assertThat(ImportValues.sizeBand(raw)).isEmpty();
	}

	@Test
	void neverThrowsWhateverTheInput() {
		Random random = new Random(7);
		String alphabet = "aZ09 ,.-+;'\"é€\u0000\uFFFD日";
		for (int i = 0; i < 5_000; i++) {
			StringBuilder raw = new StringBuilder();
			for (int n = random.nextInt(12); n > 0; n--) {
				raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String text = raw.toString();
			assertThatNoException().isThrownBy(() -> {
				ImportValues.countryCode(text);
				ImportValues.lifecycleStage(text);
				ImportValues.sizeBand(text);
				assertThat(ImportValues.splitFullName(text)).hasSize(2).doesNotContainNull();
			});
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1,234.56|1234.56", "1.234,56|1234.56", "€ 1 200|1200", "$1,200.00|1200.00",
			"1200|1200", "12.5|12.5", "12,50 €|12.50", "EUR 1.200|1200", "1,200|1200", "1.200|1200",
			"1'234.50|1234.50", "1 234 567,89|1234567.89", "USD1,000,000|1000000", "0|0", "£99.99|99.99",
			"1234.5678|1234.5678", "-5|-5", "'1\u00A0200,00 €'|1200.00" })
	void readsAmountsAsSpreadsheetsWriteThem(String raw, String plain) {
		assertThat(ImportValues.amount(raw)).contains(plain);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "12k", "1,2,3", "1.234,567.8", "12,34,567", "1,200.", ".5", "1 2",
			"€", "1.2.3", "1..2", "twelve euros" })
	void leavesUnreadableAmountsEmpty(String raw) {
		assertThat(ImportValues.amount(raw)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "2026-05-01,2026-05-01", "2026-05-01T09:30:00Z,2026-05-01", "'2026-05-01 09:30',2026-05-01",
			"2026-5-1,2026-05-01", "2026/05/01,2026-05-01", "01.05.2026,2026-05-01", "1.5.2026,2026-05-01",
			"'01.05.2026 14:00',2026-05-01", "5/1/2026,2026-05-01", "12/31/2026,2026-12-31",
			"'5/1/2026 10:00 AM',2026-05-01" })
	void readsIsoGermanAndUsDates(String raw, String iso) {
		assertThat(ImportValues.date(raw)).contains(iso);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "tomorrow", "31/12/2026", "31.04.2026", "2026-13-01", "1.5.26", "May 1, 2026",
			"2026-05-01x" })
	void leavesUnreadableDatesEmpty(String raw) {
		assertThat(ImportValues.date(raw)).isEmpty();
	}

	@Test
	void amountsAndDatesNeverThrow() {
		Random random = new Random(7);
		String alphabet = "0123456789.,'’ €$-/:TZabc\u00A0";
		for (int n = 0; n < 20_000; n++) {
			StringBuilder raw = new StringBuilder();
			for (int i = random.nextInt(14); i > 0; i--) {
				raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertThatNoException().isThrownBy(() -> ImportValues.amount(raw.toString()));
			assertThatNoException().isThrownBy(() -> ImportValues.date(raw.toString()));
		}
	}
}
