-- A computed result set of a cycle: immutable once stored. It names the rulebook version it used
-- and a fingerprint (SHA-256) of its whole input, so anyone can tell whether two versions were
-- computed from the same facts. Status moves DRAFT -> PUBLISHED (公示) -> FROZEN; a correction is a
-- new version with a reason. Publishing a newer version supersedes the one on notice.
CREATE TABLE result_version (
    cycle              varchar(32)  NOT NULL,
    version            integer      NOT NULL CHECK (version >= 1),
    rulebook_version   integer      NOT NULL,
    as_of              varchar(7),
    input_fingerprint  char(64)     NOT NULL,
    status             varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'FROZEN', 'SUPERSEDED')),
    reason             varchar(1000),
    warnings           jsonb        NOT NULL DEFAULT '[]',
    unit_count         integer      NOT NULL,
    created_by         varchar(100) NOT NULL,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    published_at       timestamptz,
    notice_until       timestamptz,
    frozen_at          timestamptz,
    frozen_by          varchar(100),
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

-- 申诉: a unit contests a published result; the office rules on each before the version freezes.
CREATE TABLE appeal (
    id             uuid          PRIMARY KEY,
    cycle          varchar(32)   NOT NULL,
    version        integer       NOT NULL,
    unit           varchar(64)   NOT NULL,
    text           varchar(4000) NOT NULL,
    evidence_ref   varchar(500),
    status         varchar(16)   NOT NULL CHECK (status IN ('FILED', 'ACCEPTED', 'REJECTED')),
    filed_by       varchar(100)  NOT NULL,
    filed_at       timestamptz   NOT NULL DEFAULT now(),
    ruling_reason  varchar(4000),
    correction     varchar(4000),
    ruled_by       varchar(100),
    ruled_at       timestamptz,
    FOREIGN KEY (cycle, version, unit) REFERENCES unit_result (cycle, version, unit)
);
CREATE INDEX appeal_version ON appeal (cycle, version, status);
