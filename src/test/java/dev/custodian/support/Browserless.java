package dev.custodian.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client against a running application (a real servlet container, so error dispatches, filters and
 * cookies behave as in production), with a cookie jar so it can sign in through the form as a browser would.
 */
public final class Browserless {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	public Browserless(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
	}

	public HttpResponse<String> send(String method, String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody()),
				headers);
	}

	/** Posts a form with the CSRF token taken from the page at {@code formPage}. */
	public HttpResponse<String> postForm(String formPage, String action, String... fields) {
		Matcher token = CSRF.matcher(get(formPage).body());
		StringBuilder body = new StringBuilder();
		if (token.find()) {
			body.append("_csrf=").append(encode(token.group(1)));
		}
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Signs in through the sign-in form; returns where the application sent the browser next. */
	public String signIn(String username, String password) {
		HttpResponse<String> response = postForm("/login", "/login", "username", username, "password", password);
		return response.headers().firstValue("Location").orElse("");
	}

	public CookieManager cookies() {
		return cookies;
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
