/**
 * Following problems and in-app notifications.
 *
 * <p>Operations: follow and unfollow a problem; a member follows a problem they raised, voted on or
 * replied to without asking; followers are notified of new replies and official answers (and, with
 * the officials' issue, status changes); the header shows the unread count; reading a problem marks
 * its notifications read.
 *
 * <p>Invariants: one follow per member and problem (primary key); nobody is notified of their own
 * action.
 *
 * <p>Decisions: notifications are written only here, by observers of the other features' events in
 * their writing transaction — {@code ProblemEvent} (replies, official answers, status changes with
 * the step they announce, merges: followers follow the target), {@code ModerationNotice} (an author
 * or a reporter is told), {@code WorkshopEvent} (a problem put on a workshop's agenda, its
 * outcome), {@code ProblemViewed} (read) — one INSERT … SELECT over the followers, so a reply and
 * its notifications commit together; a Telegram or SMS adapter would observe the same events later.
 * The follow buttons are this feature's page bean ({@code FollowBacking}); reads on every view are
 * {@code NotificationReads}.
 *
 * <p>Owns tables: follow, notification.
 */
package org.vedika.notification;
