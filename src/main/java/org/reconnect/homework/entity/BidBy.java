package org.reconnect.homework.entity;

/** Who made a bid for connection, from the author's side. */
public enum BidBy {
    ME,
    PARTNER
}
