package dev.custodian.transfer.csv;

import java.nio.charset.Charset;

/**
 * How a CSV file is written.
 *
 * @param charset the encoding of its text
 * @param delimiter the character between cells, such as {@code ,} {@code ;} or a tab
 * @param bom whether the file starts with a UTF-8 byte order mark, which readers skip
 */
public record CsvFormat(Charset charset, char delimiter, boolean bom) {

	public CsvFormat {
		if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
			throw new IllegalArgumentException("a quote or a line break cannot separate cells");
		}
	}
}
