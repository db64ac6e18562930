/**
 * Tasks: to-dos with a due time, an assignee, a priority and at most one linked record (a contact, a company, a deal
 * or a ticket), their title and description sealed under the key of the person they are about.
 */
@NullMarked
package dev.custodian.task;

import org.jspecify.annotations.NullMarked;
