package dev.custodian.transfer;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How imports run ({@code custodian.transfer.*}).
 *
 * @param directory where uploaded files wait, sealed, until their job ends; with several nodes, storage they all
 * share
 * @param batchRows rows stored per transaction: a crash loses at most one batch's work, which is redone
 * @param staleAfter how long a job may go without a heartbeat before another node takes it over
 * @param maxErrors row errors kept per job and phase (all rows are counted; the report lists the first ones)
 * @param maxCellChars the longest cell read; a longer one is an error of its row
 * @param unstartedExpiry how long an analysed import may wait to be started before it is cancelled and its file
 * destroyed
 */
@ConfigurationProperties("custodian.transfer")
record ImportSettings(@DefaultValue("./data/transfer") Path directory,
		@DefaultValue("500") int batchRows, @DefaultValue("PT30S") Duration staleAfter,
		@DefaultValue("10000") int maxErrors, @DefaultValue("10000") int maxCellChars,
		@DefaultValue("P7D") Duration unstartedExpiry) {

	static final int MAX_COLUMNS = 200;

	Path file(java.util.UUID job) {
		return directory.resolve("imports").resolve(job + ".sealed");
	}
}
