/**
 * The data catalogue: every column of every table that holds data about people, declared once next to the code
 * that stores it, with its data category and protection, checked against the schema at start-up.
 */
@NullMarked
package dev.custodian.catalog;

import org.jspecify.annotations.NullMarked;
