-- Guides (issue 20, item 2), owned by the guide feature: short how-to texts per programme and task,
-- in Khmer and English, each with its sources and the day its facts were last checked.
-- Every save is a new guide_version row (who, when, what changed, kept for good); a version is
-- public only once a second person — not its writer — published it, and guide.published_version
-- names the version readers see. A guide made from a solved problem names it (from_problem_id;
-- no foreign key: the problem may be hidden or erased later, the guide stays and says so).
CREATE TABLE IF NOT EXISTS guide (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    category          VARCHAR(40)  NOT NULL,
    created_by        BIGINT       NOT NULL,
    created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    from_problem_id   BIGINT       NULL,
    published_version BIGINT       NULL,
    published_at      TIMESTAMP(3) NULL,
    search_text       MEDIUMTEXT   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_guide_creator FOREIGN KEY (created_by) REFERENCES member (id),
    INDEX ix_guide_category (category, published_at),
    FULLTEXT INDEX ft_guide_search (search_text)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS guide_version (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    guide_id      BIGINT        NOT NULL,
    number        INT           NOT NULL,
    category      VARCHAR(40)   NOT NULL,
    title_km      VARCHAR(200)  NOT NULL,
    title_en      VARCHAR(200)  NOT NULL,
    body_km       TEXT          NOT NULL,
    body_en       TEXT          NOT NULL,
    sources       TEXT          NOT NULL,
    checked_on    DATE          NOT NULL,
    needs_review  BOOLEAN       NOT NULL DEFAULT FALSE,
    change_note   VARCHAR(300)  NOT NULL,
    written_by    BIGINT        NOT NULL,
    written_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    published_by  BIGINT        NULL,
    published_at  TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_guide_version (guide_id, number),
    CONSTRAINT fk_guide_version_guide FOREIGN KEY (guide_id) REFERENCES guide (id) ON DELETE CASCADE,
    CONSTRAINT fk_guide_version_writer FOREIGN KEY (written_by) REFERENCES member (id),
    CONSTRAINT fk_guide_version_publisher FOREIGN KEY (published_by) REFERENCES member (id),
    INDEX ix_guide_version_writer (written_by, written_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE guide
    ADD CONSTRAINT fk_guide_published FOREIGN KEY (published_version) REFERENCES guide_version (id);
