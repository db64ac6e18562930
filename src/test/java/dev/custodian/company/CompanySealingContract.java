package dev.custodian.company;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Companies stored before their contact details were sealed: migration V16 leaves their clear values in
 * {@code company_unsealed_values} (see {@code CompanyMigrationTests}), they read as before, and the sealing job
 * seals them and deletes the clear copy.
 */
public abstract class CompanySealingContract extends ApiContract {

	@Autowired
	CompanySealing sealing;

	@Autowired
	TransactionTemplate transactions;

	/** A company as V16 leaves one stored before it: the clear copy beside a row with nothing sealed. */
	private UUID storedBeforeSealing(String tag) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		// in one transaction, so the scheduled job never sees the row without its clear copy
		transactions.executeWithoutResult(status -> insertBeforeSealing(id, tag, now));
		return id;
	}

	private void insertBeforeSealing(UUID id, String tag, OffsetDateTime now) {
		jdbc.sql("insert into companies (id, name, name_folded, created_at, updated_at, version) values (?, ?, ?, ?, ?, 0)")
			.params(id, tag + " Old", tag + " old", now, now)
			.update();
		jdbc.sql("insert into company_unsealed_values (company_id, phone, street, city, postal_code, country) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(id, "+442079460958", tag + " Road 2", tag + "ton", "SW1Y 4LB", "GB")
			.update();
	}

	private void assertReadsAsStored(UUID id, String tag, String token) {
		Response read = api.get("/api/v1/companies/" + id, token);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text("phone")).isEqualTo("+442079460958");
		assertThat(read.json().get("address").get("street").asString()).isEqualTo(tag + " Road 2");
		assertThat(read.json().get("address").get("city").asString()).isEqualTo(tag + "ton");
		assertThat(read.json().get("address").get("country").asString()).isEqualTo("GB");
	}

	@Test
	void aCompanyStoredBeforeSealingReadsAsBeforeAndTheJobSealsIt() {
		String tag = "old" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = storedBeforeSealing(tag);
		String sales = personas.token(Role.SALES);
		assertReadsAsStored(id, tag, sales); // the job may have run already: either way it reads the same

		sealing.catchUp();

		assertThat(jdbc.sql("select count(*) from company_unsealed_values where company_id = ?").param(id)
			.query(Long.class).single()).isZero();
		byte[] city = jdbc.sql("select city from companies where id = ?").param(id).query(byte[].class).single();
		assertThat(new String(city, StandardCharsets.ISO_8859_1)).doesNotContain(tag);
		assertThat(jdbc.sql("select count(*) from vault.data_keys where subject_id = ?").param(id).query(Long.class)
			.single()).isEqualTo(1);
		assertReadsAsStored(id, tag, sales);
		assertThat(sealing.catchUp()).as("nothing left to seal, nothing sealed twice").isZero();
	}

	@Test
	void changingACompanyNotSealedYetSealsIt() {
		String tag = "chg" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = storedBeforeSealing(tag);
		String sales = personas.token(Role.SALES);
		Response patched = api.send(org.springframework.http.HttpMethod.PATCH, "/api/v1/companies/" + id, sales,
				"{\"email\":\"office@" + tag + ".example\"}", "If-Match", "\"0\"");
		assertThat(patched.status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from company_unsealed_values where company_id = ?").param(id)
			.query(Long.class).single()).isZero();
		assertReadsAsStored(id, tag, sales);
		assertThat(api.get("/api/v1/companies/" + id, sales).text("email")).isEqualTo("office@" + tag + ".example");
	}
}
