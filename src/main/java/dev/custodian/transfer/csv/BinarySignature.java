package dev.custodian.transfer.csv;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The first bytes of file types people upload by mistake instead of CSV, with what to tell them.
 */
enum BinarySignature {

	XLSX("looks like an Excel workbook (.xlsx); save it as CSV first", 0x50, 0x4B, 0x03, 0x04),
	ODS("looks like a spreadsheet workbook (.ods); save it as CSV first", 0x50, 0x4B, 0x03, 0x04),
	ZIP("looks like a ZIP archive; unpack it and upload the CSV file inside", 0x50, 0x4B, 0x03, 0x04),
	XLS("looks like an old Excel workbook (.xls); save it as CSV first", 0xD0, 0xCF, 0x11, 0xE0),
	PDF("looks like a PDF document; export the data as CSV instead", 0x25, 0x50, 0x44, 0x46),
	PNG("looks like a PNG image, not a table; export the data as CSV instead", 0x89, 0x50, 0x4E, 0x47),
	JPEG("looks like a JPEG image, not a table; export the data as CSV instead", 0xFF, 0xD8, 0xFF),
	GZIP("looks like a compressed (.gz) file; unpack it and upload the CSV file inside", 0x1F, 0x8B);

	private final String advice;

	private final byte[] magic;

	BinarySignature(String advice, int... magic) {
		this.advice = advice;
		this.magic = new byte[magic.length];
		for (int i = 0; i < magic.length; i++) {
			this.magic[i] = (byte) magic[i];
		}
	}

	/** What the file looks like and what to do about it, to follow "The file ". */
	String advice() {
		return advice;
	}

	static Optional<BinarySignature> of(byte[] sample) {
		for (BinarySignature signature : values()) {
			if (startsWith(sample, signature.magic)) {
				return Optional.of(signature == XLSX ? zipKind(sample) : signature);
			}
		}
		return Optional.empty();
	}

	/** Office files are ZIP archives; the names of their first entries tell which kind. */
	private static BinarySignature zipKind(byte[] sample) {
		String names = new String(sample, StandardCharsets.ISO_8859_1);
		if (names.contains("xl/")) {
			return XLSX;
		}
		return names.contains("opendocument.spreadsheet") ? ODS : ZIP;
	}

	private static boolean startsWith(byte[] sample, byte[] prefix) {
		if (sample.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (sample[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
