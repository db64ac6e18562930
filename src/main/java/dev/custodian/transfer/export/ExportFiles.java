package dev.custodian.transfer.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.vault.SealedFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where background exports keep their files, sealed ({@link SealedFiles}): the result, and the filters the export
 * was asked with (a search text may be a person's name, so it is kept like the data, not in the job's row).
 */
@Component
class ExportFiles {

	private final SealedFiles sealed;

	private final Path directory;

	ExportFiles(SealedFiles sealed,
			@Value("${custodian.transfer.directory:${custodian.data-dir}/transfer}") String directory) {
		this.sealed = sealed;
		this.directory = Path.of(directory, "exports");
	}

	Path path(UUID fileId) {
		return directory.resolve(fileId + ".sealed");
	}

	void writeFilters(UUID fileId, Map<String, String[]> filters) throws IOException {
		List<String> pairs = new ArrayList<>();
		filters.forEach((name, values) -> {
			for (String value : values) {
				pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		try (OutputStream out = sealed.create(fileId, path(fileId))) {
			out.write(String.join("&", pairs).getBytes(StandardCharsets.UTF_8));
		}
	}

	Map<String, String[]> readFilters(UUID fileId) throws IOException {
		String text;
		try (InputStream in = sealed.open(fileId, path(fileId))) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, List<String>> read = new LinkedHashMap<>();
		for (String pair : text.isEmpty() ? new String[0] : text.split("&")) {
			int eq = pair.indexOf('=');
			read.computeIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), k -> new ArrayList<>())
				.add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		Map<String, String[]> filters = new LinkedHashMap<>();
		read.forEach((name, values) -> filters.put(name, values.toArray(String[]::new)));
		return filters;
	}

	/** A fresh result file: whatever an earlier attempt left is destroyed first. */
	OutputStream createResult(UUID fileId) throws IOException {
		sealed.destroy(fileId, path(fileId));
		return sealed.create(fileId, path(fileId));
	}

	InputStream open(UUID fileId) throws IOException {
		return sealed.open(fileId, path(fileId));
	}

	void destroy(UUID fileId) {
		sealed.destroy(fileId, path(fileId));
	}
}
