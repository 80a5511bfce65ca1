-- Idempotency-Key records (service-defaults: cn.kaohe.defaults.idempotency.Idempotency): one row per
-- client key, written in the same transaction as the write it guards, holding that write's result
-- so a repeat answers it again. A repeat with another request under the same key is refused.
CREATE TABLE idempotency_record (
    principal        varchar(200)  NOT NULL,
    idempotency_key  varchar(100)  NOT NULL,
    endpoint         varchar(500)  NOT NULL,
    fingerprint      char(64)      NOT NULL,
    result           jsonb,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, idempotency_key)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
