package org.reconnect.testsupport.container;

import net.fortuna.ical4j.model.component.VEvent;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times of calendar files parsed back in tests. */
public final class IcsTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private IcsTimes() {
    }

    /**
     * When an event starts, from its DTSTART as written (the wall-clock time and its TZID) and
     * the JDK's rules for that zone: ical4j's own rules, rebuilt from the file's VTIMEZONE, put
     * some dates after the last listed change on the wrong side of it.
     */
    public static Instant startOf(VEvent event) {
        var start = event.getDateTimeStart();
        String value = start.getValue();
        return start.getParameter("TZID").map(p -> p.getValue())
                .map(tzid -> LocalDateTime.parse(value, LOCAL).atZone(ZoneId.of(tzid)).toInstant())
                .orElseGet(() -> LocalDateTime.parse(value.replace("Z", ""), LOCAL).toInstant(ZoneOffset.UTC));
    }
}
