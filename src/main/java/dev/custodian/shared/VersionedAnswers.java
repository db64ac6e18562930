package dev.custodian.shared;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

/**
 * The answers of a record's API that carry its version: {@code 201} with {@code Location} and {@code ETag} for a
 * created record, {@code 200} with {@code ETag} for a read or changed one. Every record type answers alike, so a
 * client's optimistic locking ({@code If-Match}) works the same everywhere.
 */
public final class VersionedAnswers {

	private VersionedAnswers() {
	}

	/**
	 * @param collection the collection's path ({@code /api/v1/contacts})
	 * @param id the new record's id
	 * @param version the new record's version
	 * @param body the record as the API shows it
	 */
	public static <T> ResponseEntity<T> created(String collection, Object id, long version, T body) {
		return ResponseEntity.created(URI.create(collection + "/" + id)).eTag(Versions.etag(version)).body(body);
	}

	/** {@code 200} with the record and its version as entity tag. */
	public static <T> ResponseEntity<T> current(long version, T body) {
		return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
	}

	/**
	 * For a deletion, where {@code If-Match} is optional: the version it names, or {@code null} when there is none.
	 * @see Versions#expected(String)
	 */
	public static @Nullable Long expectedIfGiven(@Nullable String ifMatch) {
		return ifMatch == null ? null : Versions.expected(ifMatch);
	}
}
