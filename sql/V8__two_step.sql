-- Two-step sign-in (TOTP, RFC 6238) for staff: required for admins; for therapists the clinic
-- decides (setting 'security.therapistTwoStep': OPTIONAL or REQUIRED).
--
-- A row exists from the moment enrolment starts; confirmed_at is set once the person has typed a
-- first code from their app. last_step is the 30-second time step of the last code accepted: a
-- code is never accepted twice, nor an older one.
CREATE TABLE two_step (
    user_id       BIGINT      NOT NULL,
    secret        VARCHAR(64) NOT NULL,
    confirmed_at  DATETIME(6)     NULL,
    last_step     BIGINT          NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_two_step_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time recovery codes, kept as SHA-256 of the normalised code (they are random, 50 bits each,
-- so a fast hash is enough); a used code keeps its row with used_at.
CREATE TABLE two_step_recovery (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    user_id    BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    used_at    DATETIME(6)     NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_recovery_code (user_id, code_hash),
    CONSTRAINT fk_recovery_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO clinic_setting (name, value, changed_at, changed_by) VALUES
    ('security.therapistTwoStep', 'OPTIONAL', NOW(6), 'reconnect');
