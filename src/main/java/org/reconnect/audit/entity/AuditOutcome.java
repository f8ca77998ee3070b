package org.reconnect.audit.entity;

/** Whether the action was carried out, refused by an access rule, or failed. */
public enum AuditOutcome {
    SUCCESS,
    DENIED,
    FAILURE
}
