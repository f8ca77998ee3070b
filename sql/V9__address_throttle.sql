-- Throttling of failed sign-ins per client address (beside the per-account lockout of V7): after
-- 10 failures within an hour from one address (an IPv6 address counts by its /64 network), each
-- further failure makes the address wait before it may try again, twice as long each time, up to
-- 5 minutes. Attempts while it waits are refused before any password is checked. Unknown emails
-- count here too, so one address cannot try a common password against every account.
CREATE TABLE address_throttle (
    address          VARCHAR(45)   NOT NULL,
    -- the failures of the last hour, as epoch seconds separated by commas (at most 64)
    recent_failures  VARCHAR(1000) NOT NULL DEFAULT '',
    wait_until       DATETIME(6)       NULL,
    PRIMARY KEY (address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
