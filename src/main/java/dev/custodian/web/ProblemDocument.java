package dev.custodian.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.custodian.shared.FieldViolation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The shape of every error answer under {@code /api} (RFC 9457), for the OpenAPI document only: what
 * {@link ApiProblems} and the security layer actually write. The conflict properties appear only on a 409, each
 * naming the record the request clashed with by id.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem. Messages never repeat submitted values.")
record ProblemDocument(@Schema(description = "Always about:blank: the status says what happened",
		example = "about:blank") URI type,
		@Schema(description = "Short summary of the status", example = "Invalid input") String title,
		@Schema(description = "The HTTP status", example = "400") int status,
		@Schema(description = "What went wrong, without the submitted values",
				example = "Some fields are invalid; see errors.") String detail,
		@Schema(description = "The request path", format = "uri-reference", example = "/api/v1/contacts") @Nullable URI instance,
		@Schema(description = "On a 400: every invalid field, not just the first") @Nullable List<FieldViolation> errors,
		@Schema(description = "On a 409: the contact that has this email already") @Nullable UUID existingContactId,
		@Schema(description = "On a 409: the company that has this domain already") @Nullable UUID existingCompanyId,
		@Schema(description = "On a 409: the user that has this username already") @Nullable UUID existingUserId,
		@Schema(description = "On a 409: the last enabled administrator, who cannot be demoted or disabled")
		@Nullable UUID userId) {
}
