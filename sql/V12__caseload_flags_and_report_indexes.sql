-- What the caseload and the clinic's reports read on every view, made cheap at a clinic's scale.
--
-- 1. Whether a couple's questionnaires show a reliable deterioration (someone's latest valid
--    response against their first) changes only when a response is submitted or marked entered
--    in error. It was worked out on every caseload view from every partner's first and latest
--    answers, scored again each time; now it is worked out when it changes, in the transaction
--    that changes it, and kept here. Couples whose responses came in another way (the demo
--    clinic, data from before this version) are worked out once when the server starts.
CREATE TABLE couple_assessment_flag (
    couple_id    BIGINT      NOT NULL,
    deteriorated BOOLEAN     NOT NULL,
    computed_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (couple_id),
    KEY ix_assessment_flag_deteriorated (deteriorated, couple_id),
    CONSTRAINT fk_assessment_flag_couple FOREIGN KEY (couple_id) REFERENCES couple (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 2. The reports count over the clinic's whole history; these indexes hold every column those
--    counts read, so the database reads the index alone (EXPLAIN: "Using index"), not the rows.
--    Attended sessions by therapist, and whether their note is signed:
CREATE INDEX ix_appointment_status_therapist ON appointment (status, therapist_id, ends_at);
CREATE INDEX ix_note_appointment_status ON session_note (appointment_id, status);
--    Questionnaires by couple: the old (couple, status, due) index, extended by what the counts
--    and the caseload's overdue list also test.
ALTER TABLE assessment_administration
    DROP INDEX ix_administration_couple,
    ADD INDEX ix_administration_couple (couple_id, status, due_on, opens_on, closes_on, plan_id);
--    Homework entries by couple and day: adherence also reads each entry's assignment and author.
ALTER TABLE homework_entry
    DROP INDEX ix_entry_couple_day,
    ADD INDEX ix_entry_couple_day (couple_id, logged_for, assignment_id, author_id);
