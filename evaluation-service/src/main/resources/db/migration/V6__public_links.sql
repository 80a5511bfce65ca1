-- 公开链接: an anonymous link per survey × group (群众, 服务对象) that anyone may open while its survey
-- is open. Its limits and anti-bot settings are its own; the office may change them at any time
-- (optimistic locking by version) and revoke the link (a new one may then be created).
CREATE TABLE public_link (
    id                   uuid          PRIMARY KEY,
    survey_id            uuid          NOT NULL REFERENCES survey (id),
    group_code           varchar(32)   NOT NULL,
    code                 varchar(64)   NOT NULL UNIQUE,
    -- At most this many responses per client address × unit per day (Asia/Shanghai).
    address_daily_limit  integer       NOT NULL CHECK (address_daily_limit > 0),
    -- Leading zero bits of SHA-256(nonce || counter) a submission's proof of work must reach.
    proof_bits           integer       NOT NULL CHECK (proof_bits BETWEEN 8 AND 26),
    -- A response is flagged when, within its window, more than burst_per_address for its unit came
    -- from its address, or more than burst_identical carried the very same answers for its unit.
    burst_window_minutes integer       NOT NULL CHECK (burst_window_minutes BETWEEN 1 AND 1440),
    burst_per_address    integer       NOT NULL CHECK (burst_per_address > 0),
    burst_identical      integer       NOT NULL CHECK (burst_identical > 0),
    version              bigint        NOT NULL DEFAULT 0,
    created_at           timestamptz   NOT NULL DEFAULT now(),
    created_by           varchar(100)  NOT NULL,
    updated_at           timestamptz,
    updated_by           varchar(100),
    revoked_at           timestamptz,
    revoked_by           varchar(100),
    revoke_reason        varchar(1000)
);
-- One live link per survey × group.
CREATE UNIQUE INDEX public_link_live ON public_link (survey_id, group_code) WHERE revoked_at IS NULL;
