package org.vedika.schema.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * Reads that tolerate a bounded lag (the dashboard's figures, pages and API) go to a MariaDB
 * replica when one is configured ({@code DB_REPLICA_URL}) and is at most {@code
 * vedika.replica.max-lag-seconds} (30) behind its primary; otherwise, and whenever the replica does
 * not answer, to the primary. The replica's state is looked at every {@link #CHECK_NANOS} at most
 * ({@code SHOW REPLICA STATUS}), in the background, and {@code /health/ready} reports it
 * (docs/cluster.md). A read the replica fails is read again from the primary at once.
 *
 * <p>Plain JDBC, not JPA: a second persistence unit would make every unnamed
 * {@code @PersistenceContext} of Vedika ambiguous. The replica's pool is the MariaDB driver's own
 * (at most 8 connections), made only when a replica is configured.
 */
@ApplicationScoped
public class ReplicaReads {

  private static final Logger LOG = Logger.getLogger(ReplicaReads.class.getName());

  static final long CHECK_NANOS = 2_000_000_000L;

  /** Where reads go now, and why. */
  public record State(boolean configured, boolean onReplica, Long lagSeconds, String problem) {
    static final State NONE = new State(false, false, null, null);
  }

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource primary;

  @Inject
  @ConfigProperty(name = "db.replica.url")
  Optional<String> replicaUrl;

  @Inject
  @ConfigProperty(name = "db.replica.user")
  Optional<String> replicaUser;

  @Inject
  @ConfigProperty(name = "db.replica.password")
  Optional<String> replicaPassword;

  @Inject
  @ConfigProperty(name = "db.user", defaultValue = "root")
  String user;

  /** Optional: an empty password is, to MicroProfile Config, no value at all. */
  @Inject
  @ConfigProperty(name = "db.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "vedika.replica.max-lag-seconds", defaultValue = "30")
  long maxLagSeconds;

  @Resource ManagedExecutorService executor;

  private final AtomicBoolean looking = new AtomicBoolean();
  private volatile MariaDbPoolDataSource replica;
  private volatile State state = new State(true, false, null, "not looked at yet");
  private volatile long checkedAt = System.nanoTime() - 2 * CHECK_NANOS;

  /** The rows of a read, each its columns as JDBC gives them. */
  public List<Object[]> rows(String sql, Object... parameters) {
    if (state().onReplica()) {
      try (var connection = replica.getConnection()) {
        return rows(connection, sql, parameters);
      } catch (SQLException e) {
        changed(new State(true, false, null, String.valueOf(e.getMessage())));
      }
    }
    try (var connection = primary.getConnection()) {
      return rows(connection, sql, parameters);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row, or null when there is none. */
  public Object single(String sql, Object... parameters) {
    var rows = rows(sql, parameters);
    return rows.isEmpty() ? null : rows.get(0)[0];
  }

  /**
   * Where reads go now. When the last look at the replica is older than 2 s, another starts in the
   * background: a replica that hangs (starting, stopping, overloaded) never holds up a request or
   * the readiness check the load balancer waits on. Until the first look, reads go to the primary.
   */
  public State state() {
    if (replicaUrl.filter(url -> !url.isBlank()).isEmpty()) {
      return State.NONE;
    }
    if (System.nanoTime() - checkedAt > CHECK_NANOS && looking.compareAndSet(false, true)) {
      try {
        executor.execute(
            () -> {
              try {
                changed(look());
              } finally {
                checkedAt = System.nanoTime();
                looking.set(false);
              }
            });
      } catch (RuntimeException rejected) {
        looking.set(false);
      }
    }
    return state;
  }

  private State look() {
    try {
      if (replica == null) {
        // the URL last: the pool starts as soon as it has one, and must have the credentials then
        var pool = new MariaDbPoolDataSource();
        pool.setUser(replicaUser.orElse(user));
        pool.setPassword(replicaPassword.or(() -> password).orElse(""));
        pool.setUrl(pooled(replicaUrl.get()));
        replica = pool;
      }
      try (var connection = replica.getConnection();
          var status = connection.createStatement().executeQuery("SHOW REPLICA STATUS")) {
        if (!status.next()) {
          // not (or no longer) replicating: a promoted replica is the primary's equal
          return new State(true, true, 0L, null);
        }
        var lag = status.getObject("Seconds_Behind_Master");
        if (lag == null) {
          return new State(
              true,
              false,
              null,
              "replication stopped (IO "
                  + status.getString("Slave_IO_Running")
                  + ", SQL "
                  + status.getString("Slave_SQL_Running")
                  + ")");
        }
        var seconds = ((Number) lag).longValue();
        return seconds <= maxLagSeconds
            ? new State(true, true, seconds, null)
            : new State(true, false, seconds, "more than " + maxLagSeconds + " s behind");
      }
    } catch (SQLException | RuntimeException e) {
      return new State(true, false, null, String.valueOf(e.getMessage()));
    }
  }

  private void changed(State next) {
    var before = state;
    state = next;
    if (before.onReplica() != next.onReplica() || !before.configured()) {
      LOG.log(
          next.onReplica() ? Level.INFO : Level.WARNING,
          () ->
              next.onReplica()
                  ? "Lag-tolerant reads on the replica (" + next.lagSeconds() + " s behind)"
                  : "Lag-tolerant reads on the primary: the replica " + next.problem());
    }
  }

  /** The replica's URL with a small pool and short timeouts, unless it sets its own. */
  static String pooled(String url) {
    var extra = new StringBuilder();
    for (var option :
        List.of("maxPoolSize=8", "minPoolSize=0", "connectTimeout=2000", "socketTimeout=10000")) {
      if (!url.contains(option.substring(0, option.indexOf('=') + 1))) {
        extra.append(extra.isEmpty() && !url.contains("?") ? '?' : '&').append(option);
      }
    }
    return url + extra;
  }

  private static List<Object[]> rows(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (var statement = connection.prepareStatement(sql)) {
      for (var i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var result = statement.executeQuery()) {
        var columns = result.getMetaData().getColumnCount();
        var rows = new ArrayList<Object[]>();
        while (result.next()) {
          var row = new Object[columns];
          for (var c = 0; c < columns; c++) {
            row[c] = result.getObject(c + 1);
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  @PreDestroy
  void close() {
    if (replica != null) {
      replica.close();
    }
  }
}
