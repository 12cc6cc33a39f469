-- the page cache's change log: every committed change a visitor's page shows, with the tags of the
-- pages it touches ("p42 pl: pl:05 pl:0507 pl:050701 search"); each node reads the others' rows
-- about twice a second and drops those pages from its own cache. Kept for minutes, not for ever.
CREATE TABLE page_change (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    node       CHAR(36)     NOT NULL,
    tags       VARCHAR(255) NOT NULL,
    changed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    KEY ix_page_change_at (changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
