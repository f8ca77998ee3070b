package org.reconnect.notes.entity;

/** The therapist's risk assessment in a note. */
public enum RiskLevel { NONE, LOW, MODERATE, HIGH }
