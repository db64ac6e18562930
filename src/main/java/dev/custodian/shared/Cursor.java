package dev.custodian.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An opaque position in a keyset-ordered list: the sort key values of the last item shown. Cursors travel in
 * URLs, so callers must only put non-personal values in them (timestamps, ids, company names).
 */
public record Cursor(List<String> values) {

	private static final String SEPARATOR = "\u001f";

	public static Cursor of(String... values) {
		return new Cursor(List.of(values));
	}

	public String encode() {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
	}

	public String value(int index) {
		return values.get(index);
	}

	/**
	 * @return the cursor, or {@code null} if the text is not one this server issued
	 */
	public static @Nullable Cursor decode(String text) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			return new Cursor(Arrays.asList(decoded.split(SEPARATOR, -1)));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
