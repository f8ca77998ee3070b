package org.reconnect.notes.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewWindowTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void fourWeeksUpToTheSessionsDayInTheClinicsZone() {
        // 02:00 UTC on the 20th is the evening of the 19th in New York
        ReviewWindow window = ReviewWindow.of(Instant.parse("2026-11-20T02:00:00Z"), null, NEW_YORK);

        assertEquals(LocalDate.of(2026, 11, 19), window.to());
        assertEquals(LocalDate.of(2026, 10, 22), window.from());
        assertNull(window.since());
    }

    @Test
    void entriesSinceThePreviousSessionComeFirst() {
        ReviewWindow window = ReviewWindow.of(Instant.parse("2026-11-20T18:00:00Z"), Instant.parse("2026-11-13T03:00:00Z"),
                NEW_YORK);

        assertEquals(LocalDate.of(2026, 11, 12), window.since(), "the previous session's day in New York");
        assertTrue(window.sincePrevious(LocalDate.of(2026, 11, 12)), "the previous session's own day counts");
        assertTrue(window.sincePrevious(LocalDate.of(2026, 11, 19)));
        assertFalse(window.sincePrevious(LocalDate.of(2026, 11, 11)));
    }

    @Test
    void withoutAPreviousSessionEveryEntryIsSinceIt() {
        assertTrue(ReviewWindow.of(Instant.parse("2026-11-20T18:00:00Z"), null, NEW_YORK)
                .sincePrevious(LocalDate.of(2020, 1, 1)));
    }

    @Test
    void anEntryIsOfferedByItsDayAndAuthor() {
        assertEquals("2026-11-18 · Sam", ReviewWindow.label(LocalDate.of(2026, 11, 18), "Sam"));
    }
}
