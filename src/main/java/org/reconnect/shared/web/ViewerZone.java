package org.reconnect.shared.web;

import java.time.ZoneId;

/**
 * The time zone in which the signed-in person reads times. Shared knows no capability, so a
 * capability provides it (a CDI bean): staff read the clinic's zone, partners their own.
 */
public interface ViewerZone {

    ZoneId zone();
}
