/**
 * Deals: the sales pipelines, their ordered stages with a win probability, and (to come) the deals that move
 * through them.
 */
@NullMarked
package dev.custodian.deal;

import org.jspecify.annotations.NullMarked;
