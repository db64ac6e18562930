/**
 * Custom fields: the fields administrators add to contacts, companies and any later record type, each classified
 * (personal or not, its data category, the Art. 9(2) condition of a special category), and their values, sealed
 * under the record's key when personal and kept in the clear, filterable, when not.
 */
@NullMarked
package dev.custodian.customfield;

import org.jspecify.annotations.NullMarked;
