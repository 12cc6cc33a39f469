package org.vedika.schema.control;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/** Whether a failure is the database's (it did not answer, or refused a statement). */
public final class DatabaseFailures {

  private DatabaseFailures() {}

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
