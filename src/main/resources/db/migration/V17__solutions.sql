-- Solutions (issue 20, item 1): the reply that solved a problem, marked by the problem's author or
-- the commune's official, and "helpful" marks on replies (one per member, counted on the reply).
-- Owned by the problem feature with problem and reply.
--
-- solution_id names a reply of the same problem. No foreign key: reply already references problem
-- with ON DELETE CASCADE, and a key back from problem to reply would make deleting a problem delete
-- rows that its own row references. Replies are never deleted as rows (a member's delete and a
-- moderator's hide are flags), and the problem feature clears the mark when its reply stops being
-- public (Problems.deleteReply, Problems.moderate).
ALTER TABLE problem
    ADD COLUMN IF NOT EXISTS solution_id BIGINT NULL,
    ADD COLUMN IF NOT EXISTS solved_at TIMESTAMP(3) NULL;

-- a forum's "solved" list and /search's "solved only" read the newest solved first off an index
CREATE INDEX IF NOT EXISTS ix_problem_solved ON problem (moderation, solved_at);
CREATE INDEX IF NOT EXISTS ix_problem_commune_solved ON problem (commune_code, moderation, solved_at);

ALTER TABLE reply ADD COLUMN IF NOT EXISTS helpful_count INT NOT NULL DEFAULT 0;
ALTER TABLE reply ADD CONSTRAINT ck_reply_helpful CHECK (helpful_count >= 0);

CREATE TABLE IF NOT EXISTS helpful (
    reply_id   BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (reply_id, member_id),
    CONSTRAINT fk_helpful_reply FOREIGN KEY (reply_id) REFERENCES reply (id) ON DELETE CASCADE,
    CONSTRAINT fk_helpful_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    INDEX ix_helpful_member (member_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- followers hear that their problem was solved
ALTER TABLE notification
    DROP CONSTRAINT ck_notification_kind,
    ADD CONSTRAINT ck_notification_kind
        CHECK (kind IN ('REPLY', 'OFFICIAL_ANSWER', 'STATUS', 'MODERATION', 'REPORT_RESOLVED', 'WORKSHOP', 'SOLVED'));
