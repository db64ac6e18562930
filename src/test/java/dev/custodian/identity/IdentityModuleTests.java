package dev.custodian.identity;

import java.util.List;

import dev.custodian.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity module with its dependencies: a token stands for its user only while the token is live and the
 * user enabled, and never for more than its scopes and the user's current role allow.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:identity-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD })
@WithMockUser(authorities = "user:admin")
class IdentityModuleTests {

	@Autowired
	UserManagement users;

	@Autowired
	ApiTokens tokens;

	@Test
	void aTokenFollowsItsUsersRoleAndStatus() {
		UserAccount sam = users.create(new UserForm("sam", "Sam", "SALES", "a-long-password", true));
		CustodianPrincipal asSam = new CustodianPrincipal(sam.id(), "sam", "Sam", Role.SALES, Role.SALES.permissions(),
				"user");
		String token = tokens.issue(asSam, new TokenRequest("t", 1, null)).token();
		assertThat(tokens.authenticate(token)).get()
			.satisfies(p -> assertThat(p.permissions()).containsExactlyInAnyOrderElementsOf(Role.SALES.permissions()));

		UserAccount demoted = users.update(sam.id(), new UserForm(null, null, "READ_ONLY", null, null), sam.version());
		assertThat(tokens.authenticate(token)).get()
			.satisfies(p -> assertThat(p.permissions()).containsExactlyInAnyOrderElementsOf(Role.READ_ONLY.permissions()));

		users.update(sam.id(), new UserForm(null, null, null, null, false), demoted.version());
		assertThat(tokens.authenticate(token)).isEmpty();
	}

	@Test
	void aRevokedOrForeignTokenAuthenticatesNobody() {
		UserAccount kim = users.create(new UserForm("kim", "Kim", "SUPPORT", "a-long-password", true));
		CustodianPrincipal asKim = new CustodianPrincipal(kim.id(), "kim", "Kim", Role.SUPPORT,
				Role.SUPPORT.permissions(), "user");
		IssuedToken issued = tokens.issue(asKim, new TokenRequest("t", 1, List.of(Permission.CONTACT_READ)));
		assertThat(tokens.authenticate(issued.token()).orElseThrow().permissions()).containsExactly(Permission.CONTACT_READ);
		tokens.revoke(asKim, issued.id());
		assertThat(tokens.authenticate(issued.token())).isEmpty();
		assertThat(tokens.authenticate("cst_" + "x".repeat(43))).isEmpty();
		assertThat(tokens.authenticate("not-even-our-format")).isEmpty();
	}
}
