package org.reconnect.interop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.reconnect.interop.control.ICalendar;
import org.reconnect.schedule.boundary.CalendarFeeds;
import org.reconnect.schedule.boundary.InvitationFile;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.boundary.Texts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sessions as iCalendar: the therapist's private feed, and the invitation a partner's e-mail
 * about a session carries. What a feed holds, who may read it, who is told what and the audit
 * are the schedule's ({@link CalendarFeeds}, {@link InvitationFile}); this only writes it down.
 */
@ApplicationScoped
public class CalendarFiles implements InvitationFile {

    @Inject
    CalendarFeeds feeds;

    @Inject
    Clock clock;

    /** The calendar a feed address opens (anyone holding the address may); empty when it opens nothing. */
    public Optional<String> feed(String token) {
        return feeds.open(token).map(sheet -> ICalendar.feed(Texts.get("calendarFeed.name"),
                sheet.sessions().stream().map(CalendarFiles::event).toList(), sheet.zone(), Instant.now(clock)));
    }

    /**
     * A partner's invitation ({@code METHOD:REQUEST}) or cancellation ({@code METHOD:CANCEL}), in
     * their zone, under the session's UID, as an attachment a mail program offers to add to (or
     * take out of) the calendar.
     */
    @Override
    public OutgoingMail.Attachment of(Invite invite) {
        ICalendar.Event event = new ICalendar.Event(uid(invite.appointmentId()), (int) invite.sequence(), invite.startsAt(),
                invite.endsAt(), invite.summary(), invite.location(), invite.description());
        ICalendar.Invitation who = new ICalendar.Invitation(invite.organizerEmail(), invite.organizerName(), invite.attendeeEmail(),
                invite.attendeeName());
        String text = ICalendar.invitation(event, who, invite.cancelled(), invite.zone(), Instant.now(clock));
        String method = invite.cancelled() ? "CANCEL" : "REQUEST";
        return new OutgoingMail.Attachment(invite.cancelled() ? "cancel.ics" : "invite.ics",
                "text/calendar; charset=UTF-8; method=" + method, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A session in a feed: by case number and kind, never by name. */
    private static ICalendar.Event event(CalendarFeeds.FeedSession s) {
        long minutes = Duration.between(s.startsAt(), s.endsAt()).toMinutes();
        return new ICalendar.Event(uid(s.appointmentId()), (int) s.version(), s.startsAt(), s.endsAt(),
                Texts.get(s.joint() ? "calendarFeed.summary.joint" : "calendarFeed.summary.individual", s.caseNumber()),
                s.location(), Texts.get("session.calendarDescription", Texts.get("modality." + s.modality()), minutes));
    }

    /** The same for every version of an appointment, and unique to this clinic's installation. */
    static String uid(long appointmentId) {
        return "appointment-" + appointmentId + "@" + URI.create(Settings.requiredPublicAddress()).getHost();
    }
}
