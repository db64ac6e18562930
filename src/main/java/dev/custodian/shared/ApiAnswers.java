package dev.custodian.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * What the OpenAPI document says alike for every record type's API: the problem answers of a change guarded by
 * {@code If-Match}, and the words for that header. A record type's {@code *ApiDocs} interface names its own
 * successful answers and adds these.
 */
public final class ApiAnswers {

	/** How {@code If-Match} is described on every operation that takes it. */
	public static final String IF_MATCH = "The ETag last read, quotes included (\"3\")";

	private ApiAnswers() {
	}

	/**
	 * The problems a replace or merge patch of a versioned record can answer: invalid input (400), no such record
	 * (404), a conflict such as a restriction (409), a stale {@code If-Match} (412) and a missing one (428).
	 */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	@ApiResponse(responseCode = "428", ref = "PreconditionRequired")
	public @interface VersionedChangeProblems {
	}
}
