-- 预警: issued to the responsible unit and co-units when a unit x indicator falls behind schedule;
-- acknowledged with rectification measures (整改措施); closed (销号) once back on schedule. A red
-- that recovers is marked recovered. Rows are never deleted: the history stays.
CREATE TABLE warning (
    id               uuid          PRIMARY KEY,
    cycle            varchar(32)   NOT NULL,
    unit_code        varchar(32)   NOT NULL,
    indicator_code   varchar(32)   NOT NULL,
    period           char(7)       NOT NULL,
    colour           varchar(8)    NOT NULL CHECK (colour IN ('YELLOW', 'RED')),
    gap              numeric(12,2),
    recipients       jsonb         NOT NULL,
    status           varchar(16)   NOT NULL CHECK (status IN ('ISSUED', 'ACKNOWLEDGED', 'CLOSED')),
    measures         varchar(4000),
    acknowledged_by  varchar(100),
    acknowledged_at  timestamptz,
    closed_period    char(7),
    closed_at        timestamptz,
    recovered        boolean       NOT NULL DEFAULT false,
    issued_by        varchar(100)  NOT NULL,
    issued_at        timestamptz   NOT NULL DEFAULT now(),
    version          bigint        NOT NULL DEFAULT 0
);
-- At most one open warning per unit x indicator.
CREATE UNIQUE INDEX warning_open ON warning (cycle, unit_code, indicator_code) WHERE status <> 'CLOSED';
CREATE INDEX warning_cycle ON warning (cycle, status);
