package org.vedika.schema.control;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/** Whether a failure is the database's (it did not answer, or refused a statement). */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /**
   * True when the database rolled a transaction back over a lock conflict anywhere below this
   * exception: chosen as a deadlock's victim (MariaDB 1213, SQL state 40001) or tired of waiting
   * for a lock (1205). Running the transaction again is expected to work.
   */
  public static boolean isLockConflict(Throwable failure) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransactionRollbackException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && (sql.getErrorCode() == 1213
              || sql.getErrorCode() == 1205
              || "40001".equals(sql.getSQLState()))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** True when a database access failed anywhere below this exception. */
  public static boolean isDatabaseFailure(Throwable failure) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException || cause instanceof PersistenceException) {
        return true;
      }
      if (cause
          .getClass()
          .getName()
          .equals("org.eclipse.persistence.exceptions.DatabaseException")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
