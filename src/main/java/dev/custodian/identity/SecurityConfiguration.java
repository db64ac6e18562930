package dev.custodian.identity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. Two chains: the API (bearer tokens, HTTP Basic, or the browser session with its CSRF
 * token) answers with problem+json; the pages use form sign-in. Everything not opened here needs a signed-in
 * user, and service methods check the finer permissions, so the API and the pages follow the same rules.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	@Bean
	AuthenticationManager authenticationManager(PasswordAuthenticationProvider provider) {
		return new ProviderManager(provider);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, Users users,
			AuthenticationManager authentication, SecondFactors secondFactors) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authenticationManager(authentication)
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				// the second dispatch of a streamed answer (a CSV export): its request was authorised when it came in
				.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasAuthority(Permission.METRICS_READ)
				.anyRequest()
				.authenticated())
			.addFilterAfter(new SessionRefresh(users), SecurityContextHolderFilter.class)
			.addFilterAfter(SignInGate.forApi(), SecurityContextHolderFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.addFilterAfter(new BasicSecondFactor(users, secondFactors), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> ProblemResponses
				.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Authentication is required.")))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> !carriesCredentials(request)
					&& !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())
					&& !HttpMethod.OPTIONS.matches(request.getMethod())))
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> ProblemResponses.write(response,
						HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Authentication is required."))
				.accessDeniedHandler((request, response, e) -> ProblemResponses.write(response,
						HttpServletResponse.SC_FORBIDDEN, "Forbidden", "You may not do this.")));
		return http.build();
	}

	/**
	 * Requests that authenticate themselves (a bearer token or HTTP Basic, which fail with 401 when wrong) cannot be
	 * forged cross-site; everything else rides on the session cookie and needs the CSRF token.
	 */
	private static boolean carriesCredentials(jakarta.servlet.http.HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && (header.regionMatches(true, 0, "Bearer ", 0, 7)
				|| header.regionMatches(true, 0, "Basic ", 0, 6));
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, Users users, AuthenticationManager authentication,
			SignInSteps signInSteps, ReturnPathCookie returnPath) throws Exception {
		http.authenticationManager(authentication)
			.addFilterAfter(new SessionRefresh(users), SecurityContextHolderFilter.class)
			.addFilterBefore(SignInGate.forPages(), AuthorizationFilter.class)
			// where to return after sign-in: a bare path in a cookie, so anonymous visitors create no session
			.requestCache(cache -> cache.requestCache(returnPath))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/login/**", "/language", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
						"/favicon.svg", "/error", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.anyRequest()
				.authenticated())
			// After the password, SignInSteps asks for a second factor and the other steps a sign-in may need.
			.formLogin(form -> form.loginPage("/login").failureUrl("/login?error").successHandler(signInSteps))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers
				// the content security policy carries a nonce per response: see dev.custodian.web.ContentSecurityPolicy
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}
}
