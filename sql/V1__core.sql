-- Reconnect core schema: accounts and roles, therapists, couples and partners, the audit trail.
-- Append-only: never edit a migration that has shipped; add the next version instead.
-- Runs on MariaDB >= 10.11 and MySQL 8.x.

CREATE TABLE user_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    -- bcrypt in modular-crypt form ($2a$...), read by the Elytron JDBC realm; NULL until set
    password_hash  VARCHAR(100)     NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(254) NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    changed_by     VARCHAR(254) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- the email is the login; the collation makes the comparison case-insensitive
    CONSTRAINT uk_user_account_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT ck_user_role_role CHECK (role IN ('ADMIN', 'THERAPIST', 'CLIENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE therapist (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    user_id       BIGINT       NOT NULL,
    credentials   VARCHAR(200) NOT NULL DEFAULT '',
    max_caseload  INT          NOT NULL DEFAULT 30,
    accepting_new BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(254) NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    changed_by    VARCHAR(254) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_therapist_user UNIQUE (user_id),
    CONSTRAINT fk_therapist_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT ck_therapist_capacity CHECK (max_caseload >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE couple (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    case_number  VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    therapist_id BIGINT           NULL,
    opened_on    DATE         NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(254) NOT NULL,
    changed_at   DATETIME(6)  NOT NULL,
    changed_by   VARCHAR(254) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_couple_case_number UNIQUE (case_number),
    CONSTRAINT fk_couple_therapist FOREIGN KEY (therapist_id) REFERENCES therapist (id),
    CONSTRAINT ck_couple_status CHECK (status IN ('REFERRED', 'INTAKE', 'ACTIVE', 'PAUSED', 'DISCHARGED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_couple_therapist_status ON couple (therapist_id, status);

CREATE TABLE partner (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    couple_id      BIGINT       NOT NULL,
    user_id        BIGINT       NOT NULL,
    position       INT          NOT NULL,
    full_name      VARCHAR(120) NOT NULL,
    preferred_name VARCHAR(60)      NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(254) NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    changed_by     VARCHAR(254) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_partner_user UNIQUE (user_id),
    CONSTRAINT uk_partner_position UNIQUE (couple_id, position),
    CONSTRAINT fk_partner_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT fk_partner_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT ck_partner_position CHECK (position IN (1, 2))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit trail. Each row carries the SHA-256 of its own content chained to the previous
-- row's hash, so an edited, inserted or removed row breaks the chain. seq is assigned under a
-- lock on audit_chain_head, which also remembers the newest hash (so removing the newest rows
-- is detected too). Rows reference couples by id only: the trail outlives any record.
CREATE TABLE audit_event (
    seq            BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(254)  NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    outcome        VARCHAR(20)   NOT NULL,
    couple_id      BIGINT            NULL,
    target_type    VARCHAR(40)       NULL,
    target_id      VARCHAR(64)       NULL,
    client_address VARCHAR(64)       NULL,
    detail         VARCHAR(1000)     NULL,
    prev_hash      VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL,
    PRIMARY KEY (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_couple ON audit_event (couple_id, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);

-- The couples an event concerns besides its main one: a caseload view lists every couple it
-- showed here, so "who saw this couple" finds list views too. Part of the event's hash.
CREATE TABLE audit_event_couple (
    seq       BIGINT NOT NULL,
    couple_id BIGINT NOT NULL,
    PRIMARY KEY (seq, couple_id),
    CONSTRAINT fk_audit_event_couple_event FOREIGN KEY (seq) REFERENCES audit_event (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_couple_couple ON audit_event_couple (couple_id, seq);

CREATE TABLE audit_chain_head (
    id        INT         NOT NULL,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only, enforced by the database as well: even a bug cannot rewrite the trail.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_couple_no_update BEFORE UPDATE ON audit_event_couple FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event_couple is append-only';

CREATE TRIGGER audit_event_couple_no_delete BEFORE DELETE ON audit_event_couple FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event_couple is append-only';

-- The head only ever moves forward (by as many events as a transaction appended): it cannot be
-- wound back to hide a cut-off tail.
CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE ON audit_chain_head FOR EACH ROW
BEGIN
    IF NEW.id <> OLD.id OR NEW.last_seq <= OLD.last_seq THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_chain_head only moves forward';
    END IF;
END;

CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_chain_head cannot be removed';
