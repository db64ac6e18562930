package dev.custodian.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Odd input on every endpoint that takes it: weak entity tags, duplicate JSON members, lone surrogates,
 * overlong UTF-8, unknown fields, and searches longer than the indexed prefixes. Each is answered correctly or
 * with a 400 problem that names the field and never repeats a value, and changes nothing.
 */
public abstract class OddInputContract extends ApiContract {

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aWeakEntityTagNeverSatisfiesIfMatch() {
		String sales = personas.token(Role.SALES);
		String dpo = personas.token(Role.DPO);
		String contact = "/api/v1/contacts/" + api.post("/api/v1/contacts", sales, "{\"lastName\":\"Weak\"}").text("id");
		assertThat(api.send(HttpMethod.PATCH, contact, sales, "{\"lastName\":\"Changed\"}", "If-Match", "W/\"0\"")
			.status()).isEqualTo(412);
		assertThat(api.send(HttpMethod.PUT, contact, sales, "{\"lastName\":\"Changed\"}", "If-Match", "W/\"0\"")
			.status()).isEqualTo(412);
		assertThat(api.send(HttpMethod.DELETE, contact, dpo, null, "If-Match", "W/\"0\"").status()).isEqualTo(412);
		Response unchanged = api.get(contact, sales);
		assertThat(unchanged.text("lastName")).isEqualTo("Weak");
		assertThat(unchanged.header("ETag")).isEqualTo("\"0\"");

		String company = "/api/v1/companies/" + api.post("/api/v1/companies", sales, "{\"name\":\"Weak " + unique() + "\"}")
			.text("id");
		assertThat(api.send(HttpMethod.PATCH, company, sales, "{\"industry\":\"x\"}", "If-Match", "W/\"0\"").status())
			.isEqualTo(412);
		assertThat(api.send(HttpMethod.DELETE, company, sales, null, "If-Match", "W/\"0\"").status()).isEqualTo(412);
		assertThat(api.get(company, sales).status()).isEqualTo(200);

		String admin = personas.token(Role.ADMIN);
		String user = "/api/v1/users/" + api.post("/api/v1/users", admin,
				"{\"username\":\"weak" + unique() + "\",\"role\":\"SALES\",\"password\":\"a-long-password\"}").text("id");
		assertThat(api.send(HttpMethod.PATCH, user, admin, "{\"role\":\"DPO\"}", "If-Match", "W/\"0\"").status())
			.isEqualTo(412);
		assertThat(api.get(user, admin).text("role")).isEqualTo("SALES");
		// the strong tag still works
		assertThat(api.send(HttpMethod.PATCH, user, admin, "{\"role\":\"DPO\"}", "If-Match", "\"0\"").status())
			.isEqualTo(200);
	}

	@Test
	void aMemberGivenTwiceIsRefusedByName() {
		String sales = personas.token(Role.SALES);
		long contacts = count("contacts");
		Response twice = api.post("/api/v1/contacts", sales,
				"{\"lastName\":\"First\",\"lastName\":\"Second\",\"address\":{\"city\":\"A\",\"city\":\"B\"}}");
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.contentType()).startsWith("application/problem+json");
		assertThat(fields(twice)).containsExactlyInAnyOrder("lastName", "address.city");
		assertThat(twice.body()).doesNotContain("First").doesNotContain("Second");
		assertThat(count("contacts")).isEqualTo(contacts);

