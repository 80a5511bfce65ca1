-- Running aggregates, updated in the transaction that stores, excludes or reinstates a response,
-- so that reading every unit's scores never scans the responses.
-- Per survey × unit × group: the non-excluded responses with a score (count, sum, extremes for
-- trimming), those without a score (all 不了解) and the excluded ones.
CREATE TABLE unit_group_tally (
    survey_id  uuid        NOT NULL REFERENCES survey (id),
    unit_code  varchar(32) NOT NULL,
    group_code varchar(32) NOT NULL,
    scored     integer     NOT NULL DEFAULT 0 CHECK (scored >= 0),
    score_sum  numeric     NOT NULL DEFAULT 0,
    score_min  numeric,
    score_max  numeric,
    unscored   integer     NOT NULL DEFAULT 0 CHECK (unscored >= 0),
    excluded   integer     NOT NULL DEFAULT 0 CHECK (excluded >= 0),
    PRIMARY KEY (survey_id, unit_code, group_code)
);

-- Per survey × unit × group × question, over non-excluded responses: answers carrying points,
-- of those the "satisfied" ones (满意率), the sum of their points, and the 不了解 answers.
CREATE TABLE question_tally (
    survey_id     uuid        NOT NULL REFERENCES survey (id),
    unit_code     varchar(32) NOT NULL,
    group_code    varchar(32) NOT NULL,
    question_code varchar(32) NOT NULL,
    pointed       integer     NOT NULL DEFAULT 0 CHECK (pointed >= 0),
    satisfied     integer     NOT NULL DEFAULT 0 CHECK (satisfied >= 0),
    points_sum    numeric     NOT NULL DEFAULT 0,
    unknown       integer     NOT NULL DEFAULT 0 CHECK (unknown >= 0),
    PRIMARY KEY (survey_id, unit_code, group_code, question_code)
);
