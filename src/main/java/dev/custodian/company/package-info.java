/**
 * Organisations: the companies contacts work for.
 */
@NullMarked
package dev.custodian.company;

import org.jspecify.annotations.NullMarked;
