package org.reconnect.schedule.boundary;

import org.reconnect.shared.boundary.OutgoingMail;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The calendar file a session's e-mail carries, so that it lands in the partner's phone calendar
 * (and leaves it when the session is cancelled). Written by the interop capability, which sits
 * above the schedule; the schedule decides who gets which.
 */
public interface InvitationFile {

    /**
     * One partner's invitation to one version of a session.
     *
     * @param sequence  grows with every change of the session, so a calendar keeps the newest
     * @param zone      the partner's own zone, which the times are written in
     * @param cancelled the session is off: the file withdraws it
     */
    record Invite(long appointmentId, long sequence, Instant startsAt, Instant endsAt, String summary, String location,
                  String description, String organizerEmail, String organizerName, String attendeeEmail, String attendeeName,
                  ZoneId zone, boolean cancelled) {
    }

    OutgoingMail.Attachment of(Invite invite);
}
