package dev.custodian.transfer.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import dev.custodian.transfer.csv.NotCsvException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvSnifferTests {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@TempDir
	Path dir;

	private Path file(byte[] content) throws IOException {
		return Files.write(dir.resolve("upload.csv"), content);
	}

	private Path file(String content, Charset charset) throws IOException {
		return file(content.getBytes(charset));
	}

	private CsvFormat sniff(Path file) throws Exception {
		return CsvSniffer.sniff(file, null, null);
	}

	private NotCsvException refusal(byte[] content) throws IOException {
		Path file = file(content);
		return assertThatExceptionOfType(NotCsvException.class).isThrownBy(() -> sniff(file)).actual();
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	private static byte[] concat(byte[] head, String tail) {
		byte[] rest = tail.getBytes(StandardCharsets.ISO_8859_1);
		byte[] all = Arrays.copyOf(head, head.length + rest.length);
		System.arraycopy(rest, 0, all, head.length, rest.length);
		return all;
	}

	@Test
	void refusesEmptyFiles() throws Exception {
		assertThat(refusal(new byte[0]).reason()).isEqualTo(Reason.EMPTY);
		assertThat(refusal(bytes(0xEF, 0xBB, 0xBF)).reason()).isEqualTo(Reason.EMPTY);
		assertThat(refusal(" \r\n\t\n".getBytes(StandardCharsets.US_ASCII)).reason()).isEqualTo(Reason.EMPTY);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "|", value = { "504B0304|xl/workbook.xml|.xlsx",
			"504B0304|mimetypeapplication/vnd.oasis.opendocument.spreadsheet|.ods", "504B0304|data.csv|ZIP archive",
			"D0CF11E0A1B11AE1|x|.xls", "25504446|-1.7|PDF", "89504E470D0A1A0A|x|PNG", "FFD8FFE0|x|JPEG",
			"1F8B0800|x|.gz" })
	void refusesBinaryFilesSayingWhatTheyLookLike(String magic, String rest, String named) throws Exception {
		NotCsvException refusal = refusal(concat(java.util.HexFormat.of().parseHex(magic), rest));
		assertThat(refusal.reason()).isEqualTo(Reason.NOT_TEXT);
		assertThat(refusal.getMessage()).contains(named);
	}

	@Test
	void refusesTextWithNulBytesAndUtf16() throws Exception {
		assertThat(refusal("name,email\nAda\0,x\n".getBytes(StandardCharsets.US_ASCII)).reason())
			.isEqualTo(Reason.NOT_TEXT);
		for (Charset utf16 : new Charset[] { StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
				StandardCharsets.UTF_16BE }) {
			NotCsvException refusal = refusal("name,email\nAda,ada@example.org\n".getBytes(utf16));
			assertThat(refusal.reason()).isEqualTo(Reason.NOT_TEXT);
			assertThat(refusal.getMessage()).contains("UTF-16").contains("UTF-8");
		}
	}

	@Test
	void readsAByteOrderMarkAsUtf8() throws Exception {
		CsvFormat format = sniff(file(concat(bytes(0xEF, 0xBB, 0xBF), "Name;Stadt\nA;B\n")));
		assertThat(format).isEqualTo(new CsvFormat(StandardCharsets.UTF_8, ';', true));
	}

	@Test
	void guessesTheEncoding() throws Exception {
		assertThat(sniff(file("Name,Straße\nZoë,Köln €\n", StandardCharsets.UTF_8)).charset())
			.isEqualTo(StandardCharsets.UTF_8);
		assertThat(sniff(file("Name,Straße\nZoë,Köln €\n", WINDOWS_1252)).charset()).isEqualTo(WINDOWS_1252);
		assertThat(sniff(file(concat("Name,City\nX,".getBytes(StandardCharsets.US_ASCII), "\u0081\u00e9\n"))).charset())
			.isEqualTo(StandardCharsets.ISO_8859_1);
		assertThat(sniff(file("Name,City\nX,Y\n", StandardCharsets.US_ASCII)).charset())
			.isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void aCharacterCutAtTheEndOfTheSampleIsStillUtf8() throws Exception {
		StringBuilder csv = new StringBuilder("Name,City\n");
		while (csv.length() < CsvSniffer.SAMPLE_BYTES - 1) {
			csv.append('x');
		}
		csv.setLength(CsvSniffer.SAMPLE_BYTES - 1);
		csv.append("é\n");
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(bytes[CsvSniffer.SAMPLE_BYTES - 1]).isEqualTo((byte) 0xC3);
		assertThat(sniff(file(bytes)).charset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "|", value = { "'a,b,c'|,", "'a;b;c'|;", "'a\tb\tc'|'\t'", "'a|b|c'|'|'",
			"'\"x;y;z\",b,c'|,", "'a,b;c'|,", "'a;b\tc'|;", "Name|,", "'\n\na;b,c;d\n1;2,3;4'|;" })
	void guessesTheDelimiterFromTheHeaderRow(String header, char delimiter) throws Exception {
		assertThat(sniff(file(header + "\nx\n", StandardCharsets.UTF_8)).delimiter()).isEqualTo(delimiter);
	}

	@Test
	void keepsWhatTheUserChose() throws Exception {
		Path file = file("Name;Straße\nZoë;Köln\n", StandardCharsets.UTF_8);
		assertThat(CsvSniffer.sniff(file, StandardCharsets.ISO_8859_1, ','))
			.isEqualTo(new CsvFormat(StandardCharsets.ISO_8859_1, ',', false));
	}

	@ParameterizedTest
	@ValueSource(strings = { ",,,\nAda,Lovelace,x\n", "\"\",\"  \"\nAda,Lovelace\n" })
	void refusesAFileWithoutHeaderRow(String csv) throws Exception {
		NotCsvException refusal = refusal(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(refusal.reason()).isEqualTo(Reason.NO_HEADER);
		assertThat(refusal.getMessage()).isEqualTo("The file has no header row: the first row must name the columns.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ada,Lovelace,ada@example.org\n", "42,\"1,200.50\",2024-03-01,\n",
			"7;03.11.2024;12/31/2024 11:59 PM;-5%\n" })
	void refusesAFileWhoseFirstRowIsData(String csv) throws Exception {
		NotCsvException refusal = refusal(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(refusal.reason()).isEqualTo(Reason.NO_HEADER);
		assertThat(refusal.getMessage()).contains("looks like data").doesNotContain("ada@").doesNotContain("42");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Email,2024,Q1\n", "First Name,Last Name,E-Mail Address\n", "id\n1\n" })
	void acceptsHeadersThatMerelyMentionNumbersOrEmail(String csv) throws Exception {
		assertThat(sniff(file(csv, StandardCharsets.UTF_8)).charset()).isEqualTo(StandardCharsets.UTF_8);
	}

}
