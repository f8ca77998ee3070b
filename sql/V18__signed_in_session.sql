-- The signed-in sessions of each login, shared by every server: so that ending a person's sessions
-- (deactivation, a role change, a new password, a lockout, "sign out my other sessions") ends them
-- whichever server holds them, and so that the list of one's sessions shows all of them.
-- A session is refused only when its row says it ended; ended rows and rows of sessions that can
-- no longer be alive are deleted after a day. The handle is random, never the session id.
CREATE TABLE signed_in_session (
    handle          VARCHAR(32)  NOT NULL,
    user_id         BIGINT       NOT NULL,
    device          VARCHAR(120) NOT NULL,
    address         VARCHAR(64)  NULL,
    signed_in_at    DATETIME(6)  NOT NULL,
    last_active_at  DATETIME(6)  NOT NULL,
    idle_seconds    INT          NOT NULL,
    ended_at        DATETIME(6)  NULL,
    PRIMARY KEY (handle),
    KEY ix_signed_in_session_user (user_id, ended_at),
    KEY ix_signed_in_session_last_active (last_active_at),
    CONSTRAINT fk_signed_in_session_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
