-- 社会评价问卷: a survey belongs to a cycle; its code is unique within the cycle.
CREATE TABLE survey (
    id          uuid         PRIMARY KEY,
    cycle       varchar(32)  NOT NULL,
    code        varchar(32)  NOT NULL,
    title       varchar(200) NOT NULL,
    status      varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  varchar(100) NOT NULL,
    UNIQUE (cycle, code)
);
