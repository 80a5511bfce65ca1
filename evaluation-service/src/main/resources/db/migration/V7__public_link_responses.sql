-- Responses through a public link: the link and the device (X-Device-Id, required there) are stored;
-- one response per link × device × unit, decided by the unique index even under concurrency.
-- Suspicious responses carry flags ([{"code": "ADDRESS_BURST", "reason": "…"}]); they still count
-- unless the office excludes them.
ALTER TABLE response
    ADD COLUMN public_link_id uuid REFERENCES public_link (id),
    ADD COLUMN flags jsonb NOT NULL DEFAULT '[]',
    ADD CONSTRAINT response_link_has_device CHECK (public_link_id IS NULL OR device_id IS NOT NULL),
    ADD CONSTRAINT response_one_credential CHECK (public_link_id IS NULL OR invitation_id IS NULL);
CREATE UNIQUE INDEX response_once_per_device ON response (public_link_id, device_id, unit_code)
    WHERE public_link_id IS NOT NULL;

-- The flagged responses among a unit × group's counted (non-excluded) ones, for the office's scores.
ALTER TABLE unit_group_tally ADD COLUMN flagged integer NOT NULL DEFAULT 0 CHECK (flagged >= 0);

-- Counters of a public link per fixed time bucket, kept in the transaction storing each response:
-- ADDRESS_DAY (subject address|unit, bucket the Shanghai day) enforces the daily limit; ADDRESS
-- (subject address|unit) and IDENTICAL (subject the digest of unit and answers), bucketed by the burst
-- window, decide the flags.
-- The row lock of an upsert serialises concurrent submissions of one subject, so counts are exact.
CREATE TABLE public_link_counter (
    link_id      uuid         NOT NULL REFERENCES public_link (id),
    kind         varchar(16)  NOT NULL CHECK (kind IN ('ADDRESS_DAY', 'ADDRESS', 'IDENTICAL')),
    subject      varchar(200) NOT NULL,
    bucket_start timestamptz  NOT NULL,
    count        integer      NOT NULL CHECK (count > 0),
    PRIMARY KEY (link_id, kind, subject, bucket_start)
);
CREATE INDEX public_link_counter_age ON public_link_counter (bucket_start);

-- Each proof-of-work challenge answers one stored response: its nonce is recorded in that
-- response's transaction, so a replayed proof finds it (a failed submission leaves none).
CREATE TABLE proof_of_work_use (
    nonce      varchar(32)  PRIMARY KEY,
    link_id    uuid         NOT NULL REFERENCES public_link (id),
    used_at    timestamptz  NOT NULL DEFAULT now()
);

-- The key that signs proof-of-work challenges (HMAC-SHA256), made once from PostgreSQL's strong
-- random source (gen_random_uuid), shared by every instance of the service and kept over restarts.
CREATE TABLE proof_of_work_key (
    id     smallint PRIMARY KEY CHECK (id = 1),
    secret bytea    NOT NULL CHECK (length(secret) = 32)
);
INSERT INTO proof_of_work_key (id, secret)
VALUES (1, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));
