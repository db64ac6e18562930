package dev.custodian.identity;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The interactive sign-in after the password: a second factor (unless this browser is remembered), a new password
 * in place of a generated one, and enrolment when the role requires a second factor. Until the last step the
 * session holds a {@link PendingSignIn}, which reaches nothing else; the last step signs the user in fully, under
 * a new session id. API tokens and HTTP Basic are not affected (see {@link BasicSecondFactor}).
 */
@Component
public class SignInSteps implements AuthenticationSuccessHandler {

	static final String DEVICE_COOKIE = "CUSTODIAN_DEVICE";

	private final SecureRandom random = new SecureRandom();

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final RequestCache savedRequests;

	private final Users users;

	private final SecondFactors secondFactors;

	private final SecondFactorStore store;

	private final UserManagement userManagement;

	private final SecuritySettings settings;

	SignInSteps(Users users, SecondFactors secondFactors, SecondFactorStore store, UserManagement userManagement,
			SecuritySettings settings, ReturnPathCookie savedRequests) {
		this.savedRequests = savedRequests;
		this.users = users;
		this.secondFactors = secondFactors;
		this.store = store;
		this.userManagement = userManagement;
		this.settings = settings;
	}

	/** After recovery codes are shown: where the user goes on. */
	public record Enrolled(List<String> recoveryCodes, String next) {
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		CustodianPrincipal principal = (CustodianPrincipal) authentication.getPrincipal();
		User user = users.byId(principal.id().value()).orElseThrow();
		boolean enrolled = store.confirmed(user.id);
		List<PendingSignIn.Step> steps = new ArrayList<>();
		if (enrolled && !rememberedDevice(request, user)) {
			steps.add(PendingSignIn.Step.SECOND_FACTOR);
		}
		if (user.passwordMustChange) {
			steps.add(PendingSignIn.Step.NEW_PASSWORD);
		}
		if (!enrolled && settings.requiresSecondFactor(user.role)) {
			steps.add(PendingSignIn.Step.ENROL);
		}
		String next = steps.isEmpty() ? complete(request, response, user)
				: save(request, response, new PendingSignIn(user.id, steps));
		response.sendRedirect(next.startsWith("/") ? request.getContextPath() + next : next);
	}

	/** The sign-in in progress in this session, if any. */
	public @Nullable PendingSignIn pending() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn pending ? pending : null;
	}

	/**
	 * Takes the second-factor step with a TOTP or recovery code. A wrong code counts toward the lock-out; when
	 * it locks the account the sign-in ends.
	 * @return the path to go to next
	 */
	public String submitCode(HttpServletRequest request, HttpServletResponse response, String code,
			boolean rememberDevice) {
		PendingSignIn pending = at(PendingSignIn.Step.SECOND_FACTOR);
		if (pending == null) {
			return "/login";
		}
		switch (secondFactors.check(pending.userId().value(), code)) {
			case ACCEPTED -> {
				if (rememberDevice && !settings.rememberDeviceFor().isZero()) {
					remember(request, response, pending.userId());
				}
				return advance(request, response, pending);
			}
			case REJECTED -> {
				return PendingSignIn.Step.SECOND_FACTOR.path() + "?error";
			}
			default -> {
				end(request);
				return "/login?error";
			}
		}
	}

	/**
	 * Replaces a generated password.
	 * @throws dev.custodian.shared.InvalidInputException naming {@code password} when it is unacceptable
	 */
	public String submitNewPassword(HttpServletRequest request, HttpServletResponse response, String password) {
		PendingSignIn pending = at(PendingSignIn.Step.NEW_PASSWORD);
		if (pending == null) {
			return "/login";
		}
		userManagement.replaceGeneratedPassword(pending.userId(), password);
		return advance(request, response, pending);
	}

	/** Starts enrolment for the pending sign-in, or returns {@code null} when it is not at that step. */
	public @Nullable Enrolment beginEnrolment() {
		PendingSignIn pending = at(PendingSignIn.Step.ENROL);
		return pending == null ? null : secondFactors.begin(pending.userId());
	}

	/**
	 * Confirms enrolment with a first code and completes the sign-in.
	 * @throws dev.custodian.shared.InvalidInputException naming {@code code} when it does not match
	 */
	public @Nullable Enrolled confirmEnrolment(HttpServletRequest request, HttpServletResponse response, String code) {
		PendingSignIn pending = at(PendingSignIn.Step.ENROL);
		if (pending == null) {
			return null;
		}
		List<String> codes = secondFactors.confirm(pending.userId(), code);
		return new Enrolled(codes, advance(request, response, pending));
	}

	private @Nullable PendingSignIn at(PendingSignIn.Step step) {
		PendingSignIn pending = pending();
		return pending != null && pending.step() == step ? pending : null;
	}

	private String advance(HttpServletRequest request, HttpServletResponse response, PendingSignIn done) {
		PendingSignIn next = done.next();
		if (next == null) {
			return complete(request, response, users.byId(done.userId().value()).orElseThrow());
		}
		return save(request, response, next);
	}

	private String save(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return authentication instanceof PendingSignIn pending ? pending.step().path() : "/";
	}

	private String complete(HttpServletRequest request, HttpServletResponse response, User user) {
		if (user.failedAttempts > 0) {
			user.signInSucceeded();
			users.updateSignInState(user);
		}
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		CustodianPrincipal principal = CustodianPrincipal.of(user, "user");
		save(request, response, UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.authorities()));
		// Names the session by user id, so that a password reset can find and end every session of the user.
		request.getSession().setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
				user.id.toString());
		SavedRequest saved = savedRequests.getRequest(request, response);
		savedRequests.removeRequest(request, response);
		return saved == null ? "/" : saved.getRedirectUrl();
	}

	private void end(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	private boolean rememberedDevice(HttpServletRequest request, User user) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (DEVICE_COOKIE.equals(cookie.getName()) && cookie.getValue().length() <= 100
					&& store.remembers(user.id, ApiTokens.hash(cookie.getValue()))) {
				return true;
			}
		}
		return false;
	}

	private void remember(HttpServletRequest request, HttpServletResponse response, UserId user) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		store.rememberDevice(user.value(), ApiTokens.hash(token), Instant.now().plus(settings.rememberDeviceFor()));
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(DEVICE_COOKIE, token)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(settings.rememberDeviceFor())
			.build()
			.toString());
	}
}
