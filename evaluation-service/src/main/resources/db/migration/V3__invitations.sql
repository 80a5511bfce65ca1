-- 邀请码: one unguessable token per invited respondent of a group; it answers each of its units once.
-- Tokens are kept (not hashed) because the office exports the links again to print or resend them.
CREATE TABLE invitation (
    id            uuid          PRIMARY KEY,
    survey_id     uuid          NOT NULL REFERENCES survey (id),
    group_code    varchar(32)   NOT NULL,
    serial        integer       NOT NULL CHECK (serial > 0),
    token         varchar(64)   NOT NULL UNIQUE,
    units         varchar(32)[] NOT NULL CHECK (cardinality(units) > 0),
    -- The units answered so far, kept by the transaction storing each response (the unique key of
    -- response decides; this serves the office's pending lists without reading the responses).
    answered      varchar(32)[] NOT NULL DEFAULT '{}',
    batch_id      uuid          NOT NULL,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    created_by    varchar(100)  NOT NULL,
    revoked_at    timestamptz,
    revoked_by    varchar(100),
    revoke_reason varchar(1000),
    UNIQUE (survey_id, group_code, serial)
);
