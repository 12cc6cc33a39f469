-- Issue 19: personal API tokens, so that a policymaker's or admin's spreadsheet or notebook can read
-- /api/dashboard/... without a browser session (owned by the account feature, ApiTokens). Only the
-- SHA-256 of the token is kept (hex, as password_reset's secrets); the hint is the token's first
-- characters, shown on the profile so its owner can tell tokens apart. A revoked token stays as a
-- row (revoked_at), so its owner sees when it was revoked; deleting the account revokes them all.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    member_id    BIGINT       NOT NULL,
    name         VARCHAR(60)  NOT NULL,
    secret_hash  CHAR(64)     NOT NULL,
    hint         VARCHAR(12)  NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    last_used_at TIMESTAMP(3) NULL,
    revoked_at   TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_secret UNIQUE (secret_hash),
    KEY api_token_member (member_id),
    CONSTRAINT fk_api_token_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB;
