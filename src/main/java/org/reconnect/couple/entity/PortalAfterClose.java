package org.reconnect.couple.entity;

/** What happens to the partners' portal logins when the case is discharged: nothing is deleted. */
public enum PortalAfterClose {
    /** They can still sign in and read, but change nothing. */
    READ_ONLY,
    /** Their logins are disabled. */
    ENDED
}
