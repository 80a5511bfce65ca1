-- 佐证材料: files attached to progress reports and to the office's fact records. The metadata names the
-- owner and its unit (for unit isolation), the type found in the content's first bytes, the size and the
-- SHA-256. The content lives behind the EvidenceStore interface: here in PostgreSQL, in chunks so that it
-- streams in and out without being held whole; it could move to object storage.
CREATE TABLE evidence (
    id           uuid          PRIMARY KEY,
    cycle        varchar(32)   NOT NULL REFERENCES cycle (code),
    owner_kind   varchar(32)   NOT NULL CHECK (owner_kind IN ('PROGRESS_REPORT', 'LEVEL', 'ADJUSTMENT', 'VETO')),
    owner_id     uuid          NOT NULL,
    unit_code    varchar(32)   NOT NULL,
    file_name    varchar(255)  NOT NULL,
    media_type   varchar(100)  NOT NULL,
    size_bytes   bigint        NOT NULL CHECK (size_bytes > 0),
    sha256       char(64)      NOT NULL,
    uploaded_by  varchar(100)  NOT NULL,
    uploaded_at  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX evidence_owner ON evidence (owner_kind, owner_id, uploaded_at);

CREATE TABLE evidence_content (
    content_id  uuid     NOT NULL,
    chunk_no    integer  NOT NULL CHECK (chunk_no >= 0),
    data        bytea    NOT NULL,
    PRIMARY KEY (content_id, chunk_no)
);
-- PDFs, images and ZIP containers are compressed already: store the chunks as they are.
ALTER TABLE evidence_content ALTER COLUMN data SET STORAGE EXTERNAL;
