-- Homework between sessions: assignments, typed entries (real columns, no JSON), the
-- therapist's feedback, and the daily reminder digest.

CREATE TABLE homework_assignment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    couple_id      BIGINT        NOT NULL,
    -- NULL: for both partners (joint homework); otherwise the one partner it is for
    partner_id     BIGINT            NULL,
    type           VARCHAR(30)   NOT NULL,
    title          VARCHAR(120)  NOT NULL,
    instructions   VARCHAR(2000) NOT NULL,
    cadence        VARCHAR(10)   NOT NULL,
    target         INT           NOT NULL,
    starts_on      DATE          NOT NULL,
    ends_on        DATE              NULL,
    visibility     VARCHAR(20)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    step_number    INT               NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(254)  NOT NULL,
    changed_at     DATETIME(6)   NOT NULL,
    changed_by     VARCHAR(254)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_couple_hw FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT fk_assignment_partner_hw FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_assignment_step_hw FOREIGN KEY (step_number) REFERENCES program_step (number),
    CONSTRAINT ck_hw_assignment_cadence CHECK (cadence IN ('ONCE', 'DAILY', 'WEEKLY')),
    CONSTRAINT ck_hw_assignment_target CHECK (target BETWEEN 1 AND 50),
    CONSTRAINT ck_hw_assignment_visibility CHECK (visibility IN ('SHARED', 'PRIVATE', 'REVEAL_WHEN_BOTH')),
    CONSTRAINT ck_hw_assignment_status CHECK (status IN ('ACTIVE', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT ck_hw_assignment_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_hw_assignment_couple ON homework_assignment (couple_id, status);

-- One entry per act of homework, by one partner. Columns by type:
--   micro-moment: bid_by, bid_kind, response, occurred_at, text (optional note)
--   emotional date: minutes, phones_off, prompts, rating, text (reflection)
--   daily talk: minutes, prompt, rating
--   kindness, curiosity, journal, I-statement, needs: text, rating where it fits
-- logged_for is the day it counts for, in the couple's time zone; period_key names its
-- period (day, ISO week or the whole assignment) so that "reveal when both" can ask whether
-- the reader has answered the same period.
CREATE TABLE homework_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id BIGINT        NOT NULL,
    couple_id     BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    type          VARCHAR(30)   NOT NULL,
    logged_for    DATE          NOT NULL,
    period_key    VARCHAR(20)   NOT NULL,
    occurred_at   DATETIME(6)       NULL,
    bid_by        VARCHAR(10)       NULL,
    bid_kind      VARCHAR(20)       NULL,
    response      VARCHAR(20)       NULL,
    minutes       INT               NULL,
    phones_off    BOOLEAN           NULL,
    prompts       VARCHAR(500)      NULL,
    prompt        VARCHAR(200)      NULL,
    rating        INT               NULL,
    text          VARCHAR(4000)     NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(254)  NOT NULL,
    changed_at    DATETIME(6)   NOT NULL,
    changed_by    VARCHAR(254)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_entry_assignment FOREIGN KEY (assignment_id) REFERENCES homework_assignment (id),
    CONSTRAINT fk_entry_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT fk_entry_author FOREIGN KEY (author_id) REFERENCES partner (id),
    CONSTRAINT ck_entry_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 10),
    CONSTRAINT ck_entry_minutes CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_entry_bid_by CHECK (bid_by IS NULL OR bid_by IN ('ME', 'PARTNER')),
    CONSTRAINT ck_entry_response CHECK (response IS NULL OR response IN ('TURNED_TOWARD', 'TURNED_AWAY', 'TURNED_AGAINST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_entry_couple_day ON homework_entry (couple_id, logged_for);
CREATE INDEX ix_entry_assignment ON homework_entry (assignment_id, author_id, period_key);

-- The therapist's feedback on an entry: shown to the couple, or a private note.
CREATE TABLE homework_feedback (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    entry_id        BIGINT        NOT NULL,
    text            VARCHAR(2000) NOT NULL,
    shown_to_couple BOOLEAN       NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_feedback_entry FOREIGN KEY (entry_id) REFERENCES homework_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_feedback_entry ON homework_feedback (entry_id);

-- Daily reminder digests: a partner may opt out; a digest goes out once per local day, which
-- the unique key guarantees even when several servers run the timer.
ALTER TABLE partner ADD COLUMN reminders_opt_out BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE reminder_sent (
    partner_id BIGINT      NOT NULL,
    local_date DATE        NOT NULL,
    sent_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (partner_id, local_date),
    CONSTRAINT fk_reminder_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
