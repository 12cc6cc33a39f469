package org.vedika.schema.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Runs a {@link RetryOnLockConflict} call again when it lost a lock conflict. Its priority puts it
 * outside {@code @Transactional}'s interceptor ({@code PLATFORM_BEFORE + 200}): every attempt has a
 * transaction of its own. Seen in the tests: a moderator's merge (locking the duplicate, then the
 * problem it goes into) against the grouping pass (writing a suggestion between the same two
 * problems in the other order); MariaDB rolled the merge back as the deadlock's victim.
 */
@RetryOnLockConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LockConflictRetry {

  static final int ATTEMPTS = 3;
  private static final Logger LOG = Logger.getLogger(LockConflictRetry.class.getName());

  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object retry(InvocationContext call) throws Exception {
    if (transactions.getTransactionKey() != null) {
      return call.proceed();
    }
    for (var attempt = 1; ; attempt++) {
      try {
        return call.proceed();
      } catch (Exception failure) {
        if (attempt >= ATTEMPTS || !DatabaseFailures.isLockConflict(failure)) {
          throw failure;
        }
        LOG.info(
            () ->
                call.getMethod().getDeclaringClass().getSimpleName()
                    + "."
                    + call.getMethod().getName()
                    + " lost a lock conflict, running it again: "
                    + failure);
        // the winner commits meanwhile; a little apart, two losers do not meet again at once
        Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
      }
    }
  }
}
