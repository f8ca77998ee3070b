package org.reconnect.schedule.entity;

/** Where a session happens. */
public enum Modality { IN_PERSON, VIDEO }
