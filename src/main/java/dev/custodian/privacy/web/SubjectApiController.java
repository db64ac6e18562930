package dev.custodian.privacy.web;

import java.util.UUID;

import dev.custodian.privacy.SubjectData;
import dev.custodian.shared.Ids;
import dev.custodian.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/subjects/{subjectId}}: a data subject's merged export, restriction and erasure.
 */
@RestController
@RequestMapping("/api/v1/subjects/{subjectId}")
class SubjectApiController implements SubjectApiDocs {

	private final SubjectData subjects;

	SubjectApiController(SubjectData subjects) {
		this.subjects = subjects;
	}

	@GetMapping("/data")
	@Override
	public SubjectDataResource data(@PathVariable String subjectId) {
		return SubjectDataResource.of(subjects.export(subject(subjectId)));
	}

	@PutMapping("/restriction")
	@Override
	public ResponseEntity<Void> restrict(@PathVariable String subjectId) {
		subjects.restrict(subject(subjectId));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/restriction")
	@Override
	public ResponseEntity<Void> lift(@PathVariable String subjectId) {
		subjects.lift(subject(subjectId));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/erasure")
	@Override
	public ErasureReportResource erase(@PathVariable String subjectId) {
		return ErasureReportResource.of(subjects.erase(subject(subjectId)));
	}

	/** A malformed id names no subject: 404, as for any other unknown id. */
	static UUID subject(String id) {
		UUID uuid = Ids.parseOrNull(id);
		if (uuid == null) {
			throw new NotFoundException("subject", "(malformed id)");
		}
		return uuid;
	}
}
