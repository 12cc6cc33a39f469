package org.vedika.account.entity;

/**
 * A member deleted their account, fired by the account feature inside the deleting transaction
 * before the row is erased: each feature that keeps something of theirs deals with it there
 * (following and notifications are deleted; with {@code eraseText}, the problem feature erases the
 * text of their problems and replies). Their votes, helpful marks and reports stay counted: the row
 * they point at holds nothing of the person any more.
 */
public record MemberDeleted(long memberId, boolean eraseText) {}
