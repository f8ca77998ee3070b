package org.reconnect.homework.entity;

/** What kind of bid for connection it was. */
public enum BidKind {
    JOKE,
    TOUCH,
    STORY,
    QUESTION,
    HELP,
    AFFECTION,
    OTHER
}
