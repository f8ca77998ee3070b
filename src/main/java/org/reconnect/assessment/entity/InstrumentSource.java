package org.reconnect.assessment.entity;

/** Where a version came from: shipped with Reconnect, or uploaded by the clinic. */
public enum InstrumentSource { BUNDLED, UPLOADED }
