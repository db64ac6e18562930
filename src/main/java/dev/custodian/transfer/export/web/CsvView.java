package dev.custodian.transfer.export.web;

import java.io.InputStream;
import java.util.Map;

import dev.custodian.shared.ListExport;
import dev.custodian.transfer.export.CsvTable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.View;

/**
 * A CSV download answered by a page: the export streams into the response as it is read (or a prepared file is
 * copied), in the request's thread, so a page handler can answer either a page or the file.
 */
final class CsvView implements View {

	private final String collection;

	private final ListExport.@Nullable Run run;

	private final @Nullable InputStream prepared;

	CsvView(String collection, ListExport.Run run) {
		this.collection = collection;
		this.run = run;
		this.prepared = null;
	}

	CsvView(String collection, InputStream prepared) {
		this.collection = collection;
		this.run = null;
		this.prepared = prepared;
	}

	@Override
	public String getContentType() {
		return ExportApiController.CSV.toString();
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		response.setContentType(getContentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ExportApiController.attachment(collection).toString());
		if (prepared != null) {
			try (InputStream in = prepared) {
				in.transferTo(response.getOutputStream());
			}
		}
		else if (run != null) {
			CsvTable.write(run, response.getOutputStream(), rows -> {
			});
		}
	}
}
