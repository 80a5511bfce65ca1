-- 重点项目: a unit's key projects of a cycle with the plan (annual investment, start month,
-- milestones) set by the office, and what the unit reports: the actual start month and the
-- investment completed each month (万元). Progress against plan is computed, never stored.
CREATE TABLE key_project (
    id                  uuid          PRIMARY KEY,
    cycle               varchar(32)   NOT NULL REFERENCES cycle (code),
    code                varchar(32)   NOT NULL,
    unit_code           varchar(32)   NOT NULL REFERENCES unit (code),
    name                varchar(200)  NOT NULL,
    planned_investment  numeric(20,6) NOT NULL CHECK (planned_investment > 0),
    planned_start       char(7)       NOT NULL,
    actual_start        char(7),
    -- [{"name": "主体完工", "due": "2024-09", "done": false}], names unique within the project
    milestones          jsonb         NOT NULL DEFAULT '[]',
    version             bigint        NOT NULL DEFAULT 0,
    created_by          varchar(100)  NOT NULL,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_by          varchar(100)  NOT NULL,
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (cycle, code)
);
CREATE INDEX key_project_unit ON key_project (cycle, unit_code);

-- The investment completed in one month (not cumulative), reported by the unit or the office.
CREATE TABLE key_project_investment (
    project_id   uuid          NOT NULL REFERENCES key_project (id),
    period       char(7)       NOT NULL,
    amount       numeric(20,6) NOT NULL CHECK (amount >= 0),
    version      bigint        NOT NULL DEFAULT 0,
    reported_by  varchar(100)  NOT NULL,
    reported_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, period)
);
