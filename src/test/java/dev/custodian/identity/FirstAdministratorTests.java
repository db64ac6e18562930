package dev.custodian.identity;

import dev.custodian.support.AppLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith({ OutputCaptureExtension.class, AppLog.class })
class FirstAdministratorTests {

	private final UserManagement users = mock(UserManagement.class);

	@Test
	void withoutAConfiguredPasswordARandomOneIsPrintedOnce(CapturedOutput output) {
		when(users.createFirstAdmin(anyString(), anyBoolean())).thenReturn(true);
		new FirstAdministrator(users, "").run(new DefaultApplicationArguments());
		ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
		verify(users).createFirstAdmin(password.capture(), eq(true));
		assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(UserManagement.MIN_PASSWORD);
		assertThat(output.getAll()).contains(password.getValue())
			.contains("asks for a new password")
			.contains("your name in the top bar")
			.doesNotContain("under Users");
	}

	@Test
	void aConfiguredPasswordIsUsedAndNeverPrinted(CapturedOutput output, AppLog log) {
		when(users.createFirstAdmin(anyString(), anyBoolean())).thenReturn(true);
		new FirstAdministrator(users, "configured-secret-123").run(new DefaultApplicationArguments());
		verify(users).createFirstAdmin("configured-secret-123", false);
		// an information, so only in the log file: the console of a test run shows warnings and errors
		assertThat(log.written()).doesNotContain("configured-secret-123").contains("CUSTODIAN_ADMIN_PASSWORD");
		assertThat(output.getAll()).doesNotContain("configured-secret-123");
	}

	@Test
	void aLaterStartPrintsNothing(CapturedOutput output, AppLog log) {
		when(users.createFirstAdmin(anyString(), anyBoolean())).thenReturn(false);
		new FirstAdministrator(users, "").run(new DefaultApplicationArguments());
		assertThat(output.getAll()).doesNotContain("generated password");
		assertThat(log.written()).doesNotContain("generated password");
	}

	@Test
	void aTooShortConfiguredPasswordStopsTheStart() {
		assertThatThrownBy(() -> new FirstAdministrator(users, "short").run(new DefaultApplicationArguments()))
			.hasMessageContaining("CUSTODIAN_ADMIN_PASSWORD")
			.hasMessageNotContaining("short");
		verify(users, never()).createFirstAdmin(anyString(), anyBoolean());
	}
}
