package org.reconnect.audit.entity;

/** What happened. Stored by name: never rename a constant that has been written. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    PRIVILEGE_CHANGE,
    PASSWORD_SET,
    SETUP_LINK_SENT,
    CASE_OPENED,
    PARTNER_CHANGED,
    CASE_STATUS_CHANGED,
    INVITATION_SENT,
    THERAPIST_ASSIGNED,
    SCREENING_RECORDED,
    JOINT_WORK_DECISION,
    VIEW_COUPLE_LIST,
    VIEW_REPORT,
    VIEW_CASELOAD,
    VIEW_COUPLE,
    VIEW_PORTAL_HOME
}
