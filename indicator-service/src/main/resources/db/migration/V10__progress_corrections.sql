-- 更正: an approved report's value changes only through a correction with its reason and author; each
-- correction keeps the value it replaced, so the report's value history is readable.
CREATE TABLE progress_correction (
    id             uuid          PRIMARY KEY,
    report_id      uuid          NOT NULL REFERENCES progress_report (id),
    before_actual  numeric(20,6) NOT NULL,
    after_actual   numeric(20,6) NOT NULL CHECK (after_actual >= 0),
    reason         varchar(1000) NOT NULL,
    corrected_by   varchar(100)  NOT NULL,
    corrected_at   timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX progress_correction_report ON progress_correction (report_id, corrected_at);
