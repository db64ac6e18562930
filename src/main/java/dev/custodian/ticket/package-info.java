/**
 * Support tickets: customer-service cases with their requester's communication sealed under the requester's key,
 * and the service-level targets that time the first response and the resolution of each.
 */
@NullMarked
package dev.custodian.ticket;

import org.jspecify.annotations.NullMarked;
