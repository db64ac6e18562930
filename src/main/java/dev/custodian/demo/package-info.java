/**
 * Optional demo data ({@code CUSTODIAN_DEMO=true}): realistic companies and contacts on an empty database.
 */
@NullMarked
package dev.custodian.demo;

import org.jspecify.annotations.NullMarked;
