-- "Forgot password" on the login page: a one-time link of a third purpose, PASSWORD_RESET, mailed
-- to the address on file. It works once, for 30 minutes (the application sets expires_at by the
-- purpose), and a new one revokes the older ones, as with invitations.
ALTER TABLE account_link DROP CONSTRAINT ck_account_link_purpose;
ALTER TABLE account_link ADD CONSTRAINT ck_account_link_purpose
    CHECK (purpose IN ('PORTAL_INVITATION', 'STAFF_SETUP', 'PASSWORD_RESET'));

-- How many reset links were asked for lately, per email typed (whether or not an account uses it)
-- and per client address (an IPv6 address counts by its /64 network): at most 3 per email and 10
-- per address within an hour are answered with a mail; the rest get the same page and nothing is
-- sent. The subject is a SHA-256 of 'email:<email>' or 'address:<address>', so the table keeps no
-- list of the emails people typed.
CREATE TABLE reset_request_count (
    subject          CHAR(64)     NOT NULL,
    -- the requests answered within the last hour, as epoch seconds separated by commas
    recent_requests  VARCHAR(200) NOT NULL DEFAULT '',
    PRIMARY KEY (subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
