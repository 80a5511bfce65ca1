-- 目标责任书: per unit x indicator, the target, an optional points override (the scoring contract's
-- assignments[].points), the responsible unit and co-units. Signing a unit's letter freezes it:
-- afterwards every change is a revision with its reason and author.
CREATE TABLE target (
    cycle             varchar(32)   NOT NULL,
    unit_code         varchar(32)   NOT NULL REFERENCES unit (code),
    indicator_code    varchar(32)   NOT NULL,
    target_value      numeric(20,6) NOT NULL CHECK (target_value >= 0),
    points            numeric(10,4) CHECK (points > 0),
    responsible_unit  varchar(32)   NOT NULL REFERENCES unit (code),
    co_units          jsonb         NOT NULL DEFAULT '[]',
    version           bigint        NOT NULL DEFAULT 0,
    updated_by        varchar(100)  NOT NULL,
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (cycle, unit_code, indicator_code),
    FOREIGN KEY (cycle, indicator_code) REFERENCES indicator (cycle, code)
);
CREATE INDEX target_indicator ON target (cycle, indicator_code);

CREATE TABLE target_letter (
    cycle       varchar(32)  NOT NULL REFERENCES cycle (code),
    unit_code   varchar(32)  NOT NULL REFERENCES unit (code),
    signed_by   varchar(100) NOT NULL,
    signed_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (cycle, unit_code)
);

CREATE TABLE target_revision (
    id              uuid          PRIMARY KEY,
    cycle           varchar(32)   NOT NULL,
    unit_code       varchar(32)   NOT NULL,
    indicator_code  varchar(32)   NOT NULL,
    before          jsonb,
    after           jsonb         NOT NULL,
    reason          varchar(1000) NOT NULL,
    author          varchar(100)  NOT NULL,
    revised_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX target_revision_target ON target_revision (cycle, unit_code, indicator_code, revised_at);
