package org.vedika.problem.entity;

/**
 * A member read a problem's page (fired by the problem page, outside any transaction); the
 * notification feature marks that problem's notifications read.
 */
public record ProblemViewed(long problemId, long memberId) {}
