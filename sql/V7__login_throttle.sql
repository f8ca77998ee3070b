-- Throttling of failed logins: after 5 failures within 15 minutes an account is locked for 15
-- minutes. The realm refuses a locked account exactly like a wrong password (the same message,
-- the same bcrypt check), so the lock never tells whether an account exists. An admin can
-- unlock it earlier.
CREATE TABLE login_throttle (
    user_id          BIGINT      NOT NULL,
    -- the failures of the last 15 minutes, as epoch seconds separated by commas (at most 4)
    recent_failures  VARCHAR(100) NOT NULL DEFAULT '',
    locked_until     DATETIME(6)      NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_throttle_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
