/**
 * Deals: the sales pipelines, their ordered stages with a win probability, the deals that move through them with
 * their stage history and the people taking part, lost reasons, the board and the forecast.
 */
@NullMarked
package dev.custodian.deal;

import org.jspecify.annotations.NullMarked;
