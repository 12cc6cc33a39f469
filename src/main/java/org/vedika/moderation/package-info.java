/**
 * Moderation: reports, the review queue, moderators' actions and the audit log.
 *
 * <p>Operations: a member reports a problem or a reply with a reason ({@code /report}); enough
 * distinct reporters (3 by default, {@code VEDIKA_MODERATION_HOLD_REPORTS}) hold the post hidden
 * until a moderator decides; moderators review their places' queue ({@code /moderation}, a lazy
 * table, most reporters first) and hide (with a reason the author and readers see), restore,
 * dismiss the reports, lock or unlock ({@code /review}); every action, automatic holds included, is
 * a row of {@code moderation_action} ({@code /moderation-log}).
 *
 * <p>Invariants: a moderator acts only inside the places of their grants, an admin anywhere, nobody
 * on their own post — checked in {@code Moderation}, never only in the page. Nothing is deleted: a
 * hidden post keeps its text and comes back on restore; the problem's reply counter counts visible
 * replies only. The audit log is append-only (no update or delete statement touches it). One open
 * report per member per post is a unique key over a generated column.
 *
 * <p>Decisions: moderation writes only its own tables; a post changes through the problem feature's
 * methods ({@code Problems.moderate}, {@code setLocked}, {@code relocate}, {@code merge}), a
 * member's suspension through the account feature's ({@code Members.suspend}, {@code lift}), and
 * authors and reporters are told through a {@code ModerationNotice} event that notifications
 * observe.
 *
 * <p>Owns tables: report, moderation_action.
 */
package org.vedika.moderation;
