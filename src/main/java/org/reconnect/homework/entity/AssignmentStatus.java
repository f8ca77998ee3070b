package org.reconnect.homework.entity;

/** Where an assignment stands. */
public enum AssignmentStatus {
    ACTIVE,
    COMPLETED,
    CANCELLED
}
