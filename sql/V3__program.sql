-- The nine-step program as reference data, and each couple's way through it.
-- Texts (titles, explanations for partners, guidance for therapists) live in the message
-- bundle, keyed by step number, so they can be translated; the criteria the system can
-- evaluate live here.

CREATE TABLE program_step (
    number INT         NOT NULL,
    code   VARCHAR(40) NOT NULL,
    PRIMARY KEY (number),
    CONSTRAINT uk_program_step_code UNIQUE (code),
    CONSTRAINT ck_program_step_number CHECK (number BETWEEN 1 AND 9)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO program_step (number, code) VALUES
    (1, 'RECOGNIZE_THE_SIGNS'),
    (2, 'START_THE_CONVERSATION'),
    (3, 'UNDERSTAND_NEEDS'),
    (4, 'MICRO_MOMENTS'),
    (5, 'NEW_HABITS'),
    (6, 'KINDNESS'),
    (7, 'CURIOSITY'),
    (8, 'OWN_WELLNESS'),
    (9, 'SEEK_MORE_HELP');

-- The homework a step usually uses; assigning from a step offers these first.
CREATE TABLE program_step_homework (
    step_number   INT         NOT NULL,
    homework_type VARCHAR(30) NOT NULL,
    PRIMARY KEY (step_number, homework_type),
    CONSTRAINT fk_step_homework_step FOREIGN KEY (step_number) REFERENCES program_step (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO program_step_homework (step_number, homework_type) VALUES
    (1, 'I_STATEMENT_PRACTICE'), (1, 'SELF_CARE_JOURNAL'),
    (2, 'DAILY_TALK'), (2, 'I_STATEMENT_PRACTICE'),
    (3, 'EMOTIONAL_NEEDS_EXERCISE'), (3, 'DAILY_TALK'),
    (4, 'MICRO_MOMENT_LOG'),
    (5, 'EMOTIONAL_DATE'), (5, 'DAILY_TALK'),
    (6, 'KINDNESS_PRACTICE'),
    (7, 'CURIOSITY_QUESTIONS'), (7, 'EMOTIONAL_DATE'),
    (8, 'SELF_CARE_JOURNAL'),
    (9, 'I_STATEMENT_PRACTICE');

-- What "done" means, as far as the system can tell: at least min_count entries of a homework
-- type within the last within_days days, by each partner (per_partner) or by the couple. A
-- step is ready to move on when all its criteria hold; step 9 is the therapist's judgement.
CREATE TABLE program_step_criterion (
    step_number   INT         NOT NULL,
    homework_type VARCHAR(30) NOT NULL,
    min_count     INT         NOT NULL,
    within_days   INT         NOT NULL,
    per_partner   BOOLEAN     NOT NULL,
    PRIMARY KEY (step_number, homework_type),
    CONSTRAINT fk_step_criterion_step FOREIGN KEY (step_number) REFERENCES program_step (number),
    CONSTRAINT ck_step_criterion_counts CHECK (min_count > 0 AND within_days > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO program_step_criterion (step_number, homework_type, min_count, within_days, per_partner) VALUES
    (1, 'I_STATEMENT_PRACTICE', 3, 14, TRUE),
    (2, 'DAILY_TALK', 2, 14, TRUE),
    (3, 'EMOTIONAL_NEEDS_EXERCISE', 1, 21, TRUE),
    (4, 'MICRO_MOMENT_LOG', 10, 14, TRUE),
    (5, 'EMOTIONAL_DATE', 2, 21, FALSE),
    (5, 'DAILY_TALK', 8, 14, TRUE),
    (6, 'KINDNESS_PRACTICE', 7, 14, TRUE),
    (7, 'CURIOSITY_QUESTIONS', 3, 14, TRUE),
    (8, 'SELF_CARE_JOURNAL', 5, 14, TRUE);

-- Each couple's steps: a new row whenever the therapist moves them on or back, so a revisited
-- step appears again in the timeline. The open row (completed_on NULL) is the current step.
CREATE TABLE couple_step (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id    BIGINT       NOT NULL,
    step_number  INT          NOT NULL,
    started_on   DATE         NOT NULL,
    completed_on DATE             NULL,
    comment      VARCHAR(500)     NULL,
    moved_by     VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_couple_step_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT fk_couple_step_step FOREIGN KEY (step_number) REFERENCES program_step (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_couple_step_couple ON couple_step (couple_id, started_on);

ALTER TABLE couple
    ADD COLUMN current_step INT NULL,
    ADD CONSTRAINT fk_couple_current_step FOREIGN KEY (current_step) REFERENCES program_step (number);
