package dev.custodian.transfer.web;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import dev.custodian.transfer.ImportJob;
import dev.custodian.transfer.ImportRowError;
import dev.custodian.transfer.Imports;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What the API and the pages show of an import, and its error report as CSV. */
@Component
class ImportViews {

	static final int FIRST_ERRORS = 20;

	private final Imports imports;

	ImportViews(Imports imports) {
		this.imports = imports;
	}

	ImportResource resource(ImportJob job) {
		List<ImportResource.RowErrorResource> first = imports.errors(job.id(), 0, FIRST_ERRORS)
			.stream()
			.map(e -> new ImportResource.RowErrorResource(e.line(), e.column(), e.message()))
			.toList();
		return ImportResource.of(job, imports.targets(job.recordType()), imports.mappingProblems(job), first,
				DbTime.now());
	}

	/**
	 * Writes the error report to a download: UTF-8 with a byte order mark (spreadsheets then read it right), one
	 * line per error, read from the database in pages while it streams.
	 */
	void writeErrorReport(UUID id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"import-errors-" + id + ".csv\"");
		write(id, response.getOutputStream());
	}

	private void write(UUID id, java.io.OutputStream out) throws java.io.IOException {
		{
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			writer.write('\uFEFF');
			writer.write("line,column,message\r\n");
			long after = 0;
			List<ImportRowError> page;
			do {
				page = imports.errors(id, after, 1000);
				for (ImportRowError error : page) {
					writer.write(error.line() + "," + cell(error.column()) + "," + cell(error.message()) + "\r\n");
				}
				if (!page.isEmpty()) {
					after = page.get(page.size() - 1).line();
				}
			}
			while (!page.isEmpty());
			writer.flush();
		}
	}

	/**
	 * A CSV cell, quoted when needed; a column name from the file that a spreadsheet would take for a formula
	 * (=, +, -, @) is defused with a leading apostrophe.
	 */
	static String cell(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String value = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
		return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}
}
