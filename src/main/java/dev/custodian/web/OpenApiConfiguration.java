package dev.custodian.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API at {@code /v3/api-docs}, with bearer tokens (and HTTP Basic, for creating the first token)
 * as its security schemes.
 */
@Configuration
class OpenApiConfiguration {

	@Bean
	OpenAPI custodianOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Custodian API")
				.version("v1")
				.description("Contacts, companies, users, API tokens and the audit trail. Errors are RFC 9457 "
						+ "problem+json; lists use keyset pagination (limit, cursor → nextCursor); updates need "
						+ "If-Match with the ETag last read.")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque"))
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
