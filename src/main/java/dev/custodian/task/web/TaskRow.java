package dev.custodian.task.web;

import dev.custodian.task.Task;
import org.jspecify.annotations.Nullable;

/**
 * A task as a page shows it: with the label and page of its linked record (null when there is none, or the reader
 * may not read it) and its assignee's name.
 */
record TaskRow(Task task, @Nullable String linkLabel, @Nullable String linkPath, String assignee, boolean overdue) {
}
