/**
 * Reading CSV exports of other CRMs as a stream: sniffing their encoding and delimiter, splitting records with
 * bounded memory, matching their column names to import fields and normalising the values they hold.
 */
@NullMarked
package dev.custodian.transfer.csv;

import org.jspecify.annotations.NullMarked;
