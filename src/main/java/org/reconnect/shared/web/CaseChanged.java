package org.reconnect.shared.web;

/**
 * A part of a couple's page changed the case itself (moved it to another program step, say): the
 * page loads the case again. Fired as a CDI event, so the part needs no reference to the page.
 */
public record CaseChanged(long coupleId) {
}