		long companies = count("companies");
		assertThat(fields(api.post("/api/v1/companies", sales, "{\"name\":\"One\",\"name\":\"Two\"}")))
			.containsExactly("name");
		assertThat(count("companies")).isEqualTo(companies);
		assertThat(fields(api.post("/api/v1/tokens", sales, "{\"name\":\"a\",\"name\":\"b\"}"))).containsExactly("name");
		String admin = personas.token(Role.ADMIN);
		String user = "/api/v1/users/" + personas.user(Role.READ_ONLY).id();
		assertThat(fields(api.send(HttpMethod.PATCH, user, admin, "{\"role\":\"ADMIN\",\"role\":\"READ_ONLY\"}",
				"If-Match", api.get(user, admin).header("ETag")))).containsExactly("role");
		assertThat(api.get(user, admin).text("role")).isEqualTo("READ_ONLY");
	}

	@Test
	void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() {
		String sales = personas.token(Role.SALES);
		long contacts = count("contacts");
		Response lone = api.post("/api/v1/contacts", sales, "{\"lastName\":\"Half\\ud800\",\"jobTitle\":\"\\udc00x\"}");
		assertThat(lone.status()).isEqualTo(400);
		assertThat(fields(lone)).containsExactlyInAnyOrder("lastName", "jobTitle");
		assertThat(count("contacts")).isEqualTo(contacts);
		assertThat(fields(api.post("/api/v1/companies", sales, "{\"name\":\"Co\\ud83d\"}"))).containsExactly("name");
		assertThat(fields(api.post("/api/v1/tokens", sales, "{\"scopes\":[\"contact:read\",\"\\ud800\"]}")))
			.containsExactly("scopes[1]");
		// a proper pair (an emoji) is of course fine
		Response pair = api.post("/api/v1/contacts", sales, "{\"lastName\":\"Smile\\ud83d\\ude00\"}");
		assertThat(pair.status()).isEqualTo(201);
		assertThat(pair.text("lastName")).isEqualTo("Smile\uD83D\uDE00");
	}

	@Test
	void overlongUtf8IsRefusedNotDecoded() {
		String sales = personas.token(Role.SALES);
		long contacts = count("contacts");
		// C0 AE is an overlong '.', E0 80 AF an overlong '/', ED A0 80 an encoded surrogate: none is UTF-8
		for (byte[] bad : List.of(new byte[] { (byte) 0xC0, (byte) 0xAE }, new byte[] { (byte) 0xE0, (byte) 0x80, (byte) 0xAF },
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 })) {
			Response refused = api.sendBytes(HttpMethod.POST, "/api/v1/contacts", sales, json("{\"lastName\":\"x", bad, "y\"}"));
			assertThat(refused.status()).isEqualTo(400);
			assertThat(fields(refused)).containsExactly("body");
		}
		assertThat(count("contacts")).isEqualTo(contacts);
	}

	@Test
	void unknownFieldsAreNamedButTheirValuesNeverEchoedOnAnyEndpoint() {
		String sales = personas.token(Role.SALES);
		String admin = personas.token(Role.ADMIN);
		String contact = "/api/v1/contacts/" + api.post("/api/v1/contacts", sales, "{\"lastName\":\"Echo\"}").text("id");
		String company = "/api/v1/companies/" + api.post("/api/v1/companies", sales, "{\"name\":\"Echo " + unique() + "\"}")
			.text("id");
		String user = "/api/v1/users/" + personas.user(Role.SUPPORT).id();
		String secret = "Secret-Value-" + unique();
		String body = "{\"shoeSize\":\"" + secret + "\",\"nested\":{\"x\":\"" + secret + "\"},\"list\":[\"" + secret + "\"]}";
		List<Object[]> calls = List.of(new Object[] { HttpMethod.POST, "/api/v1/contacts", sales },
				new Object[] { HttpMethod.PUT, contact, sales }, new Object[] { HttpMethod.PATCH, contact, sales },
				new Object[] { HttpMethod.POST, "/api/v1/companies", sales }, new Object[] { HttpMethod.PUT, company, sales },
				new Object[] { HttpMethod.PATCH, company, sales }, new Object[] { HttpMethod.POST, "/api/v1/users", admin },
				new Object[] { HttpMethod.PATCH, user, admin }, new Object[] { HttpMethod.POST, "/api/v1/tokens", sales });
		for (Object[] call : calls) {
			String what = call[0] + " " + call[1];
			String tag = call[0] == HttpMethod.POST ? "\"0\"" : api.get((String) call[1], (String) call[2]).header("ETag");
			assertThat(fields(api.send((HttpMethod) call[0], (String) call[1], (String) call[2], body, "If-Match", tag)))
				.as(what).contains("shoeSize", "nested", "list");
			// also when the unknown field comes twice, and so is refused before it is read
			for (String json : List.of(body, body.replace("}", ",\"shoeSize\":\"" + secret + "\"}"))) {
				Response answer = api.send((HttpMethod) call[0], (String) call[1], (String) call[2], json, "If-Match", tag);
				assertThat(answer.status()).as(what).isEqualTo(400);
				assertThat(fields(answer)).as(what).contains("shoeSize");
				assertThat(answer.body()).as(what).doesNotContain(secret);
			}
		}
		assertThat(api.get(contact, sales).text("lastName")).isEqualTo("Echo");
	}

	@Test
	void aSearchLongerThanTheIndexedPrefixesPagesThroughEveryMatch() {
		String sales = personas.token(Role.SALES);
		String stem = "lg" + unique() + "abcdefghijk"; // 21 characters: longer than the 20 of an indexed name prefix
		Set<String> matches = new HashSet<>();
		for (int i = 0; i < 3; i++) {
			matches.add(api.post("/api/v1/contacts", sales, "{\"lastName\":\"" + stem + "mo" + i + "\"}").text("id"));
		}
		// newer contacts that share the indexed prefix but not the query: they come first in the list
		for (int i = 0; i < 5; i++) {
			api.post("/api/v1/contacts", sales, "{\"lastName\":\"" + stem + "zz" + i + "\"}");
		}
		Set<String> seen = new HashSet<>();
		String uri = "/api/v1/contacts?limit=2&q=" + stem + "m";
		int pages = 0;
		while (uri != null && pages < 10) {
			Response page = api.get(uri, sales);
			assertThat(page.status()).isEqualTo(200);
			page.json().get("items").forEach(item -> assertThat(seen.add(item.get("id").asString())).isTrue());
			JsonNode next = page.json().get("nextCursor");
			uri = next.isNull() ? null : "/api/v1/contacts?limit=2&q=" + stem + "m&cursor=" + next.asString();
			pages++;
		}
		assertThat(seen).isEqualTo(matches);
		assertThat(pages).isEqualTo(2);
		assertThat(api.get("/api/v1/contacts?limit=200&q=" + Api.query(stem + "mo1"), sales).json().get("items"))
			.hasSize(1);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static byte[] json(String before, byte[] middle, String after) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(middle);
		out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static List<String> fields(Response problem) {
		List<String> fields = new ArrayList<>();
		JsonNode errors = problem.json().get("errors");
		if (errors != null) {
			errors.forEach(e -> fields.add(e.get("field").asString()));
		}
		return fields;
	}
}
