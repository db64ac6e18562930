package dev.custodian.activity;

import java.util.UUID;

/**
 * A record an activity links to, as a page shows it: its label (opened where sealed) and its page.
 */
public record LinkedRecord(String kind, UUID id, String label, String path) {
}
