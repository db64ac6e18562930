package dev.custodian.company;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.custodian.shared.AddressForm;
import dev.custodian.shared.PhoneNumbers;
import dev.custodian.shared.PostalAddress;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A company. Built only from a validated form, so a stored company always satisfies the rules below.
 *
 * @param soleTrader whether the company is one natural person trading on their own account: then it is a data
 * subject, its id doubling as its {@link #subjectId() subject id}
 * @param restricted whether the sole trader's data is restricted (Art. 18): stored only, refusing changes
 */
public record Company(CompanyId id, String name, boolean soleTrader, @Nullable String domain,
		@Nullable String industry, @Nullable CompanySizeBand sizeBand, @Nullable String phone, @Nullable String email,
		@Nullable String website, PostalAddress address, boolean restricted, Instant createdAt, Instant updatedAt,
		long version) {

	private static final Pattern DOMAIN = Pattern
		.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");

	/** The data subject a sole trader is (the company's own id); {@code null} for an organisation. */
	public @Nullable UUID subjectId() {
		return soleTrader ? id.value() : null;
	}

	/**
	 * Checks a form and returns the validated values.
	 * @throws dev.custodian.shared.InvalidInputException naming every invalid field
	 */
	static Company from(CompanyForm form, CompanyId id, Instant createdAt, Instant updatedAt, long version) {
		Violations violations = new Violations();
		String name = Text.limited(form.name(), 200, "name", violations);
		if (name == null) {
			violations.add("name", "is required");
		}
		String domain = Text.clean(form.domain());
		if (domain != null) {
			domain = domain.toLowerCase(Locale.ROOT);
			if (!DOMAIN.matcher(domain).matches()) {
				violations.add("domain", "must be a domain name such as example.com");
			}
		}
		String industry = Text.limited(form.industry(), 100, "industry", violations);
		CompanySizeBand band = null;
		String rawBand = Text.clean(form.sizeBand());
		if (rawBand != null) {
			band = CompanySizeBand.fromCode(rawBand).orElse(null);
			if (band == null) {
				violations.add("sizeBand", "must be one of 1-10, 11-50, 51-200, 201-500, 501-1000, 1001-5000, 5001+");
			}
		}
		AddressForm a = form.addressOrEmpty();
		PostalAddress address = PostalAddress.of(a.street(), a.city(), a.postalCode(), a.country(), "address.",
				violations);
		String phone = Text.clean(form.phone());
		if (phone != null) {
			String country = violations.has("address.country") ? null : address.country();
			phone = PhoneNumbers.toE164(phone, country).orElse(null);
			if (phone == null) {
				violations.add("phone", "must be a valid phone number; start with + and the country code, "
						+ "or set the country");
			}
		}
		String email = Text.clean(form.email());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			violations.add("email", "must be an email address such as name@example.com");
		}
		String website = website(form.website(), violations);
		violations.throwIfAny();
		return new Company(id, name, Boolean.TRUE.equals(form.soleTrader()), domain, industry, band, phone, email,
				website, address, false, createdAt, updatedAt, version);
	}

	private static @Nullable String website(@Nullable String raw, Violations violations) {
		String website = Text.clean(raw);
		if (website == null) {
			return null;
		}
		if (!website.contains("://")) {
			website = "https://" + website;
		}
		try {
			URI uri = new URI(website);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || website.length() > 500) {
				violations.add("website", "must be a web address such as https://example.com");
			}
		}
		catch (URISyntaxException ex) {
			violations.add("website", "must be a web address such as https://example.com");
		}
		return website;
	}
}
