package org.reconnect.assessment.entity;

/** How often a plan asks: once, or every N weeks a number of times. */
public enum Recurrence { ONCE, WEEKS }
