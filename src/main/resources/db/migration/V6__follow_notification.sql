-- Following problems (automatic for those a member raised, voted on or replied to) and the in-app
-- notifications followers get: new replies, official answers, status changes.
CREATE TABLE follow (
    problem_id BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (problem_id, member_id),
    CONSTRAINT fk_follow_problem FOREIGN KEY (problem_id) REFERENCES problem (id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    INDEX ix_follow_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    member_id  BIGINT       NOT NULL,
    problem_id BIGINT       NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    actor_id   BIGINT       NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    read_at    TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_problem FOREIGN KEY (problem_id) REFERENCES problem (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_actor FOREIGN KEY (actor_id) REFERENCES member (id) ON DELETE SET NULL,
    CONSTRAINT ck_notification_kind CHECK (kind IN ('REPLY', 'OFFICIAL_ANSWER', 'STATUS')),
    INDEX ix_notification_inbox (member_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
