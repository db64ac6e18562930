package dev.custodian.vault;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

@OnPostgres
class VaultIT extends VaultContract {

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String username;

	@Value("${spring.datasource.password}")
	String password;

	@Test
	void aDumpOfTheDatabaseHoldsNoPersonalData() throws IOException, InterruptedException {
		String marker = "Dm" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String token = personas.token(Role.SALES);
		api.post("/api/v1/contacts", token, """
				{"firstName":"%sF","lastName":"%sL","email":"%s@example.org","jobTitle":"%sT",
				 "address":{"street":"%sS","city":"%sC","postalCode":"%sP","country":"GB"}}"""
			.formatted(marker, marker, marker.toLowerCase(), marker, marker, marker, marker.substring(0, 8)));
		api.get("/api/v1/contacts?q=" + marker, token);

		URI db = URI.create(url.substring("jdbc:".length()));
		ProcessBuilder dump = new ProcessBuilder("pg_dump", "--host", db.getHost(), "--port",
				String.valueOf(db.getPort() < 0 ? 5432 : db.getPort()), "--username", username,
				"--dbname", db.getPath().substring(1), "--no-password");
		dump.environment().put("PGPASSWORD", password);
		dump.redirectErrorStream(true);
		Process process = dump.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output.lines().limit(5).toList().toString()).isZero();
		assertThat(output).contains("CREATE TABLE public.contacts").contains("COPY public.contacts");
		for (String value : List.of(marker, marker.toLowerCase(), marker.substring(0, 8))) {
			assertThat(output).doesNotContainIgnoringCase(value);
			// bytea columns are dumped as hex: plaintext in a sealed column would show up like this
			assertThat(output).doesNotContainIgnoringCase(
					java.util.HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
		}
	}
}
