-- 被考核单位: counties/districts, towns, departments and state-owned enterprises. A unit lives
-- across cycles; its category (分类) is chosen per cycle. keycloak_group links users to it
-- (the realm's group /units/<code> carries the `unit` attribute that lands in tokens).
CREATE TABLE unit (
    code            varchar(32)  PRIMARY KEY,
    name            varchar(200) NOT NULL,
    kind            varchar(16)  NOT NULL CHECK (kind IN ('COUNTY', 'TOWN', 'DEPARTMENT', 'ENTERPRISE')),
    parent_code     varchar(32)  REFERENCES unit (code),
    keycloak_group  varchar(200) NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX unit_parent ON unit (parent_code);

CREATE TABLE category (
    cycle       varchar(32)  NOT NULL REFERENCES cycle (code),
    code        varchar(32)  NOT NULL,
    name        varchar(200) NOT NULL,
    PRIMARY KEY (cycle, code)
);

CREATE TABLE unit_category (
    cycle       varchar(32)  NOT NULL,
    unit_code   varchar(32)  NOT NULL REFERENCES unit (code),
    category    varchar(32)  NOT NULL,
    PRIMARY KEY (cycle, unit_code),
    FOREIGN KEY (cycle, category) REFERENCES category (cycle, code)
);
