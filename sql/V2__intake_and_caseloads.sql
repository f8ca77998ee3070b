-- Intake, consent, safety screening, the case life cycle, assignment history, one-time links.

-- The person behind a partner's login, and what each partner agreed to at intake. The safety
-- screening is recorded by a therapist; its note is for therapists only.
ALTER TABLE partner
    ADD COLUMN pronouns             VARCHAR(40)   NULL,
    ADD COLUMN phone                VARCHAR(40)   NULL,
    ADD COLUMN time_zone            VARCHAR(64)   NOT NULL DEFAULT 'UTC',
    ADD COLUMN consent_on           DATE          NULL,
    ADD COLUMN consent_form_version VARCHAR(40)   NULL,
    ADD COLUMN secrets_ack_on       DATE          NULL,
    ADD COLUMN screening            VARCHAR(20)   NOT NULL DEFAULT 'NOT_SCREENED',
    ADD COLUMN screened_on          DATE          NULL,
    ADD COLUMN screened_by          VARCHAR(254)  NULL,
    ADD COLUMN screening_note       VARCHAR(1000) NULL,
    ADD CONSTRAINT ck_partner_screening CHECK (screening IN ('NOT_SCREENED', 'CLEARED', 'CONCERNS'));

-- The case: where the couple came from and why, the secrets policy both partners acknowledge,
-- the episode of care (a reopened case starts a new one), what happens to the portal when the
-- case closes, and the therapist's documented decision to go ahead with joint work despite a
-- screening that is not cleared (text for therapists only).
ALTER TABLE couple
    ADD COLUMN referral_source       VARCHAR(120)  NULL,
    ADD COLUMN reason                VARCHAR(500)  NULL,
    ADD COLUMN secrets_policy        VARCHAR(20)   NOT NULL DEFAULT 'NO_SECRETS',
    ADD COLUMN episode               INT           NOT NULL DEFAULT 1,
    ADD COLUMN status_since          DATE          NOT NULL DEFAULT (CURRENT_DATE),
    ADD COLUMN portal_after_close    VARCHAR(20)   NULL,
    ADD COLUMN joint_decision        VARCHAR(1000) NULL,
    ADD COLUMN joint_decision_by     VARCHAR(254)  NULL,
    ADD COLUMN joint_decision_on     DATE          NULL,
    ADD CONSTRAINT ck_couple_secrets_policy CHECK (secrets_policy IN ('NO_SECRETS', 'LIMITED_SECRETS')),
    ADD CONSTRAINT ck_couple_portal_after_close CHECK (portal_after_close IS NULL OR portal_after_close IN ('READ_ONLY', 'ENDED'));

-- existing cases have been in their status since they were opened, as far as anyone knows
UPDATE couple SET status_since = opened_on;

CREATE INDEX ix_couple_status ON couple (status, status_since);

-- Every change of status, with its reason: the case's history across episodes.
CREATE TABLE case_status_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id   BIGINT       NOT NULL,
    episode     INT          NOT NULL,
    from_status VARCHAR(20)      NULL,
    to_status   VARCHAR(20)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    changed_by  VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_status_change_couple FOREIGN KEY (couple_id) REFERENCES couple (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_case_status_change_couple ON case_status_change (couple_id, changed_at);

-- Every assignment of a couple to a therapist: who, from whom, to whom, when and why.
CREATE TABLE therapist_assignment (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id             BIGINT       NOT NULL,
    from_therapist_id     BIGINT           NULL,
    to_therapist_id       BIGINT           NULL,
    reason                VARCHAR(500) NOT NULL,
    over_capacity         BOOLEAN      NOT NULL DEFAULT FALSE,
    assigned_at           DATETIME(6)  NOT NULL,
    assigned_by           VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT fk_assignment_from FOREIGN KEY (from_therapist_id) REFERENCES therapist (id),
    CONSTRAINT fk_assignment_to FOREIGN KEY (to_therapist_id) REFERENCES therapist (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assignment_couple ON therapist_assignment (couple_id, assigned_at);

-- One-time links to set a password (portal invitations, new staff). Only a SHA-256 of the
-- token is stored; a link is good once, for 24 hours, and sending a new one revokes the old.
CREATE TABLE account_link (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    user_id    BIGINT       NOT NULL,
    token_hash VARCHAR(64)  NOT NULL,
    purpose    VARCHAR(20)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(254) NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    used_at    DATETIME(6)      NULL,
    revoked_at DATETIME(6)      NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_link_token UNIQUE (token_hash),
    CONSTRAINT fk_account_link_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT ck_account_link_purpose CHECK (purpose IN ('PORTAL_INVITATION', 'STAFF_SETUP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_account_link_user ON account_link (user_id, created_at);

-- Case numbers RC-<year>-<nnnn>, counted per year under a row lock.
CREATE TABLE case_number_sequence (
    year        INT NOT NULL,
    last_number INT NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO case_number_sequence (year, last_number)
SELECT CAST(SUBSTRING(case_number, 4, 4) AS UNSIGNED), MAX(CAST(SUBSTRING(case_number, 9) AS UNSIGNED))
FROM couple
GROUP BY CAST(SUBSTRING(case_number, 4, 4) AS UNSIGNED);
