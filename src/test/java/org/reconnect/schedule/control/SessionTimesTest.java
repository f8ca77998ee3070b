package org.reconnect.schedule.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTimesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static List<String> keys(Instant start, Instant end, String location) {
        return SessionTimes.check(start, end, location, NOW).stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void aFiftyMinuteSessionInARoomNextWeekIsFine() {
        Instant start = NOW.plus(Duration.ofDays(7));
        assertTrue(keys(start, start.plus(Duration.ofMinutes(50)), "Room 2").isEmpty());
    }

    @Test
    void itEndsAfterItStartsAndLastsAtMostFourHours() {
        Instant start = NOW.plus(Duration.ofDays(1));
        assertEquals(List.of("endsAt:appointment.endBeforeStart"), keys(start, start, "Room 2"));
        assertEquals(List.of("endsAt:appointment.endBeforeStart"), keys(start, start.minusSeconds(60), "Room 2"));
        assertTrue(keys(start, start.plus(Duration.ofHours(4)), "Room 2").isEmpty(), "four hours exactly");
        assertEquals(List.of("endsAt:appointment.tooLong"), keys(start, start.plus(Duration.ofHours(4)).plusSeconds(60), "Room 2"));
    }

    @Test
    void itStartsAtMostAMonthBackAndAYearAhead() {
        Duration hour = Duration.ofHours(1);
        Instant back = NOW.minus(SessionTimes.BACK);
        assertTrue(keys(back, back.plus(hour), "Room 2").isEmpty(), "a session entered a month late");
        assertEquals(List.of("startsAt:appointment.startRange"), keys(back.minusSeconds(1), back.plus(hour), "Room 2"));
        Instant ahead = NOW.plus(SessionTimes.AHEAD);
        assertTrue(keys(ahead, ahead.plus(hour), "Room 2").isEmpty());
        assertEquals(List.of("startsAt:appointment.startRange"), keys(ahead.plusSeconds(1), ahead.plus(hour), "Room 2"));
    }

    @Test
    void itHasAPlaceOfPlainTextThatFitsItsColumn() {
        Instant start = NOW.plus(Duration.ofDays(1));
        Instant end = start.plus(Duration.ofMinutes(50));
        assertEquals(List.of("location:appointment.location.required"), keys(start, end, null));
        assertEquals(List.of("location:appointment.location.required"), keys(start, end, "   "));
        assertEquals(List.of("location:appointment.location.tooLong"), keys(start, end, "x".repeat(201)));
        assertTrue(keys(start, end, " " + "x".repeat(200) + " ").isEmpty(), "measured without the spaces around it");
        assertEquals(List.of("location:text.markup"), keys(start, end, "<script>alert(1)</script>"));
        assertEquals(200, SessionTimes.check(start, end, "x".repeat(201), NOW).get(0).arguments().get(0));
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertEquals(List.of("endsAt:appointment.endBeforeStart", "startsAt:appointment.startRange",
                "location:appointment.location.required"), keys(NOW.plus(Duration.ofDays(400)), NOW, ""));
    }

    @Test
    void scheduledAndAttendedSessionsHoldTheTherapistsTime() {
        assertEquals("[SCHEDULED, ATTENDED]", SessionTimes.HOLDING.toString());
    }
}
