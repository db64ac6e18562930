package dev.custodian.activity;

import java.util.UUID;

/**
 * A record an activity is about.
 *
 * @param kind {@code contact}, {@code company}, {@code deal} or {@code ticket}
 * @param id the record's id
 */
public record ActivityLink(String kind, UUID id) {

	/** The kinds of record an activity links to, in the order the API names them. */
	public static final java.util.List<String> KINDS = java.util.List.of("contact", "company", "deal", "ticket");
}
