package org.vedika.workshop.entity;

/**
 * A commune workshop was planned, fired by the workshop feature inside the planning transaction
 * (besides a {@link WorkshopEvent.Planned} per agenda item): notifications tell the members of the
 * commune who chose to hear of its workshops. {@code firstProblemId} is its first agenda item.
 */
public record WorkshopScheduled(
    long workshopId, long memberId, String communeCode, long firstProblemId) {}
