-- The rounds the servers of a clinic share (the reminder round): one row each, with the instant
-- of its last round. A round holds its row's lock while it runs. A server that finds the row locked
-- (SELECT ... FOR UPDATE SKIP LOCKED: MySQL 8, MariaDB 10.6 or later) waits for the other round to
-- end by asking again, instead of queueing behind the other round's rows for longer than the
-- connection's lock wait allows.
CREATE TABLE scheduled_round (
    name             VARCHAR(50)  NOT NULL,
    last_round_at    DATETIME(6)  NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO scheduled_round (name) VALUES ('reminders');
