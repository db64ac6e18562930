package dev.custodian.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON object field by field into form values, collecting every mistake (unknown fields, wrong types)
 * as a violation instead of failing on the first. With a base value per field it also applies JSON Merge Patch
 * (RFC 7386): an absent field keeps the base, {@code null} clears it.
 */
public final class JsonInput {

	private final @Nullable JsonNode node;

	private final String prefix;

	private final Violations violations;

	private JsonInput(@Nullable JsonNode node, String prefix, Violations violations) {
		this.node = node;
		this.prefix = prefix;
		this.violations = violations;
	}

	/**
	 * @param body the request body, which must be a JSON object
	 * @param allowed the field names the object may have; any other is reported
	 */
	public static JsonInput of(@Nullable JsonNode body, Set<String> allowed, String prefix, Violations violations) {
		if (body == null || !body.isObject()) {
			violations.add(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
					"must be a JSON object");
			return new JsonInput(null, prefix, violations);
		}
		List<String> unknown = new ArrayList<>();
		for (Map.Entry<String, JsonNode> field : body.properties()) {
			if (!allowed.contains(field.getKey())) {
				unknown.add(field.getKey());
			}
		}
		unknown.forEach(name -> violations.add(prefix + name, "is not a known field"));
		return new JsonInput(body, prefix, violations);
	}

	public boolean has(String field) {
		return node != null && node.has(field);
	}

	/** The field's text, {@code null} for JSON null, or {@code base} when the field is absent. */
	public @Nullable String text(String field, @Nullable String base) {
		if (!has(field)) {
			return base;
		}
		JsonNode value = node.get(field);
		if (value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			violations.add(prefix + field, "must be a string");
			return base;
		}
		return value.asString();
	}

	public @Nullable Integer integer(String field) {
		if (!has(field) || node.get(field).isNull()) {
			return null;
		}
		JsonNode value = node.get(field);
		if (!value.isInt()) {
			violations.add(prefix + field, "must be a whole number");
			return null;
		}
		return value.asInt();
	}

	public @Nullable Boolean bool(String field) {
		if (!has(field) || node.get(field).isNull()) {
			return null;
		}
		JsonNode value = node.get(field);
		if (!value.isBoolean()) {
			violations.add(prefix + field, "must be true or false");
			return null;
		}
		return value.asBoolean();
	}

	public @Nullable List<String> strings(String field) {
		if (!has(field) || node.get(field).isNull()) {
			return null;
		}
		JsonNode value = node.get(field);
		List<String> result = new ArrayList<>();
		if (!value.isArray()) {
			violations.add(prefix + field, "must be an array of strings");
			return null;
		}
		for (JsonNode item : value) {
			if (!item.isString()) {
				violations.add(prefix + field, "must be an array of strings");
				return null;
			}
			result.add(item.asString());
		}
		return result;
	}

	/**
	 * A nested object, read with the same rules; {@code null} when absent or JSON null (check {@link #has}).
	 */
	public @Nullable JsonInput object(String field, Set<String> allowed) {
		if (!has(field) || node.get(field).isNull()) {
			return null;
		}
		return of(node.get(field), allowed, prefix + field + ".", violations);
	}

	/**
	 * Reads a postal address field: absent keeps {@code base}, null clears it, an object is merged into it.
	 */
	public AddressForm address(String field, AddressForm base) {
		if (!has(field)) {
			return base;
		}
		JsonInput address = object(field, Set.of("street", "city", "postalCode", "country"));
		if (address == null) {
			return AddressForm.EMPTY;
		}
		return new AddressForm(address.text("street", base.street()), address.text("city", base.city()),
				address.text("postalCode", base.postalCode()), address.text("country", base.country()));
	}
}
