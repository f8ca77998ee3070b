-- FHIR interoperability.
-- An instrument imported from a FHIR R4 Questionnaire keeps where it came from (its canonical URL
-- and version); the definition stored is Reconnect's own format, made from the file.
ALTER TABLE instrument DROP CONSTRAINT ck_instrument_source;
ALTER TABLE instrument ADD COLUMN origin VARCHAR(500) NULL;
ALTER TABLE instrument ADD CONSTRAINT ck_instrument_source CHECK (source IN ('BUNDLED', 'UPLOADED', 'IMPORTED'));

-- The accounting of disclosures: every export of a couple's record (or of one partner's), who made
-- it, when, for whom and why, and the SHA-256 of the file handed out. Never changed or removed.
CREATE TABLE disclosure (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    couple_id     BIGINT        NOT NULL,
    partner_id    BIGINT        NULL,
    disclosed_at  DATETIME(6)   NOT NULL,
    disclosed_by  VARCHAR(254)  NOT NULL,
    recipient     VARCHAR(200)  NOT NULL,
    purpose       VARCHAR(500)  NOT NULL,
    content       VARCHAR(300)  NOT NULL,
    file_hash     CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_disclosure_couple (couple_id, disclosed_at),
    CONSTRAINT fk_disclosure_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT fk_disclosure_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER disclosure_no_update BEFORE UPDATE ON disclosure FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a disclosure is never changed';

CREATE TRIGGER disclosure_no_delete BEFORE DELETE ON disclosure FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a disclosure is never removed';
