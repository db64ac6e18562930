/**
 * The timeline: notes, calls, meetings and emails about contacts, companies, deals and tickets, their content sealed
 * under the key of each person it concerns.
 */
@NullMarked
package dev.custodian.activity;

import org.jspecify.annotations.NullMarked;
