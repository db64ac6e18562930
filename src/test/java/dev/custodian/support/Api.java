package dev.custodian.support;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

/**
 * A small client for API tests: sends a request as a token holder (or anonymously) and returns status, headers
 * and the parsed body.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	public Api(MockMvc mvc) {
		this.mvc = mvc;
	}

	public Response get(String uri, @Nullable String token) {
		return send(HttpMethod.GET, uri, token, null);
	}

	public Response post(String uri, @Nullable String token, @Nullable String json) {
		return send(HttpMethod.POST, uri, token, json);
	}

	public Response delete(String uri, @Nullable String token) {
		return send(HttpMethod.DELETE, uri, token, null);
	}

	public Response send(HttpMethod method, String uri, @Nullable String token, @Nullable String json,
			String... headers) {
		return sendBytes(method, uri, token, json == null ? null : json.getBytes(StandardCharsets.UTF_8), headers);
	}

	/** Sends a JSON body byte for byte, so a test can send what no string encodes (malformed UTF-8, say). */
	public Response sendBytes(HttpMethod method, String uri, @Nullable String token, byte @Nullable [] json,
			String... headers) {
		MockHttpServletRequestBuilder builder = request(method, URI.create(uri));
		if (token != null) {
			builder.header("Authorization", token.startsWith("Basic ") ? token : "Bearer " + token);
		}
		if (json != null) {
			builder.contentType("application/json").content(json);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		try {
			MvcResult result = mvc.perform(builder).andReturn();
			if (result.getRequest().isAsyncStarted()) {
				// a streamed body (a CSV export) is written on another thread: wait for it, as a client would
				result.getAsyncResult(60_000);
				result = mvc.perform(asyncDispatch(result)).andReturn();
			}
			return new Response(result.getResponse());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Uploads a file as multipart/form-data (part {@code file}), with further form fields as name, value pairs.
	 */
	public Response upload(String uri, @Nullable String token, String fileName, byte[] content, String... fields) {
		var builder = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(URI.create(uri))
			.file(new org.springframework.mock.web.MockMultipartFile("file", fileName, "text/csv", content));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			builder.param(fields[i], fields[i + 1]);
		}
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		try {
			return new Response(mvc.perform(builder).andReturn().getResponse());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A GET whose answer streams (a download): waits for it and returns the whole body. */
	public Response download(String uri, @Nullable String token) {
		MockHttpServletRequestBuilder builder = request(HttpMethod.GET, URI.create(uri));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		try {
			var started = mvc.perform(builder).andReturn();
			if (!started.getRequest().isAsyncStarted()) {
				return new Response(started.getResponse());
			}
			return new Response(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.asyncDispatch(started)).andReturn().getResponse());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Percent-encodes a query parameter value. */
	public static String query(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	public static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** A response with its body read as text and, on demand, as JSON. */
	public record Response(MockHttpServletResponse raw) {

		public int status() {
			return raw.getStatus();
		}

		public String body() {
			try {
				return raw.getContentAsString(StandardCharsets.UTF_8);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		public JsonNode json() {
			return JSON.readTree(body());
		}

		public String text(String field) {
			return json().get(field).asString();
		}

		public @Nullable String header(String name) {
			return raw.getHeader(name);
		}

		public String contentType() {
			return String.valueOf(raw.getContentType());
		}
	}
}
