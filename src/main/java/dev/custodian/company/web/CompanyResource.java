package dev.custodian.company.web;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.custodian.company.Company;
import dev.custodian.company.CompanyForm;
import dev.custodian.customfield.CustomValues;
import dev.custodian.shared.AddressForm;
import dev.custodian.shared.JsonInput;
import dev.custodian.shared.Violations;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A company as the API shows it.
 */
@Schema(name = "Company")
record CompanyResource(UUID id, String name,
		@Schema(description = "Whether the company is one person trading on their own account (a data subject)")
		boolean soleTrader,
		@Schema(description = "The data subject a sole trader is (the company's own id); null for an organisation",
				format = "uuid") @Nullable UUID subjectId,
		@Nullable String domain, @Nullable String industry, @Nullable String sizeBand, @Nullable String phone,
		@Nullable String email, @Nullable String website, AddressForm address,
		@Schema(ref = "#/components/schemas/CustomFieldValues") Map<String, Object> customFields,
		@Schema(description = "Whether the sole trader's data is restricted (Art. 18): changes answer 409 until the "
				+ "restriction is lifted") boolean restricted,
		Instant createdAt, Instant updatedAt, long version) {

	static final Set<String> FIELDS = Set.of("name", "soleTrader", "domain", "industry", "sizeBand", "phone", "email",
			"website", "address", "customFields", "id", "subjectId", "restricted", "createdAt", "updatedAt", "version");

	static CompanyResource of(Company c, CustomValues custom) {
		return new CompanyResource(c.id().value(), c.name(), c.soleTrader(), c.subjectId(), c.domain(), c.industry(),
				c.sizeBand() == null ? null : c.sizeBand().code(), c.phone(), c.email(), c.website(),
				AddressForm.of(c.address()), custom.present(), c.restricted(), c.createdAt(), c.updatedAt(), c.version());
	}

	/** Reads a request body over {@code base} (empty for create and replace, the stored company for a patch). */
	static CompanyForm read(@Nullable JsonNode body, CompanyForm base, Violations violations) {
		JsonInput in = JsonInput.of(body, FIELDS, "", violations);
		return new CompanyForm(in.text("name", base.name()), in.text("domain", base.domain()),
				in.text("industry", base.industry()), in.text("sizeBand", base.sizeBand()),
				in.text("phone", base.phone()), in.text("website", base.website()),
				in.address("address", base.addressOrEmpty()), in.text("email", base.email()),
				in.has("soleTrader") ? in.bool("soleTrader") : base.soleTrader(),
				CustomValues.fromJson(body, base.customFieldsOrNone(), violations));
	}
}
