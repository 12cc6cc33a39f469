/**
 * Operators' metrics: Vedika's own figures beside the JVM's, through MicroProfile Metrics, at
 * {@code /metrics} (Prometheus text; {@code /metrics/application} for Vedika's alone).
 *
 * <p>Operations: counts what members do (problems raised, replies, votes, solutions, status
 * changes), from the problem feature's events once their transaction committed; times every request
 * by page, and counts the page cache's hits and misses. Other features count their own: e-mails
 * ({@code mail}), refusals by kind ({@code i18n.Messages}), the dashboard's aggregation runs and
 * lag ({@code dashboard.Aggregation}).
 *
 * <p>Decisions: a page is named by its address with numbers and place codes taken out ({@code
 * /problem/{id}}, {@code /place/{code}}), and an address that found nothing is "unknown", so the
 * names stay few whatever is asked. {@code /metrics} is for operators: the load balancer refuses it
 * to visitors (config/haproxy.cfg, docs/operations.md); each node is scraped on its own address.
 *
 * <p>Owns no table.
 */
package org.vedika.metrics;
