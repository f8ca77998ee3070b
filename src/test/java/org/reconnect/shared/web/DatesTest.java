package org.reconnect.shared.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {

    private static final Instant AFTERNOON_UTC = Instant.parse("2026-12-03T16:00:00Z");

    @Test
    void aDayCarriesItsWeekdayInTheReadersFormat() {
        assertEquals("Thu, 3 Dec 2026", new Dates(Locale.UK, ZoneId.of("UTC")).day(LocalDate.of(2026, 12, 3)));
        assertEquals("Thu, Dec 3, 2026", new Dates(Locale.US, ZoneId.of("UTC")).day(LocalDate.of(2026, 12, 3)));
        assertEquals("Do., 03.12.2026", new Dates(Locale.GERMANY, ZoneId.of("UTC")).day(LocalDate.of(2026, 12, 3)));
    }

    @Test
    void anInstantIsShownInTheReadersZone() {
        assertEquals("Thu, 3 Dec 2026, 17:00", new Dates(Locale.UK, ZoneId.of("Europe/Berlin")).moment(AFTERNOON_UTC));
        assertEquals("Thu, 3 Dec 2026, 11:00", new Dates(Locale.UK, ZoneId.of("America/New_York")).moment(AFTERNOON_UTC));
        String us = new Dates(Locale.US, ZoneId.of("Europe/Berlin")).moment(AFTERNOON_UTC);
        assertTrue(us.matches("Thu, Dec 3, 2026, 5:00[ \u202f]PM"), us);
        assertEquals("", new Dates(Locale.UK, ZoneId.of("UTC")).moment(null));
    }

    @Test
    void aTimeAlreadyInTheZoneIsShownAsItIs() {
        assertEquals("Thu, 3 Dec 2026, 06:00", new Dates(Locale.UK, ZoneId.of("Asia/Tokyo")).at(LocalDateTime.of(2026, 12, 3, 6, 0)));
    }
}
