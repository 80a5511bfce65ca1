-- 指标体系: a tree per cycle, section (一级) -> indicator (二级) -> optional sub-indicator. How an
-- indicator is scored (points, method, bonus) is the scoring service's rulebook, tied by code.
CREATE TABLE indicator (
    cycle            varchar(32)  NOT NULL REFERENCES cycle (code),
    code             varchar(32)  NOT NULL,
    parent_code      varchar(32),
    level            varchar(16)  NOT NULL CHECK (level IN ('SECTION', 'INDICATOR', 'SUB_INDICATOR')),
    name             varchar(200) NOT NULL,
    unit_of_measure  varchar(32),
    direction        varchar(16)  CHECK (direction IN ('HIGHER_BETTER', 'LOWER_BETTER')),
    lead_department  varchar(32),
    frequency        varchar(16)  CHECK (frequency IN ('MONTHLY', 'QUARTERLY', 'YEARLY')),
    schedule         jsonb,
    position         integer      NOT NULL DEFAULT 0,
    version          bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (cycle, code),
    FOREIGN KEY (cycle, parent_code) REFERENCES indicator (cycle, code)
);
CREATE INDEX indicator_parent ON indicator (cycle, parent_code);
