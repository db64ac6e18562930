/**
 * Saved views: each user's named filters and order for the lists (contacts, companies, and any list that adopts
 * them), holding codes and ids only, never a search text.
 */
@NullMarked
package dev.custodian.view;

import org.jspecify.annotations.NullMarked;
