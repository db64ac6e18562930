package dev.custodian.contact.web;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.custodian.contact.Contact;
import dev.custodian.contact.ContactForm;
import dev.custodian.customfield.CustomValues;
import dev.custodian.shared.AddressForm;
import dev.custodian.shared.JsonInput;
import dev.custodian.shared.Violations;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A contact as the API shows it.
 */
@Schema(name = "Contact")
record ContactResource(UUID id,
		@Schema(description = "The data subject this contact is: the same as its id") UUID subjectId,
		@Nullable String firstName, @Nullable String lastName, @Nullable String email,
		@Nullable String phone, @Nullable String jobTitle, @Nullable UUID companyId, @Nullable UUID ownerId,
		String lifecycleStage, @Nullable String source, AddressForm address,
		@Schema(ref = "#/components/schemas/CustomFieldValues") Map<String, Object> customFields, Instant createdAt,
		Instant updatedAt, long version,
		@Schema(description = "Processing is restricted (Art. 18): the contact is only stored, refuses "
				+ "changes (409) and is left out of lists for everyone but the data-protection officer; set and "
				+ "lifted under /api/v1/subjects") boolean restricted) {

	static final Set<String> FIELDS = Set.of("firstName", "lastName", "email", "phone", "jobTitle", "companyId",
			"ownerId", "lifecycleStage", "source", "address", "customFields", "id", "subjectId", "createdAt",
			"updatedAt", "version", "restricted");

	static ContactResource of(Contact c, CustomValues custom) {
		return new ContactResource(c.id().value(), c.subjectId(), c.firstName(), c.lastName(), c.email(), c.phone(),
				c.jobTitle(), c.companyId() == null ? null : c.companyId().value(),
				c.ownerId() == null ? null : c.ownerId().value(), c.lifecycleStage().code(), c.source(),
				AddressForm.of(c.address()), custom.present(), c.createdAt(), c.updatedAt(), c.version(),
				c.restricted());
	}

	/**
	 * Reads a request body over {@code base}: for create and replace the base is empty, for a merge patch it is
	 * the stored contact (whose custom fields a patch merges key by key). Read-only fields ({@code id},
	 * {@code subjectId}, timestamps, {@code version}, {@code restricted}) are accepted and ignored, so a client may
	 * send back what it read.
	 */
	static ContactForm read(@Nullable JsonNode body, ContactForm base, Violations violations) {
		JsonInput in = JsonInput.of(body, FIELDS, "", violations);
		return new ContactForm(in.text("firstName", base.firstName()), in.text("lastName", base.lastName()),
				in.text("email", base.email()), in.text("phone", base.phone()), in.text("jobTitle", base.jobTitle()),
				in.text("companyId", base.companyId()), in.text("ownerId", base.ownerId()),
				in.text("lifecycleStage", base.lifecycleStage()), in.text("source", base.source()),
				in.address("address", base.addressOrEmpty()),
				CustomValues.fromJson(body, base.customFieldsOrNone(), violations));
	}
}
