-- 审计日志: every state change and every change of approved data, appended in the transaction of
-- the change itself. Rows are hash-chained: hash = SHA-256(prev_hash || canonical content), the
-- first row's prev_hash is 32 zero bytes; seq is gapless because appends are serialized (an advisory
-- transaction lock), so a missing, inserted or altered row breaks the chain where it happened.
CREATE TABLE audit_log (
    seq          bigint        PRIMARY KEY,
    id           uuid          NOT NULL UNIQUE,
    recorded_at  timestamptz   NOT NULL,
    actor        varchar(100)  NOT NULL,
    request_id   varchar(64),
    entity_type  varchar(32)   NOT NULL,
    entity_id    varchar(200)  NOT NULL,
    action       varchar(32)   NOT NULL,
    cycle        varchar(32),
    unit_code    varchar(32),
    before       jsonb,
    after        jsonb,
    reason       varchar(4000),
    prev_hash    bytea         NOT NULL CHECK (length(prev_hash) = 32),
    hash         bytea         NOT NULL CHECK (length(hash) = 32)
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, seq);
CREATE INDEX audit_log_cycle ON audit_log (cycle, seq);
CREATE INDEX audit_log_unit ON audit_log (unit_code, seq);

-- Append-only in the database itself: whoever connects, rows are never changed or removed.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
