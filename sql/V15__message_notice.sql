-- The e-mail that tells a partner a message is waiting (never what it says): for each thread and
-- reader, the newest message an e-mail has told of and when that e-mail went out. At most one
-- e-mail per thread and reader per hour; a round claims the row before it sends.
CREATE TABLE message_notice (
    thread_id        BIGINT      NOT NULL,
    user_id          BIGINT      NOT NULL,
    last_message_id  BIGINT      NOT NULL,
    sent_at          DATETIME(6) NOT NULL,
    PRIMARY KEY (thread_id, user_id),
    CONSTRAINT fk_message_notice_thread FOREIGN KEY (thread_id) REFERENCES message_thread (id),
    CONSTRAINT fk_message_notice_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
