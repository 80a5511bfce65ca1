-- 预警阈值 per cycle (domain.md "Progress rules"): yellow while red_below_gap <= gap < 0, red below;
-- control lines yellow at control_yellow_share of the line, red above it. A cycle without a row uses
-- the defaults (-10 and 0.8).
CREATE TABLE cycle_thresholds (
    cycle                 varchar(32)   PRIMARY KEY REFERENCES cycle (code),
    red_below_gap         numeric(6,2)  NOT NULL CHECK (red_below_gap BETWEEN -100 AND 0),
    control_yellow_share  numeric(5,4)  NOT NULL CHECK (control_yellow_share > 0 AND control_yellow_share <= 1),
    version               bigint        NOT NULL DEFAULT 0,
    updated_by            varchar(100)  NOT NULL,
    updated_at            timestamptz   NOT NULL DEFAULT now()
);
