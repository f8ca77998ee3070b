package org.reconnect.homework.entity;

/** How often homework is due (once, every day or every week), with a target count per period. */
public enum Cadence {
    ONCE,
    DAILY,
    WEEKLY
}
