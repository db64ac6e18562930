package dev.custodian.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API at {@code /v3/api-docs}: bearer tokens (and HTTP Basic, for creating the first token) as
 * security schemes, and the error answers every operation shares, as reusable responses in problem+json.
 * Operations refer to these by name ({@code @ApiResponse(responseCode = "404", ref = "NotFound")}), so the
 * modules need no type of this one.
 */
@Configuration
class OpenApiConfiguration {

	static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenAPI custodianOpenApi() {
		Components components = new Components()
			.addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque")
						.description("An API token (cst_…) from POST /api/v1/tokens"))
			.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
				.description("Username and password; meant for creating the first token"));
		problem(components, "InvalidInput", "Invalid input: errors names every invalid field at once, unknown fields "
				+ "included. Nothing was changed.", 400, "Invalid input", "Some fields are invalid; see errors.");
		problem(components, "Unauthorized", "No valid credentials: a missing, expired or revoked token.", 401,
				"Unauthorized", "Authentication is required.");
		problem(components, "Forbidden", "The caller's role or token scopes do not allow this.", 403, "Forbidden",
				"You may not do this.");
		problem(components, "NotFound", "No record has this id (a malformed id included).", 404, "Not found",
				"contact 0190a0c4-7c3a-7d1e-9a51-2f3c1d5e6b7a not found");
		problem(components, "Conflict", "Clashes with stored data; the problem names the record by id.", 409,
				"Conflict", "A contact with this email exists already");
		problem(components, "Restricted", "The person's data is restricted (Art. 18): it is only stored until the "
				+ "restriction is lifted. Nothing was changed.", 409, "Restricted",
				dev.custodian.shared.RestrictedException.MESSAGE);
		problem(components, "PreconditionFailed", "If-Match names an older version; ETag carries the current one.",
				412, "Precondition failed", "The resource was changed by someone else; current version is 3");
		components.getResponses()
			.get("PreconditionFailed")
			.addHeaderObject("ETag", new Header().description("The current version").schema(new StringSchema()));
		problem(components, "TooLarge", "The upload is larger than the server takes (2 GB for an import).", 413,
				"Payload too large", "Maximum upload size exceeded");
		problem(components, "Gone", "The resource existed and is gone for good: an export's file expired and was "
				+ "destroyed with its key.", 410, "Gone", "The export expired: its file was destroyed");
		problem(components, "PreconditionRequired", "If-Match is missing: send the ETag you last read.", 428,
				"Precondition required", "Send If-Match with the ETag you last read, so that no update is lost");
		return new OpenAPI()
			.info(new Info().title("Custodian API")
				.version("v1")
				.description("Contacts, companies, users, API tokens, the audit trail, the data catalogue and data "
						+ "subjects (export, restriction, erasure). Errors are RFC 9457 "
						+ "problem+json; lists use keyset pagination (limit, cursor → nextCursor); updates need "
						+ "If-Match with the ETag last read. Request bodies are strict: an unknown field is a 400.")
				.contact(new Contact().name("Custodian maintainers"))
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.servers(List.of(new Server().url("http://localhost:8080")
				.description("The embedded default; use your own host in production")))
			.components(components)
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	/**
	 * Every API operation can answer 401 (the security filters write it before any controller runs) and 403
	 * (the service layer checks permissions), so they are added here rather than on each operation.
	 */
	@Bean
	OpenApiCustomizer securityAnswers() {
		return openApi -> {
			// The 3.1 converters are the ones springdoc set up, with NullableRecordComponents among them.
			ModelConverters.getInstance(true)
				.readAll(ProblemDocument.class)
				.forEach(openApi.getComponents()::addSchemas);
			openApi.getPaths()
				.values()
				.forEach(path -> path.readOperations().forEach(OpenApiConfiguration::addSecurityAnswers));
			if (openApi.getTags() != null) {
				// springdoc collects tags in no fixed order; the committed document needs one.
				openApi.getTags().sort(java.util.Comparator.comparing(io.swagger.v3.oas.models.tags.Tag::getName));
			}
		};
	}

	private static void addSecurityAnswers(Operation operation) {
		ApiResponses responses = operation.getResponses();
		if (!responses.containsKey("401")) {
			responses.addApiResponse("401", new ApiResponse().$ref("Unauthorized"));
		}
		if (!responses.containsKey("403")) {
			responses.addApiResponse("403", new ApiResponse().$ref("Forbidden"));
		}
	}

	private static void problem(Components components, String name, String description, int status, String title,
			String detail) {
		Map<String, Object> example = new java.util.LinkedHashMap<>();
		example.put("type", "about:blank");
		example.put("title", title);
		example.put("status", status);
		example.put("detail", detail);
		if (status == 400) {
			example.put("errors", List.of(Map.of("field", "email", "message",
					"must be an email address such as name@example.com")));
		}
		MediaType mediaType = new MediaType().schema(new Schema<>().$ref("Problem"))
			.examples(Map.of(name, new Example().value(example)));
		components.addResponses(name, new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON, mediaType)));
	}
}
