-- The audit trail without one row that every page view queues on.
--
-- Until now each event took a lock on audit_chain_head, got the next seq and its chained hash in
-- the transaction of the page that caused it, so every audited page of every user waited for the
-- one row. Now an event is a plain insert in the page's transaction (it commits with what it
-- reports, or not at all) together with a row in audit_pending; a single linker, shortly after,
-- takes the head lock once for many events and appends their links to the chain in audit_link.
-- Event numbers come from audit_event_number in blocks, so that a page's events go to the
-- database as one batch.
-- The chain, and what it proves, is the same: the link hash covers the previous link and the
-- event's whole content (its seq included), and the head remembers the newest link.
--
-- An event not yet linked carries content_hash, the hash of its content, so the few seconds
-- before linking are covered too; the verification checks both.

-- The next free event number; the application takes numbers from here a block at a time.
CREATE TABLE audit_event_number (
    name     VARCHAR(40) NOT NULL,
    next_val BIGINT      NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_event_number (name, next_val)
SELECT 'audit_event', COALESCE(MAX(seq), 0) + 1 FROM audit_event;

-- numbers are never given out twice: the next free one only grows
CREATE TRIGGER audit_event_number_forward_only BEFORE UPDATE ON audit_event_number FOR EACH ROW
BEGIN
    IF NEW.name <> OLD.name OR NEW.next_val <= OLD.next_val THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event_number only moves forward';
    END IF;
END;

CREATE TRIGGER audit_event_number_no_delete BEFORE DELETE ON audit_event_number FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event_number cannot be removed';

-- The chain: link_no counts 1, 2, 3 ... in the order the linker took the events.
CREATE TABLE audit_link (
    link_no   BIGINT      NOT NULL,
    event_seq BIGINT      NOT NULL,
    prev_hash VARCHAR(64) NOT NULL,
    hash      VARCHAR(64) NOT NULL,
    PRIMARY KEY (link_no),
    CONSTRAINT uk_audit_link_event UNIQUE (event_seq),
    CONSTRAINT fk_audit_link_event FOREIGN KEY (event_seq) REFERENCES audit_event (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every event so far was chained in seq order: its links are its own seq, prev_hash and hash
INSERT INTO audit_link (link_no, event_seq, prev_hash, hash)
SELECT seq, seq, prev_hash, hash FROM audit_event;

ALTER TABLE audit_event
    DROP COLUMN prev_hash,
    DROP COLUMN hash,
    ADD COLUMN content_hash VARCHAR(64) NULL;

-- Events waiting for the linker, one row for every event inserted (the trigger below, which
-- runs with its definer's rights: the application may read and delete rows here, never add one).
-- The only audit table rows leave: the linker deletes a row in the transaction that links its event.
CREATE TABLE audit_pending (
    event_seq BIGINT NOT NULL,
    PRIMARY KEY (event_seq),
    CONSTRAINT fk_audit_pending_event FOREIGN KEY (event_seq) REFERENCES audit_event (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_event_waits_for_link AFTER INSERT ON audit_event FOR EACH ROW
    INSERT INTO audit_pending (event_seq) VALUES (NEW.seq);

CREATE TRIGGER audit_link_no_update BEFORE UPDATE ON audit_link FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_link is append-only';

CREATE TRIGGER audit_link_no_delete BEFORE DELETE ON audit_link FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_link is append-only';
