package dev.custodian.customfield;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The list filters on custom fields ({@code cf.<key>=<value>}), checked against the fields, ready for the record
 * module's list query: each keeps the records that hold that value in that field. Only fields stored in the clear
 * can be filtered on; several filters combine.
 *
 * @param conditions one per filter
 * @param parameters the filters as given ({@code cf.region} to {@code north}), to carry on in links and forms
 */
public record CustomFieldFilter(List<Condition> conditions, Map<String, String> parameters) {

	/** No filter. */
	public static final CustomFieldFilter NONE = new CustomFieldFilter(List.of(), Map.of());

	public CustomFieldFilter {
		conditions = List.copyOf(conditions);
		parameters = Map.copyOf(parameters);
	}

	/**
	 * The SQL to append to a list query's {@code where} clause, one {@code and} per filter; the parameters are
	 * {@link #params()}, in order.
	 * @param idColumn the column of the record's id in that query, such as {@code c.id}
	 */
	public String sql(String idColumn) {
		StringBuilder sql = new StringBuilder();
		for (Condition condition : conditions) {
			sql.append(" and ").append(idColumn).append(" in (select v.record_id from custom_field_values v where ")
				.append("v.field_id = ? and ").append(condition.predicate()).append(")");
		}
		return sql.toString();
	}

	public List<Object> params() {
		List<Object> params = new ArrayList<>();
		for (Condition condition : conditions) {
			params.add(condition.fieldId());
			params.add(condition.value());
		}
		return params;
	}

	public boolean isEmpty() {
		return conditions.isEmpty();
	}

	/**
	 * One filter: the field, a predicate on its row {@code v} with one parameter, and that parameter.
	 */
	public record Condition(UUID fieldId, String predicate, Object value) {
	}
}
