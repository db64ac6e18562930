package dev.custodian.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The browser-session cookie: our own name, invisible to scripts, not sent on cross-site requests, and
 * {@code Secure} whenever the request came over HTTPS, and always under the {@code prod} profile
 * ({@code custodian.secure-cookies}).
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

	@Bean
	CookieSerializer sessionCookieSerializer(@Value("${custodian.secure-cookies:false}") boolean alwaysSecure) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		if (alwaysSecure) {
			serializer.setUseSecureCookie(true);
		}
		serializer.setCookieName("CUSTODIAN_SESSION");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setCookiePath("/");
		return serializer;
	}
}
