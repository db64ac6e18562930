package dev.custodian.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTests {

	@Test
	void onlyAdministratorsManageUsersAndSeeMetrics() {
		for (Role role : Role.values()) {
			assertThat(role.permissions().contains(Permission.USER_ADMIN)).isEqualTo(role == Role.ADMIN);
			assertThat(role.permissions().contains(Permission.METRICS_READ)).isEqualTo(role == Role.ADMIN);
		}
	}

	@Test
	void onlyAdministratorsAndTheDpoReadTheAuditTrailOrDeleteContacts() {
		for (Role role : Role.values()) {
			boolean privileged = role == Role.ADMIN || role == Role.DPO;
			assertThat(role.permissions().contains(Permission.AUDIT_READ)).isEqualTo(privileged);
			assertThat(role.permissions().contains(Permission.CONTACT_DELETE)).isEqualTo(privileged);
		}
	}

	@Test
	void readOnlyUsersOnlyReadAndManageTheirOwnTokens() {
		assertThat(Role.READ_ONLY.permissions()).containsExactlyInAnyOrder(Permission.CONTACT_READ,
				Permission.COMPANY_READ, Permission.DEAL_READ, Permission.ACTIVITY_READ, Permission.TASK_READ,
				Permission.TICKET_READ, Permission.TOKEN_MANAGE);
	}

	@Test
	void everyRoleReadsDealsAndOnlyAdministratorsSalesAndManagersChangeThem() {
		for (Role role : Role.values()) {
			boolean changes = role == Role.ADMIN || role == Role.SALES || role == Role.MANAGER;
			assertThat(role.permissions()).contains(Permission.DEAL_READ);
			assertThat(role.permissions().contains(Permission.DEAL_WRITE)).isEqualTo(changes);
			assertThat(role.permissions().contains(Permission.DEAL_DELETE)).isEqualTo(changes);
		}
	}

	@Test
	void everyRoleReadsTheTimelineTasksAndTicketsAndTheWorkingRolesAddToThem() {
		for (Role role : Role.values()) {
			boolean works = role == Role.ADMIN || role == Role.SALES || role == Role.MARKETING || role == Role.SUPPORT
					|| role == Role.MANAGER;
			assertThat(role.permissions()).contains(Permission.ACTIVITY_READ, Permission.TASK_READ,
					Permission.TICKET_READ);
			assertThat(role.permissions().contains(Permission.ACTIVITY_WRITE)).isEqualTo(works);
			assertThat(role.permissions().contains(Permission.TASK_WRITE)).isEqualTo(works);
			assertThat(role.permissions().contains(Permission.ACTIVITY_DELETE)).isEqualTo(role == Role.ADMIN);
		}
	}

	@Test
	void onlySupportManagersAndAdministratorsWorkTicketsAndOnlyAdministratorsDeleteThem() {
		for (Role role : Role.values()) {
			assertThat(role.permissions().contains(Permission.TICKET_WRITE))
				.isEqualTo(role == Role.ADMIN || role == Role.SUPPORT || role == Role.MANAGER);
			assertThat(role.permissions().contains(Permission.TICKET_DELETE)).isEqualTo(role == Role.ADMIN);
		}
	}

	@Test
	void onlyAdministratorsAndManagersSeeTheTeamsFigures() {
		for (Role role : Role.values()) {
			assertThat(role.permissions().contains(Permission.REPORT_TEAM))
				.isEqualTo(role == Role.ADMIN || role == Role.MANAGER);
		}
		assertThat(Permission.ALL).contains(Permission.REPORT_TEAM);
	}

	@Test
	void aManagerMayDoWhatSalesAndSupportMayTogetherAndSeeTheTeamsFigures() {
		Set<String> expected = new HashSet<>(Role.SALES.permissions());
		expected.addAll(Role.SUPPORT.permissions());
		expected.add(Permission.REPORT_TEAM);
		assertThat(Role.MANAGER.permissions()).containsExactlyInAnyOrderElementsOf(expected)
			.doesNotContainAnyElementsOf(List.of(Permission.USER_ADMIN, Permission.AUDIT_READ,
					Permission.METRICS_READ, Permission.SUBJECT_MANAGE, Permission.RESTRICTED_READ,
					Permission.CONTACT_DELETE, Permission.ACTIVITY_DELETE, Permission.TICKET_DELETE));
		assertThat(Role.parse("manager")).contains(Role.MANAGER);
	}

	@Test
	void everyRoleMayManageItsOwnTokens() {
		for (Role role : Role.values()) {
			assertThat(role.permissions()).contains(Permission.TOKEN_MANAGE);
		}
	}

	@Test
	void rolesParseCaseInsensitively() {
		assertThat(Role.parse("read_only")).contains(Role.READ_ONLY);
		assertThat(Role.parse("superuser")).isEmpty();
	}
}
