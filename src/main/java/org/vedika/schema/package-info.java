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
 * bean retries, and {@code /health/ready} stays DOWN until it succeeds.
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
 *   <li>Writes start their transaction in a boundary facade: a {@code @Stateless} bean's default
 *       (REQUIRED) or {@code @Transactional} on a CDI bean's class. Everything a write changes —
 *       also in other features, through their methods and through synchronous CDI events — commits
 *       or rolls back together; after-commit work observes {@code during = AFTER_SUCCESS}.
 *   <li>Reads that pages make on every view live in classes that only read and say so once, on the
 *       class: {@code @Transactional(NOT_SUPPORTED)} on a CDI bean ({@code VoteReads}, {@code
 *       NotificationReads}: asked on every member's view, and a call through Weld's proxy to a
 *       stateless EJB costs Payara a thrown exception) or
 *       {@code @TransactionAttribute(NOT_SUPPORTED)} on a stateless EJB ({@code Dashboard}, {@code
 *       GroupingPass} which opens one short transaction per problem through {@code Grouping}).
 *   <li>No transaction annotation on a method: a class is one or the other. A newcomer reads the
 *       class's header to know whether its methods write.
 *   <li>Entities never see the container; {@code ProblemCounters} requires the caller's transaction
 *       ({@code MANDATORY}), because a counter is only right next to the row it counts.
 * </ol>
 */
package org.vedika.schema;
