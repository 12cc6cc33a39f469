/**
 * The database schema and where the connection comes from.
 *
 * <p>Operations: migrate the schema with Flyway at startup, before anything reads; retry until the
 * database answers.
 *
 * <p>Invariants: the schema only ever changes through the migrations in {@code db/migration} (JPA
 * schema generation is off); every text column is utf8mb4.
 *
 * <p>Decisions: the data source is declared with {@code @DataSourceDefinition} whose values come from
 * MicroProfile Config at run time ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), so the same
 * WAR runs against any MariaDB. A failed first migration does not fail the deployment: the bean
 * retries, and {@code /health/ready} stays DOWN until it succeeds.
 *
 * <p>Owns no table.
 */
package org.vedika.schema;
