package dev.custodian.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * An export that walks a keyset list page after page of {@link ListExport#BATCH} records, following each page's
 * cursor: one page in memory at a time, whatever the list's length. The first page is read when the run is made,
 * so a refused permission or a bad filter surfaces before anything is written.
 *
 * @param <T> the record type
 */
public final class PagedExportRun<T> implements ListExport.Run {

	private final List<String> header;

	private final Function<PageRequest, KeysetPage<T>> pages;

	private final Function<List<T>, List<List<String>>> rows;

	private @Nullable KeysetPage<T> current;

	private @Nullable Cursor following;

	/**
	 * @param header the column names
	 * @param pages reads one page (in its own transaction, audited as an export)
	 * @param rows turns a page's records into rows of cells, each as long as the header
	 */
	public PagedExportRun(List<String> header, Function<PageRequest, KeysetPage<T>> pages,
			Function<List<T>, List<List<String>>> rows) {
		this.header = List.copyOf(header);
		this.pages = pages;
		this.rows = rows;
		this.current = pages.apply(PageRequest.first(ListExport.BATCH));
	}

	@Override
	public List<String> header() {
		return header;
	}

	@Override
	public List<List<String>> next() {
		if (current == null && following != null) {
			current = pages.apply(new PageRequest(ListExport.BATCH, following));
		}
		KeysetPage<T> page = current;
		if (page == null) {
			return List.of();
		}
		current = null;
		following = page.nextCursor() == null ? null : Cursor.decode(page.nextCursor());
		List<List<String>> batch = rows.apply(page.items());
		// an empty page with a cursor cannot end the run early: read on until a page has rows or none follow
		return batch.isEmpty() && following != null ? next() : batch;
	}
}
