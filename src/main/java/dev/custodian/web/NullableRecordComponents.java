package dev.custodian.web;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Publishes the null contracts the code already states: a record component marked {@link Nullable} may be
 * {@code null} in JSON ({@code "type": ["string", "null"]}), every other one is present and never null. So the
 * records stay the single source of truth, and generated clients know which fields to check.
 */
@Component
class NullableRecordComponents implements ModelConverter {

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context,
			Iterator<ModelConverter> chain) {
		Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (schema == null || type.getType() == null) {
			return schema;
		}
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (!raw.isRecord()) {
			return schema;
		}
		Schema<?> model = schema.get$ref() == null ? schema
				: context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
		if (model == null || model.getProperties() == null) {
			return schema;
		}
		Map<String, Schema> properties = model.getProperties();
		for (RecordComponent component : raw.getRecordComponents()) {
			Schema property = properties.get(component.getName());
			if (property == null) {
				continue;
			}
			if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				allowNull(property);
			}
			else {
				model.addRequiredItem(component.getName());
			}
		}
		return schema;
	}

	@SuppressWarnings("rawtypes")
	private static void allowNull(Schema property) {
		if (property.get$ref() != null) {
			return;
		}
		if (property.getTypes() == null && property.getType() != null) {
			property.addType(property.getType());
		}
		property.addType("null");
	}
}
