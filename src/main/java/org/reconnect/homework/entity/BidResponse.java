package org.reconnect.homework.entity;

/** How a bid for connection was answered; turned toward is what the program builds. */
public enum BidResponse {
    TURNED_TOWARD,
    TURNED_AWAY,
    TURNED_AGAINST
}
