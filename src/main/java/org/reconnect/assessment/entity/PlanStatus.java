package org.reconnect.assessment.entity;

/** A plan is active until the therapist stops it; stopping cancels what is not answered yet. */
public enum PlanStatus { ACTIVE, STOPPED }
