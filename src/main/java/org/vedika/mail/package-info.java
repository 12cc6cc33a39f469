/**
 * Mail: sending an e-mail through the SMTP server the operator configured, for any feature
 * (followers' notices today; password resets tomorrow).
 *
 * <p>Owns no table.
 *
 * <p>Decisions: without {@code VEDIKA_MAIL_HOST} nothing is sent and pages do not offer e-mail;
 * infrastructure beneath every feature, so that accounts and notifications both use it without
 * depending on each other.
 */
package org.vedika.mail;
