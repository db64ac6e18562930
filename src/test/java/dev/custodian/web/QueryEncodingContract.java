package dev.custodian.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query strings the servlet container itself must decode, sent byte for byte to a real server (a mock request
 * never goes through the container's decoding): each is a client mistake, answered 400 with a problem that
 * does not repeat it.
 */
abstract class QueryEncodingContract extends ApiContract {

	@LocalServerPort
	int port;

	@Test
	void undecodableQueryStringsAreA400ProblemOnEveryList() throws IOException {
		for (String list : new String[] { "contacts", "companies" }) {
			for (String query : new String[] { "q=%zz", "q=ab%2", "q=%C0%AE%C0%AE", "q=%ED%A0%80", "q=%FF" }) {
				String answer = get("/api/v1/" + list + "?" + query);
				assertThat(answer).as(list + "?" + query).startsWith("HTTP/1.1 400");
				assertThat(answer).as(list + "?" + query).containsIgnoringCase("content-type: application/problem+json")
					.contains("\"field\":\"query\"")
					.doesNotContain(query.substring(2));
			}
		}
	}

	@Test
	void aNulCharacterInTheSearchIsA400NamingQ() throws IOException {
		for (String list : new String[] { "contacts", "companies" }) {
			String answer = get("/api/v1/" + list + "?q=ab%00cd");
			assertThat(answer).as(list).startsWith("HTTP/1.1 400").contains("\"field\":\"q\"");
		}
	}

	/** A GET sent as raw bytes, so no client library corrects the query on the way. */
	private String get(String target) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
					+ personas.token(Role.SALES) + "\r\nAccept: application/json\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
