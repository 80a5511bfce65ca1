-- 考核年度: one assessment cycle per year (or per named round).
CREATE TABLE cycle (
    code        varchar(32)  PRIMARY KEY,
    name        varchar(200) NOT NULL,
    year        integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status      varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'CLOSED')),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  varchar(100) NOT NULL,
    updated_at  timestamptz  NOT NULL DEFAULT now()
);
