package dev.custodian.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document that integrators download is the one committed in the repository, from which CI lints
 * it and the test client is generated: it cannot drift from the code without this failing.
 */
public abstract class ApiDocumentContract {

	static final Path COMMITTED = Path.of("src/main/openapi/custodian.json");

	static final Path LIVE_COPY = Path.of("target/openapi/custodian.json");

	@LocalServerPort
	int port;

	@Test
	void theLiveDocumentIsTheCommittedOne() throws Exception {
		HttpResponse<String> live = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(live.statusCode()).as("/v3/api-docs needs no credentials").isEqualTo(200);
		JsonMapper json = JsonMapper.builder().build();
		JsonNode expected = json.readTree(Files.readString(COMMITTED));
		JsonNode actual = json.readTree(live.body());
		if (!actual.equals(expected)) {
			keepLiveCopy(live.body());
		}
		assertThat(actual).as("The API changed: check %s, then copy it over %s", LIVE_COPY, COMMITTED)
			.isEqualTo(expected);
	}

	private static void keepLiveCopy(String document) throws IOException {
		Files.createDirectories(LIVE_COPY.getParent());
		Files.writeString(LIVE_COPY, document.endsWith("\n") ? document : document + "\n");
	}
}
