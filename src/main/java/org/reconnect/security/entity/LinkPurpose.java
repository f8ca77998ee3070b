package org.reconnect.security.entity;

import java.time.Duration;

/**
 * Why a one-time set-password link was sent, and so how long it works. An invitation or a new
 * staff account may wait in a mailbox for a day; a reset is asked for by the person who is about
 * to use it, and a link that can take over a login in use should not lie around for long.
 */
public enum LinkPurpose {
    PORTAL_INVITATION(Duration.ofHours(24)),
    STAFF_SETUP(Duration.ofHours(24)),
    /** "Forgot password" on the login page. */
    PASSWORD_RESET(Duration.ofMinutes(30));

    private final Duration validFor;

    LinkPurpose(Duration validFor) {
        this.validFor = validFor;
    }

    /** How long a link of this purpose works after it was issued. */
    public Duration validFor() {
        return validFor;
    }
}
