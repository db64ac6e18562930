/**
 * What every page and endpoint shares: layout, navigation, dashboard, request ids, error pages and the RFC 9457
 * answers of the API.
 */
@NullMarked
package dev.custodian.web;

import org.jspecify.annotations.NullMarked;
