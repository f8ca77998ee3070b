-- One-time submission keys. Every form that creates something (a homework entry, an addendum, a
-- booking, a questionnaire's answers) carries a key made when the form was opened. The creating
-- transaction claims the key for the signed-in account and records what it made; a second
-- submission with the same key (a retry after a commit whose answer never arrived, a double tap)
-- finds it and gets the first result, and nothing is stored twice. Claimed in the same
-- transaction as the creation, so a creation rolled back leaves its key free.
CREATE TABLE submission (
    account_id      BIGINT        NOT NULL,
    submission_key  VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    result_id       BIGINT        NULL,
    submitted_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (account_id, submission_key),
    KEY ix_submission_at (submitted_at),
    CONSTRAINT fk_submission_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
