-- Assessments: instruments defined as data (one row per version, never changed), plans that a
-- therapist makes (an instrument for one partner or both, once or every N weeks), one
-- administration per partner and due date, and the answers. Scores are not stored: they are
-- computed from the answers with the instrument version the partner answered.

CREATE TABLE instrument (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(40)  NOT NULL,
    version     INT          NOT NULL,
    title       VARCHAR(120) NOT NULL,
    -- the definition as uploaded (docs/instruments.md)
    definition  MEDIUMTEXT   NOT NULL,
    digest      CHAR(64)     NOT NULL,
    source      VARCHAR(10)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_instrument_version UNIQUE (code, version),
    CONSTRAINT ck_instrument_source CHECK (source IN ('BUNDLED', 'UPLOADED')),
    CONSTRAINT ck_instrument_version CHECK (version >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A version never changes; a changed instrument is a new version.
CREATE TRIGGER instrument_no_update BEFORE UPDATE ON instrument FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an instrument version never changes';

CREATE TRIGGER instrument_no_delete BEFORE DELETE ON instrument FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an instrument version is never removed';

CREATE TABLE assessment_plan (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id     BIGINT       NOT NULL,
    -- NULL: both partners, each answering separately
    partner_id    BIGINT           NULL,
    instrument_id BIGINT       NOT NULL,
    recurrence    VARCHAR(10)  NOT NULL,
    every_weeks   INT              NULL,
    times         INT          NOT NULL,
    first_due     DATE         NOT NULL,
    share_results BOOLEAN      NOT NULL DEFAULT FALSE,
    status        VARCHAR(10)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(254) NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    changed_by    VARCHAR(254) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT fk_plan_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_plan_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id),
    CONSTRAINT ck_plan_recurrence CHECK (recurrence IN ('ONCE', 'WEEKS')),
    CONSTRAINT ck_plan_every CHECK ((recurrence = 'ONCE' AND every_weeks IS NULL AND times = 1)
        OR (recurrence = 'WEEKS' AND every_weeks BETWEEN 1 AND 12 AND times BETWEEN 2 AND 52)),
    CONSTRAINT ck_plan_status CHECK (status IN ('ACTIVE', 'STOPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_plan_couple ON assessment_plan (couple_id, status);

-- One partner's answering of one instrument version for one due date. It opens a few days
-- before it is due and, in a recurring plan, closes the day before the next one is due.
CREATE TABLE assessment_administration (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id       BIGINT       NOT NULL,
    couple_id     BIGINT       NOT NULL,
    partner_id    BIGINT       NOT NULL,
    instrument_id BIGINT       NOT NULL,
    due_on        DATE         NOT NULL,
    opens_on      DATE         NOT NULL,
    closes_on     DATE             NULL,
    status        VARCHAR(20)  NOT NULL,
    submitted_at  DATETIME(6)      NULL,
    error_reason  VARCHAR(500)     NULL,
    error_at      DATETIME(6)      NULL,
    error_by      VARCHAR(254)     NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(254) NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    changed_by    VARCHAR(254) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_administration_plan FOREIGN KEY (plan_id) REFERENCES assessment_plan (id),
    CONSTRAINT fk_administration_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT fk_administration_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_administration_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id),
    CONSTRAINT ck_administration_status CHECK (status IN ('DUE', 'IN_PROGRESS', 'SUBMITTED', 'ENTERED_IN_ERROR', 'CANCELLED')),
    CONSTRAINT ck_administration_submitted CHECK ((status IN ('SUBMITTED', 'ENTERED_IN_ERROR')) = (submitted_at IS NOT NULL)),
    CONSTRAINT ck_administration_error CHECK ((status = 'ENTERED_IN_ERROR') = (error_reason IS NOT NULL)),
    CONSTRAINT ck_administration_window CHECK (opens_on <= due_on AND (closes_on IS NULL OR closes_on >= due_on))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_administration_couple ON assessment_administration (couple_id, status, due_on);
CREATE INDEX ix_administration_partner ON assessment_administration (partner_id, status, due_on);

CREATE TABLE assessment_answer (
    administration_id BIGINT      NOT NULL,
    item_id           VARCHAR(30) NOT NULL,
    answer_value      INT         NOT NULL,
    PRIMARY KEY (administration_id, item_id),
    CONSTRAINT fk_answer_administration FOREIGN KEY (administration_id) REFERENCES assessment_administration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A submitted response is immutable, in the database as well as in the application: its
-- answers cannot be added, changed or removed, it cannot be reopened or moved to another
-- partner, version or date, and it is never deleted. Marking it entered-in-error is the only
-- change, and that is final.
CREATE TRIGGER assessment_answer_no_insert_after_submit BEFORE INSERT ON assessment_answer FOR EACH ROW
BEGIN
    IF (SELECT status FROM assessment_administration WHERE id = NEW.administration_id) NOT IN ('DUE', 'IN_PROGRESS') THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a submitted response cannot change';
    END IF;
END;

CREATE TRIGGER assessment_answer_no_update_after_submit BEFORE UPDATE ON assessment_answer FOR EACH ROW
BEGIN
    IF (SELECT status FROM assessment_administration WHERE id = OLD.administration_id) NOT IN ('DUE', 'IN_PROGRESS') THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a submitted response cannot change';
    END IF;
END;

CREATE TRIGGER assessment_answer_no_delete_after_submit BEFORE DELETE ON assessment_answer FOR EACH ROW
BEGIN
    IF (SELECT status FROM assessment_administration WHERE id = OLD.administration_id) NOT IN ('DUE', 'IN_PROGRESS') THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a submitted response cannot change';
    END IF;
END;

CREATE TRIGGER assessment_administration_submitted_stays BEFORE UPDATE ON assessment_administration FOR EACH ROW
BEGIN
    IF OLD.status IN ('SUBMITTED', 'ENTERED_IN_ERROR') AND (
            NEW.status NOT IN ('SUBMITTED', 'ENTERED_IN_ERROR')
            OR (OLD.status = 'ENTERED_IN_ERROR' AND NOT (NEW.status <=> OLD.status AND NEW.error_reason <=> OLD.error_reason))
            OR NOT (NEW.submitted_at <=> OLD.submitted_at)
            OR NEW.instrument_id <> OLD.instrument_id
            OR NEW.partner_id <> OLD.partner_id
            OR NEW.couple_id <> OLD.couple_id
            OR NEW.due_on <> OLD.due_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a submitted response cannot change';
    END IF;
END;

CREATE TRIGGER assessment_administration_no_delete BEFORE DELETE ON assessment_administration FOR EACH ROW
BEGIN
    IF OLD.status IN ('SUBMITTED', 'ENTERED_IN_ERROR') THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a submitted response is never removed';
    END IF;
END;
