package dev.custodian.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;

/**
 * Runs a service method again, in a new transaction, when the database chose its transaction as the loser of a
 * deadlock, a serialization conflict or a lock wait: the whole transaction rolled back, so repeating it is safe
 * as long as the method has no effect outside it (no mail, no event published after commit). Only methods that
 * read and write the database and nothing else carry it. The retry wraps the transaction (Spring applies it
 * before the existing advice), so each attempt starts afresh; when every attempt lost, the caller gets a 409.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(includes = PessimisticLockingFailureException.class, maxRetries = 4, delay = 20, jitter = 10,
		multiplier = 2, maxDelay = 300)
public @interface RetriedOnContention {
}
