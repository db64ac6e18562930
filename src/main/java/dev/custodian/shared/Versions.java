package dev.custodian.shared;

import org.jspecify.annotations.Nullable;

/**
 * Maps stored versions to HTTP entity tags and back, for optimistic locking with {@code ETag}/{@code If-Match}.
 */
public final class Versions {

	private Versions() {
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * @param ifMatch the {@code If-Match} header
	 * @return the version the client last read, or -1 when the tag is not one of ours (it then matches nothing)
	 * @throws PreconditionRequiredException when the header is missing
	 */
	public static long expected(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		String tag = ifMatch.trim();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}
}
