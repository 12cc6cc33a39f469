-- Forum threads (problems), their replies and "this affects me too" votes.
-- Counters (vote_count, reply_count) and the hot score are maintained on write, in the writing
-- transaction; a vote's uniqueness is the primary key of vote, never application code alone.
CREATE TABLE problem (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    place_code       VARCHAR(8)   NOT NULL,
    -- the place's commune, district and province, so an area's list is one index range
    commune_code     VARCHAR(6)   NOT NULL,
    district_code    VARCHAR(4)   NOT NULL,
    province_code    VARCHAR(2)   NOT NULL,
    title            VARCHAR(150) NOT NULL,
    body             TEXT         NOT NULL,
    category         VARCHAR(32)  NOT NULL,
    author_id        BIGINT       NOT NULL,
    status           VARCHAR(16)  NOT NULL DEFAULT 'OPEN',
    moderation       VARCHAR(10)  NOT NULL DEFAULT 'VISIBLE',
    locked           BOOLEAN      NOT NULL DEFAULT FALSE,
    vote_count       INT          NOT NULL DEFAULT 0,
    reply_count      INT          NOT NULL DEFAULT 0,
    hot              DOUBLE       NOT NULL DEFAULT 0,
    created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_activity_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    answered_at      TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_problem_place FOREIGN KEY (place_code) REFERENCES place (code),
    CONSTRAINT fk_problem_author FOREIGN KEY (author_id) REFERENCES member (id),
    CONSTRAINT ck_problem_counts CHECK (vote_count >= 0 AND reply_count >= 0),
    INDEX ix_problem_place (place_code, moderation, created_at),
    INDEX ix_problem_commune_new (commune_code, moderation, created_at),
    INDEX ix_problem_commune_hot (commune_code, moderation, hot),
    INDEX ix_problem_commune_top (commune_code, moderation, vote_count),
    INDEX ix_problem_district_hot (district_code, moderation, hot),
    INDEX ix_problem_province_hot (province_code, moderation, hot),
    INDEX ix_problem_hot (moderation, hot),
    INDEX ix_problem_author (author_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reply (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    problem_id BIGINT       NOT NULL,
    author_id  BIGINT       NOT NULL,
    body       TEXT         NOT NULL,
    official   BOOLEAN      NOT NULL DEFAULT FALSE,
    moderation VARCHAR(10)  NOT NULL DEFAULT 'VISIBLE',
    deleted    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    edited_at  TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reply_problem FOREIGN KEY (problem_id) REFERENCES problem (id) ON DELETE CASCADE,
    CONSTRAINT fk_reply_author FOREIGN KEY (author_id) REFERENCES member (id),
    INDEX ix_reply_problem (problem_id, created_at),
    INDEX ix_reply_author (author_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vote (
    problem_id BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (problem_id, member_id),
    CONSTRAINT fk_vote_problem FOREIGN KEY (problem_id) REFERENCES problem (id) ON DELETE CASCADE,
    CONSTRAINT fk_vote_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    INDEX ix_vote_member (member_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
