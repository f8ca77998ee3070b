package org.reconnect.schedule.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.reconnect.couple.entity.Partner;
import org.reconnect.schedule.entity.Appointment;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.boundary.Texts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The e-mail a partner gets when a session of theirs is booked, moved or changed, or cancelled,
 * with the calendar invitation attached ({@link InvitationFile}): the same UID for every version
 * of the session, so their calendar adds it, moves it and takes it away. Joint sessions go to
 * both partners, an individual one only to the partner it is for; a deactivated account, or a
 * partner who turned reminder e-mails off, gets none, and nobody is told of a session that is
 * already over (one booked afterwards, to write its note). Sent after the commit, like all mail;
 * nothing at all without a mail server. A calendar file that cannot be written costs the e-mail
 * its attachment, never the change itself.
 */
@Dependent
public class SessionInvitations {

    private static final Logger LOG = Logger.getLogger(SessionInvitations.class.getName());

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    /** What happened to the session. */
    public enum Change { BOOKED, CHANGED, CANCELLED }

    @Inject
    OutgoingMail mail;

    @Inject
    Instance<InvitationFile> files;

    @Inject
    Clock clock;

    /**
     * E-mails the partners this session is for. Called once the change is flushed: the session's
     * version is the calendar file's SEQUENCE, and a calendar keeps the highest.
     */
    void send(Appointment a, Change change) {
        if (!mail.isConfigured() || !a.getEndsAt().isAfter(Instant.now(clock))) {
            return;
        }
        String therapist = a.getTherapist().getAccount().getDisplayName();
        String key = "sessionMail." + change.name().toLowerCase(Locale.ROOT);
        String link = Settings.requiredPublicAddress() + "/portal/";
        for (Partner p : a.getCouple().getPartners()) {
            if (!a.isVisibleTo(p) || !p.getAccount().isEnabled() || p.isRemindersOptOut()) {
                continue;
            }
            ZoneId zone = p.zone();
            String when = WHEN.format(ZonedDateTime.ofInstant(a.getStartsAt(), zone)) + " (" + zone.getId() + ")";
            String modality = Texts.get("modality." + a.getModality());
            String body = Texts.get(key + ".body", p.getCallName(), when, a.minutes(), modality, a.getLocation(), therapist, link);
            InvitationFile.Invite invite = new InvitationFile.Invite(a.getId(), a.getVersion(), a.getStartsAt(), a.getEndsAt(),
                    Texts.get("sessionMail.summary", therapist), a.getLocation(),
                    Texts.get("session.calendarDescription", modality, a.minutes()), mail.senderAddress(), therapist,
                    p.getAccount().getEmail(), p.getCallName(), zone, change == Change.CANCELLED);
            mail.sendAfterCommit(p.getAccount().getEmail(), Texts.get(key + ".subject"), body, file(invite));
        }
    }

    private OutgoingMail.Attachment file(InvitationFile.Invite invite) {
        if (!files.isResolvable()) {
            return null;
        }
        try {
            return files.get().of(invite);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "no calendar file for appointment " + invite.appointmentId() + "; the e-mail goes without it", e);
            return null;
        }
    }
}
