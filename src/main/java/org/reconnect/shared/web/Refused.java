package org.reconnect.shared.web;

import org.reconnect.shared.boundary.Refusal;

/**
 * A boundary refused this request's action, and the refusal is now the page's message (fired by
 * the one place that shows refusals, as a CDI event). A page observes it only when it shows more
 * than the message: what it still holds of a case it may no longer see, say.
 */
public record Refused(Refusal refusal) {

    /** Whether the refusal is the one with this message key. */
    public boolean is(String key) {
        return key.equals(refusal.getKey());
    }
}
