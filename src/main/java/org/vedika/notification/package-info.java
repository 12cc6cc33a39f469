/**
 * Following problems and in-app notifications.
 *
 * <p>Operations: follow and unfollow a problem; a member follows a problem they raised, voted on or
 * replied to without asking; followers are notified of new replies and official answers (and,
 * with the officials' issue, status changes); the header shows the unread count; reading a problem
 * marks its notifications read.
 *
 * <p>Invariants: one follow per member and problem (primary key); nobody is notified of their own
 * action.
 *
 * <p>Decisions: notifications are written by observers of {@link
 * org.vedika.problem.entity.ProblemEvent} in the writing transaction — one INSERT … SELECT over the
 * followers — so a reply and its notifications commit together; a Telegram or SMS adapter would
 * observe the same events later.
 *
 * <p>Owns tables: follow, notification.
 */
package org.vedika.notification;
