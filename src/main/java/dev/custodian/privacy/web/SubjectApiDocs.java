package dev.custodian.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;

/**
 * The data-subject API as the OpenAPI document describes it, kept apart from {@link SubjectApiController}.
 */
@Tag(name = "Subjects", description = "Data subjects across every module: export, restriction, erasure (ADMIN, DPO)")
interface SubjectApiDocs {

	String SUBJECT = "The data subject's id (a contact's id is its subject id)";

	@Operation(operationId = "exportSubjectData", summary = "Everything held about a data subject",
			description = "The merged export of every module holding data about the person (Art. 15 and 20), each "
					+ "value tagged with its data category; the audit module lists who read or changed the data, when "
					+ "and how (the recipients of Art. 15(1)(c)). The read is audited. ADMIN and DPO; a restricted "
					+ "person's data only for the DPO (409 for others).")
	@ApiResponse(responseCode = "200", description = "The export",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = SubjectDataResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Restricted")
	SubjectDataResource data(@Parameter(description = SUBJECT, schema = @Schema(format = "uuid")) String subjectId);

	@Operation(operationId = "restrictSubject", summary = "Restrict processing of a data subject's data",
			description = "Art. 18: in every module the person's records are then only stored. They refuse changes and "
					+ "deletion (409) and leave lists for everyone but the DPO until the restriction is lifted. "
					+ "Restricting again changes nothing. Audited.")
	@ApiResponse(responseCode = "204", description = "Restricted")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<Void> restrict(@Parameter(description = SUBJECT, schema = @Schema(format = "uuid")) String subjectId);

	@Operation(operationId = "liftSubjectRestriction", summary = "Lift a restriction",
			description = "The person's records can be changed and are listed again. Lifting where there is no "
					+ "restriction changes nothing. Audited.")
	@ApiResponse(responseCode = "204", description = "Lifted")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<Void> lift(@Parameter(description = SUBJECT, schema = @Schema(format = "uuid")) String subjectId);

	@Operation(operationId = "eraseSubject", summary = "Erase a data subject",
			description = "Art. 17, in one transaction: every module deletes the person's records or replaces them by "
					+ "a tombstone, the person's data key is destroyed and the erasure journalled, so no copy of their "
					+ "data can be read again and a restored backup does not bring them back. The report names, per "
					+ "module, what was erased and what was kept with the legal reason (the audit trail keeps its "
					+ "entries). A restriction does not prevent erasure. Erasing again reports what is still kept. When "
					+ "something still needs the person's key (an enabled user account), nothing is erased and the "
					+ "answer is a 409 saying what to do first.")
	@ApiResponse(responseCode = "200", description = "Erased; the report",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = ErasureReportResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	ErasureReportResource erase(@Parameter(description = SUBJECT, schema = @Schema(format = "uuid")) String subjectId);
}
