package dev.custodian.customfield.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.custodian.catalog.DataCategory;
import dev.custodian.catalog.SpecialCategoryCondition;
import dev.custodian.customfield.CustomField;
import dev.custodian.customfield.CustomFields;
import dev.custodian.customfield.FieldType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Custom fields for templates, as {@code @customFieldDisplay}: the fields a record's form and page show (those the
 * current user may see, in display order), the input each type takes, and values written as the reader's
 * language writes them. The record modules' templates include {@code customfield/fields} fragments, which use it.
 */
@Component("customFieldDisplay")
public class CustomFieldDisplay {

	private static final Map<String, DateTimeFormatter> DATES = Map.of("en",
			DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH), "de",
			DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.GERMAN));

	private final CustomFields customFields;

	private final MessageSource messages;

	CustomFieldDisplay(CustomFields customFields, MessageSource messages) {
		this.customFields = customFields;
		this.messages = messages;
	}

	/** The fields of a record type the reader may see, in display order. */
	public List<CustomField> fields(String recordType) {
		return customFields.fieldsOf(recordType);
	}

	/** The fields a list of the record type can be filtered on. */
	public List<CustomField> filterable(String recordType) {
		return fields(recordType).stream().filter(CustomField::filterable).toList();
	}

	/** A form's labels (field path to label) with those of the record type's custom fields, for its error summary. */
	public Map<String, String> withLabels(String recordType, Map<String, String> labels) {
		Map<String, String> all = new LinkedHashMap<>(labels);
		fields(recordType).forEach(f -> all.put(f.path(), f.label()));
		return all;
	}

	/** The filters in force as the rest of a query string ({@code &cf.region=north}), for links that continue a list. */
	public String query(Map<String, String> given) {
		StringBuilder query = new StringBuilder();
		given.forEach((name, value) -> query.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return query.toString();
	}

	/** The type of the {@code input} element for a field shown as one. */
	public String inputType(CustomField field) {
		return switch (field.type()) {
			case NUMBER, DECIMAL -> "number";
			case DATE -> "date";
			case EMAIL -> "email";
			case PHONE -> "tel";
			case URL -> "url";
			default -> "text";
		};
	}

	/** The value as a form field shows it: what was typed, or the stored value. */
	public String formValue(@Nullable Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value == null ? "" : String.valueOf(value);
	}

	/** Whether a choice (or one of a multi-choice's) is the option. */
	public boolean holds(@Nullable Object value, String option) {
		return value instanceof List<?> list ? list.contains(option) : option.equals(value);
	}

	public boolean checked(@Nullable Object value) {
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

	/** A stored value for people to read, in the request's language. */
	public String text(CustomField field, @Nullable Object value) {
		if (value == null) {
			return "";
		}
		Locale locale = locale();
		return switch (field.type()) {
			case BOOLEAN -> messages.getMessage(Boolean.TRUE.equals(value) ? "customfield.value.yes"
					: "customfield.value.no", null, locale);
			case DATE -> DATES.get(locale.getLanguage()).format(LocalDate.parse(String.valueOf(value)));
			case NUMBER, DECIMAL -> {
				NumberFormat format = NumberFormat.getNumberInstance(locale);
				format.setMaximumFractionDigits(10);
				yield format.format(value);
			}
			case MULTI_CHOICE -> value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf)
				.toList()) : String.valueOf(value);
			case PHONE -> dev.custodian.shared.PhoneNumbers.display(String.valueOf(value));
			default -> String.valueOf(value);
		};
	}

	public List<FieldType> types() {
		return List.of(FieldType.values());
	}

	public List<DataCategory> categories() {
		return List.of(DataCategory.values());
	}

	public List<SpecialCategoryCondition> conditions() {
		return Arrays.asList(SpecialCategoryCondition.values());
	}

	private static Locale locale() {
		return "de".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
	}
}
