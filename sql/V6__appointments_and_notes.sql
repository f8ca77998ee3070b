-- Appointments and session notes. Times are UTC instants; pages show them in the clinic's time
-- zone (a clinic setting) or, in the portal, in the partner's own. A signed note and its
-- addenda never change: triggers refuse it, so that not even a bug can rewrite the record.

CREATE TABLE clinic_setting (
    name       VARCHAR(60)  NOT NULL,
    value      VARCHAR(500) NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    changed_by VARCHAR(254) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO clinic_setting (name, value, changed_at, changed_by) VALUES
    ('notes.templates', 'SOAP,DAP,BIRP', NOW(6), 'reconnect'),
    ('clinic.timeZone', 'UTC', NOW(6), 'reconnect');

CREATE TABLE appointment (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id        BIGINT       NOT NULL,
    therapist_id     BIGINT       NOT NULL,
    -- NULL: a joint session; otherwise an individual session with this partner
    partner_id       BIGINT           NULL,
    modality         VARCHAR(10)  NOT NULL,
    starts_at        DATETIME(6)  NOT NULL,
    ends_at          DATETIME(6)  NOT NULL,
    location         VARCHAR(200) NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    reminder_sent_at DATETIME(6)      NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(254) NOT NULL,
    changed_at       DATETIME(6)  NOT NULL,
    changed_by       VARCHAR(254) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_appointment_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT fk_appointment_therapist FOREIGN KEY (therapist_id) REFERENCES therapist (id),
    CONSTRAINT fk_appointment_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_appointment_modality CHECK (modality IN ('IN_PERSON', 'VIDEO')),
    CONSTRAINT ck_appointment_status CHECK (status IN ('SCHEDULED', 'ATTENDED', 'CANCELLED', 'NO_SHOW')),
    CONSTRAINT ck_appointment_times CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_appointment_therapist ON appointment (therapist_id, starts_at);
CREATE INDEX ix_appointment_couple ON appointment (couple_id, starts_at);
CREATE INDEX ix_appointment_reminder ON appointment (status, starts_at);

-- One note per attended appointment. Sections by template:
--   SOAP: section_1 subjective, section_2 objective, section_3 assessment, section_4 plan
--   DAP:  section_1 data, section_3 assessment, section_4 plan
--   BIRP: section_1 behavior, section_2 intervention, section_3 response, section_4 plan
CREATE TABLE session_note (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    appointment_id  BIGINT       NOT NULL,
    couple_id       BIGINT       NOT NULL,
    template        VARCHAR(4)   NOT NULL,
    section_1       TEXT             NULL,
    section_2       TEXT             NULL,
    section_3       TEXT             NULL,
    section_4       TEXT             NULL,
    steps_addressed VARCHAR(40)      NULL,
    interventions   TEXT             NULL,
    risk_level      VARCHAR(10)  NOT NULL,
    risk_text       TEXT             NULL,
    next_homework   TEXT             NULL,
    status          VARCHAR(10)  NOT NULL,
    signed_at       DATETIME(6)      NULL,
    signed_by       VARCHAR(254)     NULL,
    content_hash    CHAR(64)         NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(254) NOT NULL,
    changed_at      DATETIME(6)  NOT NULL,
    changed_by      VARCHAR(254) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_note_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_note_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_note_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT ck_note_template CHECK (template IN ('SOAP', 'DAP', 'BIRP')),
    CONSTRAINT ck_note_risk CHECK (risk_level IN ('NONE', 'LOW', 'MODERATE', 'HIGH')),
    CONSTRAINT ck_note_status CHECK (status IN ('DRAFT', 'SIGNED')),
    CONSTRAINT ck_note_signed CHECK ((status = 'SIGNED') = (signed_at IS NOT NULL AND signed_by IS NOT NULL
                                                             AND content_hash IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_note_couple ON session_note (couple_id, status);

-- The homework entries a note reviewed.
CREATE TABLE session_note_entry (
    note_id  BIGINT NOT NULL,
    entry_id BIGINT NOT NULL,
    PRIMARY KEY (note_id, entry_id),
    CONSTRAINT fk_note_entry_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT fk_note_entry_entry FOREIGN KEY (entry_id) REFERENCES homework_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A correction to a signed note, signed on its own; never changed.
CREATE TABLE note_addendum (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    note_id      BIGINT       NOT NULL,
    text         TEXT         NOT NULL,
    signed_at    DATETIME(6)  NOT NULL,
    signed_by    VARCHAR(254) NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_addendum_note FOREIGN KEY (note_id) REFERENCES session_note (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_addendum_note ON note_addendum (note_id, signed_at);

CREATE TRIGGER session_note_signed_stays BEFORE UPDATE ON session_note FOR EACH ROW
BEGIN
    IF OLD.status = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a signed note never changes';
    END IF;
END;

CREATE TRIGGER session_note_signed_no_delete BEFORE DELETE ON session_note FOR EACH ROW
BEGIN
    IF OLD.status = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a signed note is never removed';
    END IF;
END;

CREATE TRIGGER session_note_entry_no_insert_after_sign BEFORE INSERT ON session_note_entry FOR EACH ROW
BEGIN
    IF (SELECT status FROM session_note WHERE id = NEW.note_id) = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a signed note never changes';
    END IF;
END;

CREATE TRIGGER session_note_entry_no_update BEFORE UPDATE ON session_note_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'reviewed entries are added or removed, never rewritten';

CREATE TRIGGER session_note_entry_no_delete_after_sign BEFORE DELETE ON session_note_entry FOR EACH ROW
BEGIN
    IF (SELECT status FROM session_note WHERE id = OLD.note_id) = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a signed note never changes';
    END IF;
END;

CREATE TRIGGER note_addendum_no_update BEFORE UPDATE ON note_addendum FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an addendum never changes';

CREATE TRIGGER note_addendum_no_delete BEFORE DELETE ON note_addendum FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an addendum is never removed';
