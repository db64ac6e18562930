package dev.custodian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on an in-memory H2 database in PostgreSQL mode, as the embedded default runs it. It
 * listens on a random port, so a suite can call it over HTTP (the generated client does) as well as through
 * MockMvc, and every suite shares one application context and its personas.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:custodian;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.vault.rewrap-interval=PT1H", "custodian.customfield.seal-interval=PT1H",
		// exports of more rows than this run in the background: low, so a test reaches it with a few hundred contacts
		"custodian.transfer.export-background-above=250", "custodian.transfer.poll-interval=PT0.2S",
		"custodian.transfer.directory=target/transfer" })
@AutoConfigureMockMvc
@Import(Personas.class)
public @interface OnH2 {
}
