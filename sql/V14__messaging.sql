-- Secure messaging. Each couple has one joint thread (both partners and the treating therapist)
-- and one thread per partner (that partner and the therapist alone); thread_key names which, so
-- that a couple has each at most once. Threads are made when first needed.
CREATE TABLE message_thread (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id   BIGINT       NOT NULL,
    partner_id  BIGINT       NULL,
    thread_key  VARCHAR(30)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_message_thread UNIQUE (couple_id, thread_key),
    CONSTRAINT fk_message_thread_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT fk_message_thread_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_message_thread_key CHECK ((partner_id IS NULL AND thread_key = 'joint')
        OR (partner_id IS NOT NULL AND thread_key = CONCAT('partner:', partner_id)))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A message is part of the clinical record: its text never changes and it is never removed.
-- Withdrawing it sets withdrawn_at once; the text stays for the record. client_key makes sending
-- idempotent: a double tap or a retry with the same key finds the message already there.
CREATE TABLE message (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    thread_id     BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    author_name   VARCHAR(120)  NOT NULL,
    author_role   VARCHAR(10)   NOT NULL,
    body          TEXT          NOT NULL,
    client_key    VARCHAR(64)   NOT NULL,
    sent_at       DATETIME(6)   NOT NULL,
    withdrawn_at  DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_message_client_key UNIQUE (author_id, client_key),
    CONSTRAINT fk_message_thread FOREIGN KEY (thread_id) REFERENCES message_thread (id),
    CONSTRAINT fk_message_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT ck_message_role CHECK (author_role IN ('PARTNER', 'THERAPIST')),
    CONSTRAINT ck_message_length CHECK (CHAR_LENGTH(body) BETWEEN 1 AND 4000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_message_thread ON message (thread_id, id);

-- Compared byte for byte: the collation would take "No" and "no", or a trailing space, as equal.
CREATE TRIGGER message_text_stays BEFORE UPDATE ON message FOR EACH ROW
BEGIN
    IF NOT (BINARY NEW.body <=> BINARY OLD.body) OR NOT (BINARY NEW.author_name <=> BINARY OLD.author_name)
            OR NOT (BINARY NEW.author_role <=> BINARY OLD.author_role) OR NOT (BINARY NEW.client_key <=> BINARY OLD.client_key)
            OR NOT (NEW.thread_id <=> OLD.thread_id) OR NOT (NEW.author_id <=> OLD.author_id)
            OR NOT (NEW.sent_at <=> OLD.sent_at) OR OLD.withdrawn_at IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a message never changes; it can be withdrawn once';
    END IF;
END;

CREATE TRIGGER message_no_delete BEFORE DELETE ON message FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a message is never removed';

-- How far each participant has read each thread (read receipts, unread counts).
CREATE TABLE message_read (
    thread_id     BIGINT       NOT NULL,
    user_id       BIGINT       NOT NULL,
    last_read_id  BIGINT       NOT NULL,
    read_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (thread_id, user_id),
    CONSTRAINT fk_message_read_thread FOREIGN KEY (thread_id) REFERENCES message_thread (id),
    CONSTRAINT fk_message_read_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
