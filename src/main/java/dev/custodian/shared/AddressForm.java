package dev.custodian.shared;

import org.jspecify.annotations.Nullable;

/**
 * A postal address as typed into a form or sent as JSON; checked by {@link PostalAddress#of}.
 */
public record AddressForm(@Nullable String street, @Nullable String city, @Nullable String postalCode,
		@Nullable String country) {

	public static final AddressForm EMPTY = new AddressForm(null, null, null, null);

	public static AddressForm of(PostalAddress address) {
		return new AddressForm(address.street(), address.city(), address.postalCode(), address.country());
	}
}
