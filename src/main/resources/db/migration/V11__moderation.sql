-- Moderation: members report problems and replies, moderators act on them within their places,
-- and every action is written once to an append-only audit log. Nothing is ever deleted.
ALTER TABLE problem
    ADD COLUMN hidden_reason VARCHAR(24)  NULL AFTER moderation,
    ADD COLUMN hidden_note   VARCHAR(500) NULL AFTER hidden_reason;
ALTER TABLE reply
    ADD COLUMN hidden_reason VARCHAR(24)  NULL AFTER moderation,
    ADD COLUMN hidden_note   VARCHAR(500) NULL AFTER hidden_reason;

CREATE TABLE report (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    problem_id  BIGINT       NOT NULL,
    -- a report of a reply names it; a report of the problem itself leaves it empty
    reply_id    BIGINT       NULL,
    reporter_id BIGINT       NOT NULL,
    reason      VARCHAR(24)  NOT NULL,
    note        VARCHAR(500) NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    resolved_at TIMESTAMP(3) NULL,
    resolution  VARCHAR(10)  NULL,
    -- one open report per member per item: the key is NULL (not unique) once resolved
    target      VARCHAR(24)  AS (IF(reply_id IS NULL, CONCAT('P', problem_id), CONCAT('R', reply_id))) PERSISTENT,
    open_key    TINYINT      AS (IF(resolved_at IS NULL, 1, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uk_report_open UNIQUE (target, reporter_id, open_key),
    CONSTRAINT fk_report_problem FOREIGN KEY (problem_id) REFERENCES problem (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_reply FOREIGN KEY (reply_id) REFERENCES reply (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_reporter FOREIGN KEY (reporter_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_report_resolution CHECK (resolution IS NULL OR resolution IN ('UPHELD', 'DISMISSED')),
    INDEX ix_report_open (resolved_at, problem_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE moderation_action (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    -- NULL: Vedika itself (an automatic hold after enough reports)
    actor_id   BIGINT       NULL,
    action     VARCHAR(16)  NOT NULL,
    problem_id BIGINT       NULL,
    reply_id   BIGINT       NULL,
    -- whose content (or which member) the action was about
    member_id  BIGINT       NULL,
    -- where it happened, so moderators see the log of their own places
    place_code VARCHAR(8)   NOT NULL,
    reason     VARCHAR(24)  NULL,
    note       VARCHAR(500) NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_moderation_actor FOREIGN KEY (actor_id) REFERENCES member (id),
    CONSTRAINT fk_moderation_problem FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT fk_moderation_reply FOREIGN KEY (reply_id) REFERENCES reply (id),
    CONSTRAINT fk_moderation_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_moderation_place (place_code, created_at),
    INDEX ix_moderation_member (member_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- authors hear of every action on their content, reporters of the fate of their report
ALTER TABLE notification
    ADD COLUMN detail VARCHAR(48) NULL AFTER actor_id,
    DROP CONSTRAINT ck_notification_kind,
    ADD CONSTRAINT ck_notification_kind
        CHECK (kind IN ('REPLY', 'OFFICIAL_ANSWER', 'STATUS', 'MODERATION', 'REPORT_RESOLVED'));
