-- A therapist's private calendar feed: an address with an unguessable token that a phone's
-- calendar subscribes to, read-only, without signing in. Only the token's SHA-256 is kept, so the
-- address is shown once, when it is made; resetting it makes a new token and the old address stops
-- answering at once. One feed per therapist; turning it off deletes the row.
CREATE TABLE calendar_feed (
    therapist_id  BIGINT      NOT NULL,
    token_hash    VARCHAR(64) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (therapist_id),
    UNIQUE KEY uq_calendar_feed_token (token_hash),
    CONSTRAINT fk_calendar_feed_therapist FOREIGN KEY (therapist_id) REFERENCES therapist (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
