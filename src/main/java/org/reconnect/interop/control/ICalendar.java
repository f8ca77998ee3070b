package org.reconnect.interop.control;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Objects;

/**
 * iCalendar (RFC 5545) from sessions, through ical4j: a subscribed feed and the invitation an
 * e-mail carries ({@code METHOD:REQUEST}, or {@code METHOD:CANCEL} when the session is off;
 * RFC 5546). Times are written in the reader's own time zone, with its
 * {@code VTIMEZONE}, so a phone shows the right hour on both sides of a daylight-saving change.
 * Translates only: what a session says and who may see it is decided by the caller.
 */
public final class ICalendar {

    private static final String PRODUCT = "-//Reconnect//Sessions 1.0//EN";

    /** ical4j's time-zone definitions (from inside its jar, never fetched: ical4j.properties). */
    private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

    private ICalendar() {
    }

    /**
     * One session as a calendar shows it.
     *
     * @param uid      the same for every version of the session, so a calendar replaces what it has
     * @param sequence grows with every change (the appointment's version)
     * @param summary  the title; never a person's name in a feed
     */
    public record Event(String uid, int sequence, Instant start, Instant end, String summary, String location,
                       String description) {
        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(summary, "summary");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a session ends after it starts");
            }
        }
    }

    /** Who sends an invitation and whom it is for (e-mail addresses and the names shown). */
    public record Invitation(String organizerEmail, String organizerName, String attendeeEmail, String attendeeName) {
    }

    /** A read-only feed of these sessions, in this zone, stamped at {@code now}. */
    public static String feed(String name, Collection<Event> events, ZoneId zone, Instant now) {
        // no METHOD: a subscribed calendar is a plain iCalendar object, not an iTIP message
        Zone written = Zone.of(zone);
        Calendar calendar = calendar(written);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", written.id().getId()));
        for (Event event : events) {
            calendar.add(event(event, written, now));
        }
        return text(calendar);
    }

    /** The invitation to one session ({@code cancelled}: its cancellation), in the attendee's zone. */
    public static String invitation(Event event, Invitation who, boolean cancelled, ZoneId zone, Instant now) {
        Zone written = Zone.of(zone);
        Calendar calendar = calendar(written);
        calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        VEvent vevent = event(event, written, now);
        Organizer organizer = new Organizer(mailto(who.organizerEmail()));
        organizer.add(name(who.organizerName()));
        vevent.add(organizer);
        Attendee attendee = new Attendee(mailto(who.attendeeEmail()));
        attendee.add(name(who.attendeeName()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        // nobody reads replies: the clinic's address only sends
        attendee.add(Rsvp.FALSE);
        vevent.add(attendee);
        if (cancelled) {
            vevent.add(ImmutableStatus.VEVENT_CANCELLED);
        } else {
            vevent.add(ImmutableStatus.VEVENT_CONFIRMED);
        }
        calendar.add(vevent);
        return text(calendar);
    }

    /**
     * The zone as the file writes it: a zone with daylight-saving rules by its id and its
     * {@code VTIMEZONE}; UTC, or a zone ical4j does not know, as UTC times ({@code ...Z}).
     */
    private record Zone(ZoneId id, VTimeZone definition) {

        static Zone of(ZoneId zone) {
            if (zone.normalized().equals(ZoneOffset.UTC)) {
                return new Zone(ZoneOffset.UTC, null);
            }
            try {
                net.fortuna.ical4j.model.TimeZone known = REGISTRY.getTimeZone(zone.getId());
                if (known != null) {
                    // the registry's own id (it may differ in spelling), the one its VTIMEZONE names
                    return new Zone(ZoneId.of(known.getID()), known.getVTimeZone());
                }
            } catch (RuntimeException unknown) {
                // ical4j has no definition for some legacy ids (SystemV/...): written in UTC instead
            }
            return new Zone(ZoneOffset.UTC, null);
        }

        Temporal at(Instant instant) {
            return definition == null ? instant : instant.atZone(id);
        }
    }

    private static Calendar calendar(Zone zone) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (zone.definition() != null) {
            calendar.add(zone.definition());
        }
        return calendar;
    }

    private static VEvent event(Event event, Zone zone, Instant now) {
        VEvent vevent = new VEvent(zone.at(event.start()), zone.at(event.end()), event.summary());
        // the constructor stamps the current instant; the caller's clock decides
        vevent.replace(new DtStamp(now));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        if (event.location() != null && !event.location().isBlank()) {
            vevent.add(new Location(event.location()));
        }
        if (event.description() != null && !event.description().isBlank()) {
            vevent.add(new Description(event.description()));
        }
        return vevent;
    }

    private static URI mailto(String email) {
        try {
            // quoted as a URI needs it (an address may hold characters a URI does not allow as they are)
            return new URI("mailto", email.strip(), null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not an e-mail address: " + email, e);
        }
    }

    /** A name as a parameter value: a double quote cannot be written inside one (RFC 5545 3.2). */
    private static Cn name(String name) {
        return new Cn(name == null ? "" : name.replace('"', '\''));
    }

    /**
     * The calendar's text, validated by ical4j against RFC 5545 and, for an invitation, RFC 5546
     * (an invalid calendar is a bug: it is never sent).
     */
    private static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            ValidationResult result = calendar.validate();
            if (result.hasErrors()) {
                throw new IllegalStateException("an invalid calendar: " + result);
            }
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("an invalid calendar: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
