package dev.custodian.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A postal address as typed into a form or sent as JSON; checked by {@link PostalAddress#of}.
 */
@Schema(name = "Address", description = "A postal address; in a merge patch, merged field by field")
public record AddressForm(@Schema(example = "12 St James's Square") @Nullable String street,
		@Schema(example = "London") @Nullable String city, @Schema(example = "SW1Y 4LB") @Nullable String postalCode,
		@Schema(description = "ISO 3166-1 alpha-2", example = "GB") @Nullable String country) {

	public static final AddressForm EMPTY = new AddressForm(null, null, null, null);

	public static AddressForm of(PostalAddress address) {
		return new AddressForm(address.street(), address.city(), address.postalCode(), address.country());
	}
}
