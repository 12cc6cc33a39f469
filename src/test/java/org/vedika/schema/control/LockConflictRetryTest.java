package org.vedika.schema.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.SQLTransactionRollbackException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LockConflictRetryTest {

  private static final PersistenceException DEADLOCK =
      new PersistenceException(
          new SQLTransactionRollbackException("Deadlock found", "40001", 1213));

  @Test
  void aCallThatLostALockConflictRunsAgain() throws Exception {
    var calls = new AtomicInteger();
    var answer =
        retry(null)
            .retry(
                call(
                    () -> {
                      if (calls.incrementAndGet() == 1) {
                        throw DEADLOCK;
                      }
                      return "merged";
                    }));
    assertThat(answer).isEqualTo("merged");
    assertThat(calls).hasValue(2);
  }

  @Test
  void itGivesUpAfterThreeAttempts() {
    var calls = new AtomicInteger();
    assertThatThrownBy(() -> retry(null).retry(failing(calls, DEADLOCK))).isSameAs(DEADLOCK);
    assertThat(calls).hasValue(LockConflictRetry.ATTEMPTS);
  }

  @Test
  void otherFailuresAndCallsInsideATransactionAreNotRunAgain() {
    var calls = new AtomicInteger();
    var bug = new IllegalStateException("bug");
    assertThatThrownBy(() -> retry(null).retry(failing(calls, bug))).isSameAs(bug);
    assertThat(calls).hasValue(1);

    // inside the caller's transaction: that whole transaction is lost, its own facade retries
    assertThatThrownBy(() -> retry("the caller's transaction").retry(failing(calls, DEADLOCK)))
        .isSameAs(DEADLOCK);
    assertThat(calls).hasValue(2);
  }

  private static LockConflictRetry retry(Object transactionKey) {
    var retry = new LockConflictRetry();
    retry.transactions = new Registry(transactionKey);
    return retry;
  }

  /** A call that always fails so, counting its attempts. */
  private static InvocationContext failing(AtomicInteger calls, Exception failure) {
    return call(
        () -> {
          calls.incrementAndGet();
          throw failure;
        });
  }

  private static InvocationContext call(Callable<Object> body) {
    return new InvocationContext() {
      @Override
      public Object proceed() throws Exception {
        return body.call();
      }

      @Override
      public Method getMethod() {
        try {
          return Object.class.getMethod("toString");
        } catch (NoSuchMethodException e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public Object getTarget() {
        return this;
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return new Object[0];
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return Map.of();
      }
    };
  }

  /** The registry's one question the interceptor asks: is there a transaction already? */
  private record Registry(Object key) implements TransactionSynchronizationRegistry {
    @Override
    public Object getTransactionKey() {
      return key;
    }

    @Override
    public void putResource(Object key, Object value) {}

    @Override
    public Object getResource(Object key) {
      return null;
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {}

    @Override
    public int getTransactionStatus() {
      return 0;
    }

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
