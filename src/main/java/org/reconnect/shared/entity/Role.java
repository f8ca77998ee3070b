package org.reconnect.shared.entity;

/** The three kinds of people who use Reconnect; one person may hold several roles. */
public enum Role {
    ADMIN,
    THERAPIST,
    CLIENT;

    /** Role names as the container knows them, for {@code @RolesAllowed}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String THERAPIST_NAME = "THERAPIST";
    public static final String CLIENT_NAME = "CLIENT";
}
