-- The problem lifecycle: open → acknowledged → in progress → resolved, closed with a reason,
-- reopened. Every change is a row of the problem's public timeline, never edited.
ALTER TABLE problem
    ADD COLUMN resolved_at  TIMESTAMP(3) NULL AFTER answered_at,
    ADD COLUMN close_reason VARCHAR(24)  NULL AFTER resolved_at,
    ADD INDEX ix_problem_commune_status (commune_code, moderation, status, vote_count);

CREATE TABLE status_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    problem_id   BIGINT       NOT NULL,
    from_status  VARCHAR(16)  NOT NULL,
    to_status    VARCHAR(16)  NOT NULL,
    close_reason VARCHAR(24)  NULL,
    note         TEXT         NULL,
    actor_id     BIGINT       NOT NULL,
    -- the change was made as the commune's official (not as the problem's author reopening it)
    official     BOOLEAN      NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_status_change_problem FOREIGN KEY (problem_id) REFERENCES problem (id) ON DELETE CASCADE,
    CONSTRAINT fk_status_change_actor FOREIGN KEY (actor_id) REFERENCES member (id),
    INDEX ix_status_change_problem (problem_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
