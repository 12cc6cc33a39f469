-- The gazetteer: Cambodia's provinces, districts, communes and villages (NCDD numbering).
-- Codes are strings: the leading zero of provinces 01-09 matters. Rows arrive in V2 (Java migration).
CREATE TABLE place (
    code        VARCHAR(8)  NOT NULL,
    parent_code VARCHAR(6)  NULL,
    level       VARCHAR(10) NOT NULL,
    type_km     VARCHAR(16) NOT NULL,
    type_latin  VARCHAR(16) NOT NULL,
    type_en     VARCHAR(16) NOT NULL,
    name_km     VARCHAR(64) NOT NULL,
    name_latin  VARCHAR(64) NOT NULL,
    lat         DECIMAL(9, 6) NULL,
    lon         DECIMAL(9, 6) NULL,
    PRIMARY KEY (code),
    CONSTRAINT fk_place_parent FOREIGN KEY (parent_code) REFERENCES place (code),
    CONSTRAINT ck_place_level CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE')),
    INDEX ix_place_parent (parent_code, code),
    INDEX ix_place_name_latin (name_latin),
    INDEX ix_place_name_km (name_km)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
