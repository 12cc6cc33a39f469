-- Recurring problems: named groups of problems about the same issue in different places, and what
-- the policymakers' dashboard ranks. A problem is in at most one group (a column, not a link table).
CREATE TABLE recurring_problem (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    title_km   VARCHAR(150) NOT NULL,
    title_en   VARCHAR(150) NOT NULL,
    category   VARCHAR(32)  NOT NULL,
    created_by BIGINT       NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    -- any change (rename, a problem in or out) dirties the group for the next aggregation
    changed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_recurring_created_by FOREIGN KEY (created_by) REFERENCES member (id),
    INDEX ix_recurring_changed (changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- changed_at moves with every write to a problem row (a vote or reply updates its counters, a
-- status change or moderation its state): the aggregation re-counts just the problems it finds
-- changed since its last run. suggested_at: when the grouping pass last looked for its peers.
ALTER TABLE problem
    ADD COLUMN recurring_id BIGINT NULL AFTER merged_into,
    ADD COLUMN suggested_at TIMESTAMP(3) NULL AFTER recurring_id,
    ADD COLUMN changed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    ADD CONSTRAINT fk_problem_recurring FOREIGN KEY (recurring_id) REFERENCES recurring_problem (id),
    ADD INDEX ix_problem_recurring (recurring_id, moderation),
    ADD INDEX ix_problem_changed (changed_at),
    ADD INDEX ix_problem_unsuggested (suggested_at, id);

-- votes of the last 60 days, for "rising", and of one month, for the votes-over-time chart
ALTER TABLE vote ADD INDEX ix_vote_created (created_at);

-- A suggested grouping: a problem and either an existing group or an older ungrouped problem.
-- Decided once (confirmed or rejected) by a moderator or policymaker, never suggested again.
CREATE TABLE recurring_suggestion (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    problem_id   BIGINT       NOT NULL,
    recurring_id BIGINT       NULL,
    peer_id      BIGINT       NULL,
    similarity   DOUBLE       NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    decision     VARCHAR(10)  NULL,
    decided_by   BIGINT       NULL,
    decided_at   TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_suggestion_problem FOREIGN KEY (problem_id) REFERENCES problem (id) ON DELETE CASCADE,
    CONSTRAINT fk_suggestion_recurring FOREIGN KEY (recurring_id) REFERENCES recurring_problem (id) ON DELETE CASCADE,
    CONSTRAINT fk_suggestion_peer FOREIGN KEY (peer_id) REFERENCES problem (id) ON DELETE CASCADE,
    CONSTRAINT fk_suggestion_decided_by FOREIGN KEY (decided_by) REFERENCES member (id),
    CONSTRAINT ck_suggestion_target CHECK ((recurring_id IS NULL) <> (peer_id IS NULL)),
    CONSTRAINT ck_suggestion_decision CHECK (decision IS NULL OR decision IN ('CONFIRMED', 'REJECTED')),
    UNIQUE KEY uk_suggestion_recurring (problem_id, recurring_id),
    UNIQUE KEY uk_suggestion_peer (problem_id, peer_id),
    INDEX ix_suggestion_open (decision, similarity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The dashboard's ranked rows, written by the periodic aggregation and only read by page views:
-- one row per subject (a recurring problem 'R', or a problem in no group 'P') per scope (''
-- country, a province or a district) per period (problems raised in the last N days, 0 = ever).
CREATE TABLE ranked_row (
    scope_code     VARCHAR(4)  NOT NULL,
    period_days    SMALLINT    NOT NULL,
    kind           CHAR(1)     NOT NULL,
    subject_id     BIGINT      NOT NULL,
    category       VARCHAR(32) NOT NULL,
    problems       INT         NOT NULL,
    people         INT         NOT NULL,
    session_people INT         NOT NULL,
    communes       INT         NOT NULL,
    provinces      INT         NOT NULL,
    unresolved     INT         NOT NULL,
    wait_days      INT         NOT NULL,
    trend          VARCHAR(8)  NOT NULL,
    score          DOUBLE      NOT NULL,
    PRIMARY KEY (scope_code, period_days, kind, subject_id),
    CONSTRAINT ck_ranked_kind CHECK (kind IN ('R', 'P')),
    INDEX ix_ranked_order (scope_code, period_days, score),
    INDEX ix_ranked_category (scope_code, period_days, category, score),
    INDEX ix_ranked_subject (kind, subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Problems raised and votes cast per category and month in every district, province and the
-- country (''): the over-time chart reads one scope's rows (at most 11 categories × 12 months).
CREATE TABLE dashboard_month (
    scope_code VARCHAR(4)  NOT NULL,
    category   VARCHAR(32) NOT NULL,
    month      DATE        NOT NULL,
    problems   INT         NOT NULL,
    votes      INT         NOT NULL,
    PRIMARY KEY (scope_code, month, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Open problems per category in every commune, district and province, under its parent ('' for
-- a province): the places chart reads the children of one place.
CREATE TABLE dashboard_place (
    parent_code   VARCHAR(4)  NOT NULL,
    place_code    VARCHAR(6)  NOT NULL,
    category      VARCHAR(32) NOT NULL,
    open_problems INT         NOT NULL,
    problems      INT         NOT NULL,
    PRIMARY KEY (parent_code, place_code, category),
    INDEX ix_dashboard_place (place_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How fast each province, district and commune answers (ResponseTimes' definitions).
CREATE TABLE dashboard_response (
    place_code      VARCHAR(6) NOT NULL,
    problems        INT        NOT NULL,
    answered        INT        NOT NULL,
    answered_7_days INT        NOT NULL,
    median_hours    DOUBLE     NULL,
    PRIMARY KEY (place_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The aggregation's bookkeeping, shared by every node: one run at a time (GET_LOCK), and where the
-- last one stopped.
CREATE TABLE dashboard_refresh (
    id           TINYINT      NOT NULL,
    last_started TIMESTAMP(3) NULL,
    last_full    TIMESTAMP(3) NULL,
    last_millis  INT          NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO dashboard_refresh (id) VALUES (1);
