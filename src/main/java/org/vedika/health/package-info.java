/**
 * Health for load balancers and operators: MicroProfile Health under {@code /health}.
 *
 * <p>Readiness is DOWN while the database does not answer or the schema is not current, and turns
 * UP by itself when both hold again; liveness is Payara's own.
 *
 * <p>Decisions: one small class per check; each check answers within a few seconds, because a load
 * balancer polls it.
 *
 * <p>Owns no table.
 */
package org.vedika.health;
