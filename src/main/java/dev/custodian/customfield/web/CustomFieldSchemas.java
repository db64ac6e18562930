package dev.custodian.customfield.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schema of the {@code customFields} object that every record type taking custom fields carries
 * ({@code CustomFieldValues}), referred to by name from the record modules' resources.
 */
@Configuration(proxyBeanMethods = false)
class CustomFieldSchemas {

	static final String NAME = "CustomFieldValues";

	static final String REF = "#/components/schemas/" + NAME;

	@Bean
	OpenApiCustomizer customFieldValuesSchema() {
		return openApi -> {
			// any JSON value: a oneOf of the four kinds would say the same, but code generators trip over it
			Schema<Object> value = new Schema<>().description("A string (text, long text, email, phone in E.164, URL, "
					+ "choice, or a date as YYYY-MM-DD), a number (whole for number fields), a boolean, or an array of "
					+ "strings (multi-choice)");
			Schema<Object> values = new ObjectSchema().additionalProperties(value)
				.description("Custom field values keyed by field key (see /api/v1/custom-fields). Set with PUT, POST "
						+ "or a merge patch like any other field: a left-out key is cleared by a PUT and kept by a "
						+ "patch, null clears it. A value of the wrong type, an unknown key, a missing required field "
						+ "or a choice outside the options is a 400 naming customFields.<key>. Fields without a value "
						+ "are left out.");
			Map<String, Object> example = new LinkedHashMap<>();
			example.put("region", "north");
			example.put("visits", 3);
			values.setExample(example);
			openApi.getComponents().addSchemas(NAME, values);
			// a record component of type Map comes out as an object beside the reference; the reference alone says it
			openApi.getComponents().getSchemas().values().forEach(CustomFieldSchemas::referOnly);
		};
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void referOnly(Schema<?> schema) {
		Map<String, Schema> properties = (Map) schema.getProperties();
		if (properties == null) {
			return;
		}
		properties.replaceAll((name, property) -> REF.equals(property.get$ref()) ? new Schema<>().$ref(REF) : property);
	}
}
