-- The survey's definition: texts and times as columns, the scoring definition (questions with
-- options and points, respondent groups with weights, minimums and rated units, trimming) as one
-- document, checked by the service and frozen once the survey has responses.
ALTER TABLE survey
    ADD COLUMN description varchar(2000),
    ADD COLUMN opens_at    timestamptz,
    ADD COLUMN closes_at   timestamptz,
    ADD COLUMN definition  jsonb        NOT NULL DEFAULT '{"trimAbove": 5, "questions": [], "groups": []}',
    ADD COLUMN updated_at  timestamptz  NOT NULL DEFAULT now(),
    ADD COLUMN updated_by  varchar(100),
    ADD CONSTRAINT survey_window CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at);

-- The survey that feeds a cycle's social score is its one survey that left DRAFT.
CREATE UNIQUE INDEX survey_one_live_per_cycle ON survey (cycle) WHERE status <> 'DRAFT';
