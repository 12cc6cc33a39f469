package org.vedika.workshop.entity;

/** A member opened a workshop's page: its notices to them are no longer news. */
public record WorkshopViewed(long workshopId, long memberId) {}
