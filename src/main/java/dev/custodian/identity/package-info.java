/**
 * Users, roles and permissions, sign-in with throttling, API tokens, and the security rules of every endpoint.
 */
@NullMarked
package dev.custodian.identity;

import org.jspecify.annotations.NullMarked;
