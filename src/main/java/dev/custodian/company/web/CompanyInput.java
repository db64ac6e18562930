package dev.custodian.company.web;

import java.util.Map;

import dev.custodian.shared.AddressForm;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The body of a create or replace, for the OpenAPI document only: {@link CompanyResource#read} reads the JSON
 * itself, so that every mistake, unknown fields included, is reported at once.
 */
@Schema(name = "CompanyInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "A company to create, or all fields of one to replace (a left-out field is cleared). Unknown "
				+ "fields are a 400; id, subjectId, restricted, createdAt, updatedAt and version are accepted and ignored.")
record CompanyInput(@Schema(example = "Analytical Engines Ltd") String name,
		@Schema(description = "One person trading on their own account: a data subject, whose contact details are "
				+ "personal data. Left out: false") @Nullable Boolean soleTrader,
		@Schema(example = "engines.example", description = "Unique: a duplicate is a 409 naming existingCompanyId")
		@Nullable String domain,
		@Schema(example = "Manufacturing") @Nullable String industry,
		@Schema(allowableValues = { "1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5001+" },
				example = "11-50") @Nullable String sizeBand,
		@Schema(example = "+44 20 7946 0000") @Nullable String phone,
		@Schema(example = "office@engines.example", format = "email") @Nullable String email,
		@Schema(example = "https://engines.example") @Nullable String website, @Nullable AddressForm address,
		@Schema(ref = "#/components/schemas/CustomFieldValues") @Nullable Map<String, Object> customFields) {
}
