-- Password reset (issue 20, item 3), owned by the account feature. A reset is a one-time secret:
-- a link sent by e-mail (kind EMAIL, an hour), or a code that an admin, or an official or trainer
-- for the member's place, hands to a member without e-mail after checking who they are (kind
-- CODE, a day; issued_by says who: the audit). Only the secret's SHA-256 is kept, so the table
-- alone opens no account. Used once (used_at); a new one, or a new password, ends the others.
CREATE TABLE IF NOT EXISTS password_reset (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    member_id   BIGINT       NOT NULL,
    kind        VARCHAR(8)   NOT NULL,
    secret_hash CHAR(64)     NOT NULL,
    issued_by   BIGINT       NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    expires_at  TIMESTAMP(3) NOT NULL,
    used_at     TIMESTAMP(3) NULL,
    -- wrong codes typed for it: five end it
    attempts    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_password_reset_secret UNIQUE (secret_hash),
    CONSTRAINT ck_password_reset_kind CHECK (kind IN ('EMAIL', 'CODE')),
    CONSTRAINT fk_password_reset_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_password_reset_issuer FOREIGN KEY (issued_by) REFERENCES member (id) ON DELETE SET NULL,
    INDEX ix_password_reset_member (member_id, created_at),
    INDEX ix_password_reset_issuer (issued_by, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
