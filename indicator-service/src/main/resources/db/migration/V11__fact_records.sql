-- 考核事实: what the office records with evidence besides the reported values. LEVEL: a unit's
-- qualitative level (等次) on an indicator; ADJUSTMENT: a bonus or deduction item under a rulebook rule
-- (表彰, 试点, 创新; 通报批评, 违规, 数据造假), points >= 0, the rule's kind gives the sign, an optional
-- dedupe key (文号) so the same commendation counts once; VETO: an incident under a veto rule (一票否决).
-- Rule codes and level codes belong to the scoring rulebook and are not checked here. A fact is never
-- deleted: it is withdrawn with a reason.
CREATE TABLE fact_record (
    id                 uuid           PRIMARY KEY,
    cycle              varchar(32)    NOT NULL REFERENCES cycle (code),
    kind               varchar(16)    NOT NULL CHECK (kind IN ('LEVEL', 'ADJUSTMENT', 'VETO')),
    unit_code          varchar(32)    NOT NULL REFERENCES unit (code),
    indicator_code     varchar(32),
    level              varchar(32),
    rule_code          varchar(32),
    points             numeric(10,4)  CHECK (points >= 0),
    dedupe_key         varchar(200),
    fact_date          date           NOT NULL,
    reason             varchar(2000),
    description        varchar(4000),
    status             varchar(16)    NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
    withdrawal_reason  varchar(1000),
    withdrawn_by       varchar(100),
    withdrawn_at       timestamptz,
    recorded_by        varchar(100)   NOT NULL,
    recorded_at        timestamptz    NOT NULL DEFAULT now(),
    version            bigint         NOT NULL DEFAULT 0,
    FOREIGN KEY (cycle, indicator_code) REFERENCES indicator (cycle, code),
    CHECK (kind <> 'LEVEL' OR (indicator_code IS NOT NULL AND level IS NOT NULL AND rule_code IS NULL AND points IS NULL)),
    CHECK (kind <> 'ADJUSTMENT' OR (rule_code IS NOT NULL AND points IS NOT NULL AND reason IS NOT NULL
                                    AND indicator_code IS NULL)),
    CHECK (kind <> 'VETO' OR (rule_code IS NOT NULL AND description IS NOT NULL AND points IS NULL
                              AND indicator_code IS NULL)),
    CHECK ((status = 'WITHDRAWN') = (withdrawal_reason IS NOT NULL))
);
CREATE INDEX fact_record_cycle ON fact_record (cycle, kind, unit_code, fact_date);
-- One active level per unit x indicator and day; the facts read API takes the latest dated as of a period.
CREATE UNIQUE INDEX fact_record_level_a_day ON fact_record (cycle, unit_code, indicator_code, fact_date)
    WHERE kind = 'LEVEL' AND status = 'ACTIVE';
