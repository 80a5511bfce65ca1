-- A computed result set of a cycle: immutable once stored. It names the rulebook version it used
-- and a fingerprint (SHA-256) of its whole input, so anyone can tell whether two versions were
-- computed from the same facts. Status moves DRAFT -> PUBLISHED (公示) -> FROZEN; a correction is a
-- new version with a reason.
CREATE TABLE result_version (
    cycle              varchar(32)  NOT NULL,
    version            integer      NOT NULL CHECK (version >= 1),
    rulebook_version   integer      NOT NULL,
    as_of              varchar(7),
    input_fingerprint  char(64)     NOT NULL,
    status             varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'FROZEN')),
    reason             varchar(1000),
    warnings           jsonb        NOT NULL DEFAULT '[]',
    unit_count         integer      NOT NULL,
    created_by         varchar(100) NOT NULL,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (cycle, version),
    FOREIGN KEY (cycle, rulebook_version) REFERENCES rulebook_version (cycle, version)
);

-- One unit's line of a result version: the ranking columns for ordering and filtering, the
-- contract's unit result without indicators (summary), its indicators, and the explanation.
CREATE TABLE unit_result (
    cycle              varchar(32)  NOT NULL,
    version            integer      NOT NULL,
    unit               varchar(64)  NOT NULL,
    category           varchar(64)  NOT NULL,
    rank_overall       integer      NOT NULL,
    summary            jsonb        NOT NULL,
    indicators         jsonb        NOT NULL,
    explanation        jsonb        NOT NULL,
    PRIMARY KEY (cycle, version, unit),
    FOREIGN KEY (cycle, version) REFERENCES result_version (cycle, version)
);
CREATE INDEX unit_result_rank ON unit_result (cycle, version, rank_overall, unit);
