package org.reconnect.interop.control;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.reconnect.testsupport.container.IcsTimes;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendar files, parsed back with ical4j: the right hour on both sides of a daylight-saving change. */
class ICalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-10-20T12:00:00Z");

    /** New York leaves daylight time at 02:00 on Sunday 1 November 2026: a Friday and a Monday session at 10:00. */
    private static ICalendar.Event at(LocalDateTime local, String uid, int sequence) {
        Instant start = local.atZone(NEW_YORK).toInstant();
        return new ICalendar.Event(uid, sequence, start, start.plusSeconds(50 * 60), "Session RC-2026-0007 (joint)",
                "https://video.example/room/7", "Joint session, 50 minutes, video");
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT).stream().map(VEvent.class::cast).toList();
    }

    private static String value(PropertyListAccessor holder, String property) {
        return holder.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Instant startOf(VEvent event) {
        return IcsTimes.startOf(event);
    }

    @Test
    void aFeedAcrossTheChangeToWinterTimeKeepsTheHourOnBothSides() throws Exception {
        ICalendar.Event friday = at(LocalDateTime.of(2026, 10, 30, 10, 0), "appointment-1@reconnect", 0);
        ICalendar.Event monday = at(LocalDateTime.of(2026, 11, 2, 10, 0), "appointment-2@reconnect", 3);
        String text = ICalendar.feed("Reconnect sessions", List.of(friday, monday), NEW_YORK, NOW);

        Calendar calendar = parse(text);
        assertEquals(null, value(calendar, "METHOD"), "a subscribed feed is no iTIP message");
        assertEquals("America/New_York", value(calendar.getComponent(Component.VTIMEZONE).orElseThrow(), "TZID"));
        List<VEvent> events = events(calendar);
        assertEquals(2, events.size());
        assertEquals(friday.start(), startOf(events.get(0)));
        assertEquals(monday.start(), startOf(events.get(1)));
        // 14:00 UTC before the change, 15:00 UTC after it: both read 10:00 in New York
        assertEquals(Instant.parse("2026-10-30T14:00:00Z"), startOf(events.get(0)));
        assertEquals(Instant.parse("2026-11-02T15:00:00Z"), startOf(events.get(1)));
        assertTrue(text.contains("DTSTART;TZID=America/New_York:20261030T100000"), text);
        assertTrue(text.contains("DTSTART;TZID=America/New_York:20261102T100000"), text);
        assertEquals("appointment-2@reconnect", value(events.get(1), "UID"));
        assertEquals("3", value(events.get(1), "SEQUENCE"));
        assertEquals("https://video.example/room/7", value(events.get(1), "LOCATION"));
        assertEquals("20261020T120000Z", value(events.get(0), "DTSTAMP"));
        assertEquals(1, events.get(0).getProperties("DTSTAMP").size(), "one stamp per event");
    }

    @Test
    void anInvitationAndItsCancellationNameTheSameSession() throws Exception {
        ICalendar.Event booked = at(LocalDateTime.of(2026, 10, 31, 9, 30), "appointment-9@reconnect", 1);
        ICalendar.Invitation who = new ICalendar.Invitation("clinic@example.org", "Maya Brooks", "alex@example.org", "Alex");

        Calendar request = parse(ICalendar.invitation(booked, who, false, NEW_YORK, NOW));
        assertEquals("REQUEST", value(request, "METHOD"));
        VEvent invited = events(request).get(0);
        assertEquals("appointment-9@reconnect", value(invited, "UID"));
        assertEquals("CONFIRMED", value(invited, "STATUS"));
        assertEquals("mailto:clinic@example.org", value(invited, "ORGANIZER"));
        assertEquals("mailto:alex@example.org", value(invited, "ATTENDEE"));
        assertEquals(booked.start(), startOf(invited));

        // moved to the Tuesday after the change, then called off
        ICalendar.Event moved = at(LocalDateTime.of(2026, 11, 3, 9, 30), booked.uid(), 2);
        Calendar cancel = parse(ICalendar.invitation(moved, who, true, NEW_YORK, NOW));
        assertEquals("CANCEL", value(cancel, "METHOD"));
        VEvent cancelled = events(cancel).get(0);
        assertEquals("appointment-9@reconnect", value(cancelled, "UID"), "the same UID: the calendar removes the session it has");
        assertEquals("2", value(cancelled, "SEQUENCE"));
        assertEquals("CANCELLED", value(cancelled, "STATUS"));
        // across the change: 09:30 on the wall clock, an hour later in UTC than before it
        assertEquals(9, startOf(cancelled).atZone(NEW_YORK).getHour());
        assertEquals(Instant.parse("2026-11-03T14:30:00Z"), startOf(cancelled));
    }

    @Test
    void inUtcOrAZoneIcal4jDoesNotKnowTheTimesAreUtc() throws Exception {
        Instant start = Instant.parse("2026-10-30T14:00:00Z");
        ICalendar.Event event = new ICalendar.Event("appointment-3@reconnect", 0, start, start.plusSeconds(3000), "Session", null, null);
        for (String zone : List.of("UTC", "SystemV/EST5")) {
            String text = ICalendar.feed("Reconnect sessions", List.of(event), ZoneId.of(zone), NOW);
            assertTrue(text.contains("DTSTART:20261030T140000Z"), zone + ": " + text);
            Calendar calendar = parse(text);
            assertTrue(calendar.getComponent(Component.VTIMEZONE).isEmpty(), zone + ": no VTIMEZONE for UTC times");
        }
    }

    @Test
    void aZoneIsWrittenUnderTheIdItsDefinitionHas() throws Exception {
        Instant start = Instant.parse("2026-10-30T14:00:00Z");
        ICalendar.Event event = new ICalendar.Event("appointment-4@reconnect", 0, start, start.plusSeconds(3000), "Session", null, null);
        // the JDK's old spelling: the event names the zone its VTIMEZONE defines
        Calendar calendar = parse(ICalendar.feed("Reconnect sessions", List.of(event), ZoneId.of("Asia/Calcutta"), NOW));
        String tzid = value(calendar.getComponent(Component.VTIMEZONE).orElseThrow(), "TZID");
        assertTrue(events(calendar).get(0).getDateTimeStart().getParameter("TZID").map(p -> p.getValue()).orElse("").equals(tzid),
                "DTSTART names " + tzid);
        assertEquals(start, startOf(events(calendar).get(0)));
    }

    @Test
    void aSessionThatEndsBeforeItStartsIsNoEvent() {
        Instant start = Instant.parse("2026-10-30T14:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new ICalendar.Event("x", 0, start, start, "s", null, null));
    }
}
