package dev.custodian.shared;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared pieces every record type's API answers with. */
class RecordAnswersTests {

	@Test
	void aCreatedRecordIsAnsweredWithItsLocationAndVersion() {
		UUID id = Ids.newId();
		ResponseEntity<String> created = VersionedAnswers.created("/api/v1/things", id, 0, "thing");
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/things/" + id);
		assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
		ResponseEntity<String> current = VersionedAnswers.current(3, "thing");
		assertThat(current.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(current.getHeaders().getETag()).isEqualTo("\"3\"");
	}

	@Test
	void aDeletionMayLeaveOutIfMatchButNotSendAnEmptyOne() {
		assertThat(VersionedAnswers.expectedIfGiven(null)).isNull();
		assertThat(VersionedAnswers.expectedIfGiven("\"4\"")).isEqualTo(4L);
		assertThat(VersionedAnswers.expectedIfGiven("W/\"4\"")).isEqualTo(-1L);
		assertThatThrownBy(() -> VersionedAnswers.expectedIfGiven(" ")).isInstanceOf(PreconditionRequiredException.class);
	}

	@Test
	void aMalformedIdNamesNoRecord() {
		UUID id = Ids.newId();
		assertThat(Ids.parseOrNotFound(id.toString(), "thing")).isEqualTo(id);
		assertThatThrownBy(() -> Ids.parseOrNotFound("42", "thing")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void everyInvalidPartOfAQueryIsNamedAtOnce() {
		Violations violations = new Violations();
		assertThat(Ids.optional(" ", "owner", violations)).isNull();
		assertThat(Ids.optional("nope", "owner", violations)).isNull();
		String sort = violations.collect(() -> {
			throw InvalidInputException.of("sort", "must be one of name");
		}, "name");
		assertThat(sort).isEqualTo("name");
		assertThat(violations.collect(() -> "kept", "fallback")).isEqualTo("kept");
		assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).extracting(FieldViolation::field).containsExactly("owner", "sort"));
	}

	@Test
	void aRecordsOwnRulesAreAskedOnlyWhenTheBodyAlreadyHadProblems() {
		new Violations().throwIfAnyWith(() -> {
			throw new AssertionError("the service checks a clean body itself");
		});
		Violations violations = new Violations().add("extra", "is not a field");
		assertThatThrownBy(() -> violations.throwIfAnyWith(() -> List.of(new FieldViolation("name", "is required"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations())
				.extracting(FieldViolation::field)
				.containsExactly("extra", "name"));
	}
}
