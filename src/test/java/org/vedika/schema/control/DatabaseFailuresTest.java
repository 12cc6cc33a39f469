package org.vedika.schema.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

  @Test
  void aDatabaseFailureIsFoundUnderTheContainersWrappers() {
    var refused =
        new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306");
    var ejb =
        new EJBException(new PersistenceException("Error in allocating a connection", refused));
    assertThat(DatabaseFailures.isDatabaseFailure(new FacesException(ejb))).isTrue();
    assertThat(DatabaseFailures.isDatabaseFailure(refused)).isTrue();
  }

  @Test
  void otherFailuresAreNotTheDatabases() {
    assertThat(
            DatabaseFailures.isDatabaseFailure(
                new FacesException(new IllegalStateException("bug"))))
        .isFalse();
    assertThat(DatabaseFailures.isDatabaseFailure(new EJBException("no cause"))).isFalse();
  }

  @Test
  void aDeadlockOrALockWaitIsALockConflict() {
    var deadlock =
        new java.sql.SQLTransactionRollbackException(
            "Deadlock found when trying to get lock", "40001", 1213);
    assertThat(
            DatabaseFailures.isLockConflict(
                new PersistenceException(new RuntimeException("EclipseLink", deadlock))))
        .isTrue();
    assertThat(
            DatabaseFailures.isLockConflict(
                new java.sql.SQLException("Lock wait timeout exceeded", "HY000", 1205)))
        .isTrue();
    assertThat(
            DatabaseFailures.isLockConflict(
                new PersistenceException(
                    new java.sql.SQLIntegrityConstraintViolationException(
                        "Duplicate entry", "23000", 1062))))
        .isFalse();
    assertThat(DatabaseFailures.isLockConflict(new IllegalStateException("bug"))).isFalse();
  }
}
