package dev.custodian.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * Holds every JSON request body to I-JSON (RFC 7493) before it is parsed into a tree: strict UTF-8 (an overlong
 * or otherwise malformed sequence is refused, never decoded into a character the sender did not write), no
 * member name twice in one object (a tree keeps only the last, so a client and a proxy could each act on a
 * different value), and no lone surrogate (it cannot be stored and would silently become {@code ?}). Problems
 * name the field, never its value.
 */
@ControllerAdvice
class StrictJsonBodies extends RequestBodyAdviceAdapter {

	private static final JsonFactory JSON = new JsonFactory();

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return targetType instanceof Class<?> type && JsonNode.class.isAssignableFrom(type);
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		byte[] body = message.getBody().readAllBytes();
		check(body);
		HttpHeaders headers = message.getHeaders();
		return new HttpInputMessage() {
			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}
		};
	}

	/** @throws InvalidInputException naming every duplicated or broken field, or {@code body} for bad UTF-8 */
	static void check(byte[] body) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body));
		}
		catch (CharacterCodingException ex) {
			throw InvalidInputException.of("body", "is not valid UTF-8");
		}
		Violations violations = new Violations();
		Deque<Set<String>> names = new ArrayDeque<>();
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				switch (token) {
					case START_OBJECT -> names.push(new HashSet<>());
					case END_OBJECT -> names.pop();
					case PROPERTY_NAME -> {
						String name = parser.currentName();
						if (Text.hasLoneSurrogate(name)) {
							violations.add(path(parser.streamReadContext().getParent()) + "(a field name)",
									"is not valid Unicode text (a lone surrogate)");
						}
						else if (!names.peek().add(name)) {
							violations.add(path(parser.streamReadContext()), "is given more than once");
						}
					}
					case VALUE_STRING -> {
						if (Text.hasLoneSurrogate(parser.getString())) {
							violations.add(path(parser.streamReadContext()), "is not valid Unicode text (a lone surrogate)");
						}
					}
					default -> {
					}
				}
			}
		}
		catch (JacksonException ex) {
			// not JSON at all: the converter reports it as such
			return;
		}
		violations.throwIfAny();
	}

	/** The field's path as {@link dev.custodian.shared.JsonInput} names it: {@code address.city}, {@code scopes[2]}. */
	private static String path(TokenStreamContext context) {
		List<String> parts = new ArrayList<>();
		for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
			if (c.inArray()) {
				parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
			}
			else if (c.currentName() != null) {
				parts.add(0, c.currentName());
			}
		}
		StringBuilder path = new StringBuilder();
		for (String part : parts) {
			if (path.length() > 0 && !part.startsWith("[")) {
				path.append('.');
			}
			path.append(part);
		}
		return path.isEmpty() ? "body" : path.toString();
	}
}
