-- 项目预警: "due but not started" (domain.md: yellow when due and not started, red from three months
-- late), issued to the project's unit by the office's monthly warning round beside the indicator
-- warnings, acknowledged with measures, closed (销号) once the project has started. Kept apart from
-- the indicator warnings' table, whose rows are unit x indicator lines of the time schedule.
CREATE TABLE project_warning (
    id                uuid          PRIMARY KEY,
    cycle             varchar(32)   NOT NULL,
    project_id        uuid          NOT NULL REFERENCES key_project (id),
    project_code      varchar(32)   NOT NULL,
    unit_code         varchar(32)   NOT NULL,
    period            char(7)       NOT NULL,
    colour            varchar(8)    NOT NULL CHECK (colour IN ('YELLOW', 'RED')),
    months_late       integer       NOT NULL CHECK (months_late >= 0),
    status            varchar(16)   NOT NULL CHECK (status IN ('ISSUED', 'ACKNOWLEDGED', 'CLOSED')),
    measures          varchar(4000),
    acknowledged_by   varchar(100),
    acknowledged_at   timestamptz,
    escalated_period  char(7),
    closed_period     char(7),
    closed_at         timestamptz,
    recovered         boolean       NOT NULL DEFAULT false,
    issued_by         varchar(100)  NOT NULL,
    issued_at         timestamptz   NOT NULL DEFAULT now(),
    version           bigint        NOT NULL DEFAULT 0
);
-- At most one open warning per project.
CREATE UNIQUE INDEX project_warning_open ON project_warning (project_id) WHERE status <> 'CLOSED';
CREATE INDEX project_warning_cycle ON project_warning (cycle, unit_code, status);
