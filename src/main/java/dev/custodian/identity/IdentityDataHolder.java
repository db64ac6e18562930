package dev.custodian.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.catalog.DataCategory;
import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Users as data subjects: a user's subject id is their user id. The export holds their names, role, status, time
 * zone, API tokens (names, scopes, dates) and second-factor dates, never a secret or a hash. Only a disabled (former)
 * user is erased, and then pseudonymised ({@link UserErasure}); an enabled one is kept until disabled. Restriction
 * refuses administrators' changes; the account itself stays usable, since restriction limits what others do with
 * the data, not the person's own use of their account.
 */
@Component
class IdentityDataHolder implements PersonalDataHolder {

	static final String ACTIVE_ACCOUNT = "active account: disable the user first";

	static final String ACTIVE_ACCOUNT_REFUSAL = "This is an active user account: disable the user before erasing "
			+ "their data";

	static final String PSEUDONYM_KEPT = "Art. 5(2) accountability: the pseudonymous account row (no name, only the id "
			+ "that audit entries name) is kept so the audit trail keeps saying which account acted";

	static final String SECRET_WITHHELD = "withheld: a secret that signs in as the user is never handed out";

	private static final String NAME = DataCategory.IDENTITY_NAME.code();

	private final Users users;

	private final ApiTokens tokens;

	private final SecondFactorStore secondFactors;

	private final UserTimeZones zones;

	private final UserErasure erasure;

	IdentityDataHolder(Users users, ApiTokens tokens, SecondFactorStore secondFactors, UserTimeZones zones,
			UserErasure erasure) {
		this.users = users;
		this.tokens = tokens;
		this.secondFactors = secondFactors;
		this.zones = zones;
		this.erasure = erasure;
	}

	@Override
	public String module() {
		return "identity";
	}

	@Override
	public List<String> tables() {
		return List.of(Users.TABLE, "api_tokens", SecondFactors.TABLE, "recovery_codes", "remembered_devices");
	}

	@Override
	public List<ExportedRecord> export(UUID subject) {
		Optional<User> found = users.byId(subject);
		if (found.isEmpty()) {
			return List.of();
		}
		User user = found.get();
		List<ExportedRecord> records = new ArrayList<>();
		List<ExportedValue> values = new ArrayList<>(List.of(new ExportedValue("username", NAME, user.username),
				new ExportedValue("displayName", NAME, user.displayName), plain("role", user.role.name()),
				plain("enabled", user.enabled), plain("created_at", user.createdAt.toString())));
		zones.chosenBy(new UserId(subject)).ifPresent(zone -> values.add(plain("time_zone", zone.getId())));
		add(values, "restricted_at", user.restrictedAt);
		add(values, "erased_at", user.erasedAt);
		records.add(new ExportedRecord("user", subject.toString(), values));
		for (ApiToken token : tokens.allOf(subject)) {
			List<ExportedValue> fields = new ArrayList<>(List.of(plain("name", token.name()),
					plain("scopes", token.scopes()), plain("created_at", token.createdAt().toString()),
					plain("expires_at", token.expiresAt().toString())));
			add(fields, "last_used_at", token.lastUsedAt());
			add(fields, "revoked_at", token.revokedAt());
			records.add(new ExportedRecord("api-token", token.id().toString(), fields));
		}
		secondFactors.enrolment(subject).ifPresent(enrolled -> {
			List<ExportedValue> fields = new ArrayList<>(List.of(
					new ExportedValue("totpSecret", DataCategory.ONLINE_CREDENTIAL.code(), SECRET_WITHHELD),
					plain("created_at", enrolled.createdAt().toString())));
			add(fields, "confirmed_at", enrolled.confirmedAt());
			fields.add(plain("recoveryCodesUnused", secondFactors.unusedRecoveryCodes(subject)));
			fields.add(plain("rememberedBrowsers", secondFactors.rememberedDevices(subject)));
			records.add(new ExportedRecord("second-factor", subject.toString(), fields));
		});
		return records;
	}

	/**
	 * Erases a disabled user by pseudonymising them; an enabled user is kept, with the reason, and nothing changes.
	 * Erasing a user erased before erases nothing more and reports the pseudonymous row as kept.
	 */
	@Override
	public ErasureOutcome erase(UUID subject) {
		Optional<User> found = users.byId(subject);
		if (found.isEmpty()) {
			return ErasureOutcome.nothing(module());
		}
		User user = found.get();
		if (user.enabled && !user.erased()) {
			return new ErasureOutcome(module(), 0, List.of(new KeptRecord("user", subject.toString(), ACTIVE_ACCOUNT)));
		}
		long erased = user.erased() ? 0 : erasure.erase(subject);
		return new ErasureOutcome(module(), erased, List.of(new KeptRecord("user", subject.toString(), PSEUDONYM_KEPT)));
	}

	/** An enabled account needs its key (its names are sealed under it): the user must be disabled first. */
	@Override
	public @Nullable String erasureRefusal(UUID subject) {
		return users.byId(subject).filter(user -> user.enabled && !user.erased()).isPresent() ? ACTIVE_ACCOUNT_REFUSAL
				: null;
	}

	@Override
	public void restrict(UUID subject) {
		users.restrict(subject, DbTime.now());
	}

	@Override
	public void lift(UUID subject) {
		users.restrict(subject, null);
	}

	private static ExportedValue plain(String field, Object value) {
		return new ExportedValue(field, null, value);
	}

	private static void add(List<ExportedValue> values, String field, @Nullable Instant time) {
		if (time != null) {
			values.add(plain(field, time.toString()));
		}
	}
}
