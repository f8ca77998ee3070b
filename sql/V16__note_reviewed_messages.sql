-- The messages a session note reviewed ("reviewed in session"), as with homework entries: chosen
-- while the note is a draft, fixed once it is signed (and covered by its hash).
CREATE TABLE session_note_message (
    note_id    BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    PRIMARY KEY (note_id, message_id),
    CONSTRAINT fk_note_message_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT fk_note_message_message FOREIGN KEY (message_id) REFERENCES message (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_note_message_message ON session_note_message (message_id);

CREATE TRIGGER session_note_message_no_insert_after_sign BEFORE INSERT ON session_note_message FOR EACH ROW
BEGIN
    IF (SELECT status FROM session_note WHERE id = NEW.note_id) = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a signed note never changes';
    END IF;
END;

CREATE TRIGGER session_note_message_no_update BEFORE UPDATE ON session_note_message FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'reviewed messages are added or removed, never rewritten';

CREATE TRIGGER session_note_message_no_delete_after_sign BEFORE DELETE ON session_note_message FOR EACH ROW
BEGIN
    IF (SELECT status FROM session_note WHERE id = OLD.note_id) = 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a signed note never changes';
    END IF;
END;
