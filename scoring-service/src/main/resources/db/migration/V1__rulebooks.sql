-- 实施细则: each cycle's rulebook, versioned. A version is never changed; a revision is a new
-- version with its reason. The document is the scoring contract's `rulebook` object.
CREATE TABLE rulebook_version (
    cycle       varchar(32)  NOT NULL,
    version     integer      NOT NULL CHECK (version >= 1),
    document    jsonb        NOT NULL,
    reason      varchar(1000),
    created_by  varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (cycle, version)
);
