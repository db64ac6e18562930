package dev.custodian.identity;

import java.util.UUID;

import dev.custodian.support.SubjectFixture;

/**
 * A user with every personal field filled (names, and a second factor being set up), through the services the
 * user pages use.
 */
class IdentitySubjectFixture implements SubjectFixture {

	private final UserManagement users;

	private final SecondFactors secondFactors;

	IdentitySubjectFixture(UserManagement users, SecondFactors secondFactors) {
		this.users = users;
		this.secondFactors = secondFactors;
	}

	@Override
	public String module() {
		return "identity";
	}

	@Override
	public UUID createFullyFilledSubject() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UserAccount user = users.create(new UserForm("filled-" + tag, "Filled User " + tag, "SUPPORT",
				"a-long-enough-password", true));
		secondFactors.begin(user.id());
		return user.id().value();
	}
}
