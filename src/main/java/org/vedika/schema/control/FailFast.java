package org.vedika.schema.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Makes a database outage cost a request milliseconds, not seconds. By default EclipseLink retries
 * a read that failed on a broken connection three more times, sleeping 5 s before each, so while
 * MariaDB is down every page waited 10–20 s per query before it could say "try again". The pool
 * already validates connections before handing them out, so one immediate retry is enough to get
 * past a connection that died while idle.
 */
public class FailFast implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(1);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
