package org.reconnect.shared.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeZonesTest {

    private static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-15T12:00:00Z");

    private static List<String> ids() {
        return TimeZones.choices(WINTER).stream().map(TimeZones.Zone::id).toList();
    }

    @Test
    void placesAreOfferedRetiredNamesAndAbbreviationsAreNot() {
        List<String> ids = ids();
        assertTrue(ids.contains("Africa/Asmara") && ids.contains("Asia/Kolkata") && ids.contains("Europe/Berlin"));
        for (String gone : List.of("Africa/Asmera", "Asia/Calcutta", "US/Eastern", "CET", "Etc/GMT+5", "SystemV/EST5",
                "America/Buenos_Aires", "Europe/Kiev")) {
            assertFalse(ids.contains(gone), gone);
        }
        assertEquals("UTC", ids.get(0), "UTC first");
        assertTrue(ids.size() > 300 && ids.size() < 450, "about one per place: " + ids.size());
    }

    @Test
    void eachIsNamedAsItsPlaceWithItsOffsetNow() {
        TimeZones.Zone berlinWinter = TimeZones.zone("Europe/Berlin", WINTER);
        assertEquals("Berlin (UTC+01:00)", berlinWinter.label());
        assertEquals("Europe", berlinWinter.region());
        assertEquals("Berlin (UTC+02:00)", TimeZones.zone("Europe/Berlin", SUMMER).label(), "the offset of now, summer time included");
        assertEquals("Argentina/Buenos Aires (UTC-03:00)", TimeZones.zone("America/Argentina/Buenos_Aires", WINTER).label());
        assertEquals("Kolkata (UTC+05:30)", TimeZones.zone("Asia/Kolkata", WINTER).label());
    }

    @Test
    void theListIsByRegionThenPlace() {
        List<TimeZones.Zone> zones = TimeZones.choices(WINTER).subList(1, TimeZones.choices(WINTER).size());
        for (int i = 1; i < zones.size(); i++) {
            TimeZones.Zone a = zones.get(i - 1);
            TimeZones.Zone b = zones.get(i);
            assertTrue(a.region().compareTo(b.region()) < 0 || (a.region().equals(b.region()) && a.place().compareTo(b.place()) <= 0),
                    a + " before " + b);
        }
    }
}
