/**
 * People: the contacts who are the data subjects of Custodian.
 */
@NullMarked
package dev.custodian.contact;

import org.jspecify.annotations.NullMarked;
