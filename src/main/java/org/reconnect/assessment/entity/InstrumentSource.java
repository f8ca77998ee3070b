package org.reconnect.assessment.entity;

/**
 * Where a version came from: shipped with Reconnect, uploaded by the clinic in Reconnect's format,
 * or imported by the clinic from a FHIR Questionnaire.
 */
public enum InstrumentSource { BUNDLED, UPLOADED, IMPORTED }
