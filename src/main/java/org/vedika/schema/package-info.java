/**
 * The database schema and where the connection comes from.
 *
 * <p>Operations: migrate the schema with Flyway at startup, before anything reads; retry until the
 * database answers.
 *
 * <p>Invariants: the schema only ever changes through the migrations in {@code db/migration} (JPA
 * schema generation is off); every text column is utf8mb4.
 *
 * <p>Decisions: the data source is declared with {@code @DataSourceDefinition} whose values come
 * from MicroProfile Config at run time ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), so
 * the same WAR runs against any MariaDB. A failed first migration does not fail the deployment: the
 * bean retries, and {@code /health/ready} stays DOWN until it succeeds. Reads that tolerate a
 * bounded lag may go to a replica ({@code ReplicaReads}, {@code DB_REPLICA_URL}; docs/cluster.md).
 *
 * <p>Owns no table.
 *
 * <p><b>The transaction rule</b> (the one place it is written; {@code ArchitectureTest} enforces
 * its shape):
 *
 * <ol>
 *   <li>One resource, local transactions: the pool is not XA ({@link
 *       org.vedika.schema.control.LocalMariaDbDataSource}), so a container transaction is a plain
 *       {@code COMMIT} on one connection, never {@code XA START/END/COMMIT}.
 *   <li>Writes start their transaction in a boundary facade: an {@code @ApplicationScoped} CDI bean
 *       with {@code @Transactional} (REQUIRED) on its class. Everything a write changes — also in
 *       other features, through their methods and through synchronous CDI events — commits or rolls
 *       back together; after-commit work observes {@code during = AFTER_SUCCESS}.
 *   <li>Classes that only read say so once, on the class: {@code @Transactional(NOT_SUPPORTED)}
 *       ({@code VoteReads}, {@code NotificationReads}, {@code MemberReads}: asked on every member's
 *       view; {@code Dashboard}; {@code GroupingPass}, which opens one short transaction per
 *       problem through {@code Grouping}).
 *   <li>Facades are CDI beans, not stateless EJBs: Weld made a new EJB reference — a JNDI lookup
 *       and a class loaded under the web class loader's one lock — for every request-scoped bean
 *       that injected one, and every call through it cost Payara a thrown exception
 *       (docs/benchmarks.md, issue 17). A {@link org.vedika.Refusal} still rolls back (any runtime
 *       exception does) and reaches the caller as itself.
 *   <li>No transaction annotation on a method: a class is one or the other. A newcomer reads the
 *       class's header to know whether its methods write.
 *   <li>Entities never see the container; {@code ProblemCounters} requires the caller's transaction
 *       ({@code MANDATORY}), because a counter is only right next to the row it counts.
 *   <li>A facade whose writes lock several problems' rows ({@code Moderation}: a merge, a move) is
 *       {@link org.vedika.schema.control.RetryOnLockConflict}: a call that starts its transaction
 *       and loses a deadlock or a lock wait (the grouping pass writes suggestions between two
 *       problems in its own order) runs again in a new transaction, up to three times, instead of
 *       the member seeing an error.
 * </ol>
 */
package org.vedika.schema;
