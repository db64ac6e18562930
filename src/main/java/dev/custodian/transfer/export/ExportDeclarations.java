package dev.custodian.transfer.export;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import org.springframework.stereotype.Component;

/**
 * The data catalogue's declaration of export jobs: codes, counts, times and ids only. What a job exports lives in
 * sealed files, and the filters it was asked with (a searched name, say) too, never in its row.
 */
@Component
class ExportDeclarations implements CatalogueDeclarations {

	private static final String JOB = "export-job";

	static final List<FieldDeclaration> FIELDS = List.of(
			FieldDeclaration.notPersonal(JOB, "export_jobs", "id", "random job identifier"),
			FieldDeclaration.notPersonal(JOB, "export_jobs", "user_id",
					"random identifier of the user who asked; the user's names live sealed in users"),
			FieldDeclaration.notPersonal(JOB, "export_jobs", "collection", "list name from a fixed list"),
			FieldDeclaration.notPersonal(JOB, "export_jobs", "purpose",
					"why staff exported a list, in their words: a work reason, not personal data by policy"),
			FieldDeclaration.notPersonal(JOB, "export_jobs", "status", "status from a fixed list"),
			FieldDeclaration.notPersonal(JOB, "export_jobs", "rows_total", "a count"),
			FieldDeclaration.notPersonal(JOB, "export_jobs", "rows_done", "a count"),
			FieldDeclaration.notPersonal(JOB, "export_jobs", "created_at", "time the job was asked for"),
			FieldDeclaration.notPersonal(JOB, "export_jobs", "heartbeat_at", "time the running node last reported"),
			FieldDeclaration.notPersonal(JOB, "export_jobs", "completed_at", "time the job ended"),
			FieldDeclaration.notPersonal(JOB, "export_jobs", "expires_at", "time the file is destroyed"),
			FieldDeclaration.notPersonal(JOB, "export_jobs", "filters_file",
					"random identifier of the sealed file holding the filters"),
			FieldDeclaration.notPersonal(JOB, "export_jobs", "result_file",
					"random identifier of the sealed file holding the result"));

	@Override
	public String module() {
		return "transfer";
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
