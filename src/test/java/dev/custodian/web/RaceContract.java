package dev.custodian.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.custodian.identity.ApiTokens;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Role;
import dev.custodian.identity.TokenRequest;
import dev.custodian.identity.UserId;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that race each other on real threads, many trials each: none may answer 500, and a write that was
 * acknowledged is never lost (a deletion with the version read before it gets 412).
 */
public abstract class RaceContract extends ApiContract {

	static final int TRIALS = 20;

	@Autowired
	ApiTokens tokens;

	ExecutorService threads;

	@BeforeEach
	void startThreads() {
		threads = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void stopThreads() throws InterruptedException {
		threads.shutdownNow();
		threads.awaitTermination(10, TimeUnit.SECONDS);
	}

	@Test
	void aDeletionRacingAPatchOfAContactNeitherFailsNorLosesThePatch() throws Exception {
		String sales = personas.token(Role.SALES);
		String dpo = personas.token(Role.DPO);
		for (int trial = 0; trial < TRIALS; trial++) {
			boolean versioned = trial % 2 == 0;
			String uri = "/api/v1/contacts/" + api.post("/api/v1/contacts", sales,
					"{\"firstName\":\"Race\",\"lastName\":\"Trial" + trial + "\",\"email\":\"race-" + UUID.randomUUID()
							+ "@example.org\"}").text("id");
			List<Response> both = race(
					() -> api.send(HttpMethod.PATCH, uri, sales, "{\"lastName\":\"Patched\"}", "If-Match", "\"0\""),
					() -> versioned ? api.send(HttpMethod.DELETE, uri, dpo, null, "If-Match", "\"0\"")
							: api.delete(uri, dpo));
			int patch = both.get(0).status();
			int delete = both.get(1).status();
			String what = "trial " + trial + (versioned ? " (If-Match)" : "") + ": PATCH " + patch + ", DELETE " + delete;
			assertThat(patch).as(what).isIn(200, 404);
			assertThat(delete).as(what).isIn(204, 412);
			Response after = api.get(uri, sales);
			if (delete == 204) {
				assertThat(after.status()).as(what).isEqualTo(404);
				assertThat(patch == 404 || !versioned).as(what + ": a patch acknowledged before was deleted").isTrue();
			}
			else {
				assertThat(patch).as(what).isEqualTo(200);
				assertThat(after.text("lastName")).as(what).isEqualTo("Patched");
			}
		}
	}

	@Test
	void aDeletionRacingAnUpdateOfACompanyNeitherFailsNorLosesTheUpdate() throws Exception {
		String sales = personas.token(Role.SALES);
		for (int trial = 0; trial < TRIALS; trial++) {
			String company = api.post("/api/v1/companies", sales, "{\"name\":\"Race " + UUID.randomUUID() + "\"}").text("id");
			api.post("/api/v1/contacts", sales, "{\"lastName\":\"Member\",\"companyId\":\"" + company + "\"}");
			String uri = "/api/v1/companies/" + company;
			List<Response> both = race(
					() -> api.send(HttpMethod.PATCH, uri, sales, "{\"industry\":\"Patched\"}", "If-Match", "\"0\""),
					() -> api.send(HttpMethod.DELETE, uri, sales, null, "If-Match", "\"0\""));
			int patch = both.get(0).status();
			int delete = both.get(1).status();
			String what = "trial " + trial + ": PATCH " + patch + ", DELETE " + delete;
			assertThat(patch).as(what).isIn(200, 404, 412);
			assertThat(delete).as(what).isIn(204, 412);
			if (patch == 200) {
				assertThat(delete).as(what).isEqualTo(412);
				assertThat(api.get(uri, sales).text("industry")).as(what).isEqualTo("Patched");
			}
		}
	}

	@Test
	void twoAdministratorsDemotingEachOtherLeaveOneAndNeverFail() throws Exception {
		String admin = personas.token(Role.ADMIN);
		for (int trial = 0; trial < 10; trial++) {
			UserId a = admin("a");
			UserId b = admin("b");
			String tokenA = tokenOf(a);
			String tokenB = tokenOf(b);
			// only these two are enabled administrators while they race, so one demotion must be refused
			List<UUID> others = jdbc.sql("select id from users where role = 'ADMIN' and enabled = true and id not in (?, ?)")
				.params(a.value(), b.value())
				.query(UUID.class)
				.list();
			jdbc.sql("update users set enabled = false where id in (:ids)").param("ids", others).update();
			List<Response> both;
			try {
				both = race(() -> demote(b, tokenA), () -> demote(a, tokenB));
			}
			finally {
				jdbc.sql("update users set enabled = true where id in (:ids)").param("ids", others).update();
			}
			List<Integer> statuses = both.stream().map(Response::status).sorted().toList();
			String what = "trial " + trial + ": " + statuses;
			assertThat(statuses.get(0)).as(what).isEqualTo(200);
			assertThat(statuses.get(1)).as(what).isIn(403, 409);
			long adminsLeft = jdbc.sql("select count(*) from users where role = 'ADMIN' and enabled = true and id in (?, ?)")
				.params(a.value(), b.value())
				.query(Long.class)
				.single();
			assertThat(adminsLeft).as(what).isEqualTo(1);
			// retire the survivor, so the trials do not pile up administrators
			jdbc.sql("update users set enabled = false where id in (?, ?)").params(a.value(), b.value()).update();
		}
	}

	private Response demote(UserId user, String token) {
		return api.send(HttpMethod.PATCH, "/api/v1/users/" + user, token, "{\"role\":\"SALES\"}", "If-Match", "\"0\"");
	}

	private String tokenOf(UserId admin) {
		CustodianPrincipal principal = new CustodianPrincipal(admin, "racer", "Racer", Role.ADMIN,
				Role.ADMIN.permissions(), "user");
		return tokens.issue(principal, new TokenRequest("race", 1, null)).token();
	}

	private UserId admin(String prefix) {
		Response created = api.post("/api/v1/users", personas.token(Role.ADMIN), "{\"username\":\"" + prefix
				+ UUID.randomUUID().toString().substring(0, 8) + "\",\"role\":\"ADMIN\",\"password\":\"a-long-password\"}");
		assertThat(created.status()).isEqualTo(201);
		return new UserId(UUID.fromString(created.text("id")));
	}

	/** Runs both calls at the same moment on two threads and returns their answers, in order. */
	private List<Response> race(Supplier<Response> first, Supplier<Response> second) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		List<Future<Response>> futures = new ArrayList<>();
		for (Supplier<Response> call : List.of(first, second)) {
			futures.add(threads.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				return call.get();
			}));
		}
		List<Response> answers = new ArrayList<>();
		for (Future<Response> future : futures) {
			Response answer = future.get(60, TimeUnit.SECONDS);
			assertThat(answer.status()).as(answer.body()).isNotEqualTo(500);
			answers.add(answer);
		}
		return answers;
	}
}
