package org.reconnect.security.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameOriginTest {

    private static final String HOST = "clinic.example";
    private static final String PUBLISHED = "https://clinic.example";

    @Test
    void onlyRequestsThatCanChangeSomethingAreChecked() {
        assertTrue(SameOrigin.changesState("POST"));
        assertTrue(SameOrigin.changesState("delete"));
        assertFalse(SameOrigin.changesState("GET"));
        assertFalse(SameOrigin.changesState("HEAD"));
    }

    @Test
    void theBrowsersFetchSiteDecides() {
        assertTrue(SameOrigin.allowed("same-origin", null, HOST, PUBLISHED));
        assertTrue(SameOrigin.allowed("none", null, HOST, PUBLISHED));
        assertFalse(SameOrigin.allowed("cross-site", PUBLISHED, HOST, PUBLISHED), "the header cannot be overruled by an Origin");
        assertFalse(SameOrigin.allowed("same-site", null, HOST, PUBLISHED), "a sister site is another origin");
    }

    @Test
    void withoutFetchSiteTheOriginMustBeOurs() {
        assertTrue(SameOrigin.allowed(null, "https://clinic.example", HOST, PUBLISHED));
        assertTrue(SameOrigin.allowed(null, "https://CLINIC.example:443", HOST, PUBLISHED));
        assertTrue(SameOrigin.allowed(null, "http://localhost:8180", "localhost:8180", null), "the host the request went to");
        assertFalse(SameOrigin.allowed(null, "https://evil.example", HOST, PUBLISHED));
        assertFalse(SameOrigin.allowed(null, "http://localhost:9999", "localhost:8180", null));
        assertFalse(SameOrigin.allowed(null, "null", HOST, PUBLISHED), "an opaque origin");
    }

    @Test
    void aRequestWithNeitherHeaderIsNoBrowserPageAndPasses() {
        assertTrue(SameOrigin.allowed(null, null, HOST, PUBLISHED));
    }
}
