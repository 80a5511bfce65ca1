-- The latest approved value of each unit x indicator as of a period, read in one ordered pass: the
-- time schedule, warning rounds and the facts take the first row per unit x indicator from this
-- index (newest period first) and merge it with the targets, with no sort and no table visit.
CREATE INDEX progress_report_approved_latest ON progress_report (cycle, unit_code, indicator_code, period DESC)
    INCLUDE (actual) WHERE status = 'APPROVED';
