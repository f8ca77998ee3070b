package org.reconnect.audit.entity;

/** What happened. Stored by name: never rename a constant that has been written. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ACCOUNT_CREATED,
    VIEW_CASELOAD,
    VIEW_COUPLE,
    VIEW_PORTAL_HOME
}
