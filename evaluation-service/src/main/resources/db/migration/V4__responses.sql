-- 答卷: one respondent's answers for one unit. Never deleted: an excluded response keeps its row
-- and reason and counts nowhere. The unique key decides "once per invitation × unit" even under
-- concurrent submissions; public-link responses (no invitation) are limited elsewhere.
CREATE TABLE response (
    id               uuid          PRIMARY KEY,
    survey_id        uuid          NOT NULL REFERENCES survey (id),
    group_code       varchar(32)   NOT NULL,
    unit_code        varchar(32)   NOT NULL,
    invitation_id    uuid          REFERENCES invitation (id),
    submitted_at     timestamptz   NOT NULL DEFAULT now(),
    client_address   varchar(64),
    device_id        varchar(64),
    score            numeric,      -- null when every answer is 不了解 (no points)
    excluded         boolean       NOT NULL DEFAULT false,
    exclusion_reason varchar(1000),
    version          bigint        NOT NULL DEFAULT 0,
    UNIQUE (invitation_id, unit_code)
);
-- The extremes of a unit × group, read when an excluded or reinstated response may have been one.
CREATE INDEX response_scores ON response (survey_id, unit_code, group_code, score)
    WHERE NOT excluded AND score IS NOT NULL;
-- Exports and lists read a survey's responses in submission order through this index.
CREATE INDEX response_by_survey ON response (survey_id, submitted_at, id);

CREATE TABLE response_answer (
    response_id   uuid        NOT NULL REFERENCES response (id),
    question_code varchar(32) NOT NULL,
    option_code   varchar(32) NOT NULL,
    points        numeric,    -- null for 不了解
    satisfied     boolean     NOT NULL,
    PRIMARY KEY (response_id, question_code)
);

-- Every exclusion and reinstatement with its reason and author, in order.
CREATE TABLE response_exclusion (
    id          uuid          PRIMARY KEY,
    response_id uuid          NOT NULL REFERENCES response (id),
    action      varchar(16)   NOT NULL CHECK (action IN ('EXCLUDED', 'REINSTATED')),
    reason      varchar(1000) NOT NULL,
    author      varchar(100)  NOT NULL,
    at          timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX response_exclusion_of ON response_exclusion (response_id, at);
