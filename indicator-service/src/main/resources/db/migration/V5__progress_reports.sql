-- 进度填报: a unit's cumulative actual for an indicator and period, with its approval workflow:
-- DRAFT -> SUBMITTED -> VERIFIED (lead department) -> APPROVED (office), or RETURNED with a comment.
CREATE TABLE progress_report (
    id              uuid          PRIMARY KEY,
    cycle           varchar(32)   NOT NULL,
    unit_code       varchar(32)   NOT NULL REFERENCES unit (code),
    indicator_code  varchar(32)   NOT NULL,
    period          char(7)       NOT NULL,
    actual          numeric(20,6) NOT NULL CHECK (actual >= 0),
    comment         varchar(2000),
    status          varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'APPROVED', 'RETURNED')),
    return_comment  varchar(2000),
    version         bigint        NOT NULL DEFAULT 0,
    created_by      varchar(100)  NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_by      varchar(100)  NOT NULL,
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (cycle, unit_code, indicator_code, period),
    FOREIGN KEY (cycle, indicator_code) REFERENCES indicator (cycle, code)
);
CREATE INDEX progress_report_status ON progress_report (cycle, status, period);
