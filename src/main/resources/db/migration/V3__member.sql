-- Members and the roles they hold, each over the place it covers (NULL place = the whole country).
CREATE TABLE member (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    login         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(60)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    home_village  VARCHAR(8)   NOT NULL,
    language      VARCHAR(2)   NOT NULL DEFAULT 'km',
    status        VARCHAR(10)  NOT NULL DEFAULT 'ACTIVE',
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_member_login UNIQUE (login),
    CONSTRAINT fk_member_village FOREIGN KEY (home_village) REFERENCES place (code),
    CONSTRAINT ck_member_status CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    CONSTRAINT ck_member_language CHECK (language IN ('km', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE role_grant (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    member_id  BIGINT       NOT NULL,
    role       VARCHAR(12)  NOT NULL,
    place_code VARCHAR(8)   NULL,
    granted_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    granted_by BIGINT       NULL,
    -- one grant per member, role and place; NULL (country) counts as a place here
    scope      VARCHAR(8) AS (IFNULL(place_code, '')) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uk_role_grant UNIQUE (member_id, role, scope),
    CONSTRAINT fk_role_grant_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_role_grant_place FOREIGN KEY (place_code) REFERENCES place (code),
    CONSTRAINT fk_role_grant_by FOREIGN KEY (granted_by) REFERENCES member (id) ON DELETE SET NULL,
    CONSTRAINT ck_role_grant_role CHECK (role IN ('CITIZEN', 'MODERATOR', 'OFFICIAL', 'POLICYMAKER', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
