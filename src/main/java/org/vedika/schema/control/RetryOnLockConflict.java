package org.vedika.schema.control;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A facade whose writes take several rows' locks: a call that starts its transaction and loses a
 * lock conflict (MariaDB chose it as a deadlock's victim, or its lock wait timed out) is run again
 * in a new transaction, up to {@link LockConflictRetry#ATTEMPTS} times, instead of the member
 * seeing an error. A call inside another transaction is not retried here (that transaction is lost
 * as a whole): its outermost facade retries.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RetryOnLockConflict {}
