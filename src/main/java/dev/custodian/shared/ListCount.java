package dev.custodian.shared;

/**
 * How many records match a list's filters: exact up to {@link #CAP}, and beyond that only "more than 10,000",
 * because counting further would read the whole table for a number nobody acts on. Pages say it in the reader's
 * language through {@code fragments/lists :: count}.
 */
public record ListCount(long value, boolean exact) {

	public static final int CAP = 10_000;

	/** Counts with the query {@code select 1 from … where …}, stopping after {@link #CAP} + 1 rows. */
	public static String sql(String selectOnes) {
		return "select count(*) from (" + selectOnes + " limit " + (CAP + 1) + ") counted";
	}

	/** The count from what {@link #sql} answered. */
	public static ListCount of(long counted) {
		return counted > CAP ? new ListCount(CAP, false) : new ListCount(counted, true);
	}
}
