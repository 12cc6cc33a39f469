-- Quarterly commune workshops on social protection: scheduled by the commune's official with an
-- agenda of the commune's problems, attended by citizens, and afterwards an outcome per agenda item
-- that appears on each problem's timeline.
CREATE TABLE workshop (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    commune_code VARCHAR(6)   NOT NULL,
    starts_at    TIMESTAMP(3) NOT NULL,
    venue        VARCHAR(200) NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    organiser_id BIGINT       NOT NULL,
    -- "I'll attend": kept equal to the rows of workshop_attendee in the same transaction
    attendees    INT          NOT NULL DEFAULT 0,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_workshop_commune FOREIGN KEY (commune_code) REFERENCES place (code),
    CONSTRAINT fk_workshop_organiser FOREIGN KEY (organiser_id) REFERENCES member (id),
    CONSTRAINT ck_workshop_attendees CHECK (attendees >= 0),
    INDEX ix_workshop_commune (commune_code, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop_item (
    workshop_id BIGINT       NOT NULL,
    problem_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    outcome     TEXT         NULL,
    recorded_at TIMESTAMP(3) NULL,
    PRIMARY KEY (workshop_id, problem_id),
    CONSTRAINT fk_workshop_item_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_item_problem FOREIGN KEY (problem_id) REFERENCES problem (id) ON DELETE CASCADE,
    INDEX ix_workshop_item_problem (problem_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop_attendee (
    workshop_id BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (workshop_id, member_id),
    CONSTRAINT fk_workshop_attendee_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_attendee_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
