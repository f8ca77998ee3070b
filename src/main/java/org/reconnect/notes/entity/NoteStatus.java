package org.reconnect.notes.entity;

/** A draft changes and autosaves; a signed note never changes again. */
public enum NoteStatus { DRAFT, SIGNED }
