package org.reconnect.security.entity;

/** Why a one-time set-password link was sent. */
public enum LinkPurpose {
    PORTAL_INVITATION,
    STAFF_SETUP
}
