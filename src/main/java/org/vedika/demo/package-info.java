/**
 * Demo data for the run command: members of every role in real places (Samraong Tong district of
 * Kampong Speu, Tonle Basak sangkat of Phnom Penh) with problems, replies and votes in Khmer and
 * English that read like the real thing (after DOMAIN.md §3.3).
 *
 * <p>Loaded only when {@code VEDIKA_DEMO=true} (the run command sets it), once, into a database
 * without members. Every demo account's password is {@value
 * org.vedika.demo.boundary.DemoData#PASSWORD}.
 *
 * <p>Owns no table.
 */
package org.vedika.demo;
