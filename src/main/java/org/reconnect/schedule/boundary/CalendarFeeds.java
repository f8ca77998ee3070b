package org.reconnect.schedule.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.clinic.entity.Therapist;
import org.reconnect.schedule.entity.Appointment;
import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.schedule.entity.CalendarFeed;
import org.reconnect.schedule.entity.Modality;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.control.LinkTokens;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A therapist's private calendar feed: an address a phone's calendar subscribes to, read-only,
 * without signing in. The therapist makes it (or a new one, which ends the old), and turns it
 * off; only the SHA-256 of its token is stored, so the address is shown once. The feed holds the
 * therapist's own sessions of couples they still treat, from 30 days back to a year ahead, by
 * case number, never by name. Every read is audited as {@code VIEW_CALENDAR_FEED} under the
 * therapist's login, with each couple listed; a deactivated account, or one that is no longer a
 * therapist's, gets nothing, as does an unknown token.
 */
@Stateless
@RolesAllowed(Role.THERAPIST_NAME)
public class CalendarFeeds {

    /** Where the feed is served; the token and {@code .ics} follow. */
    public static final String PATH = "/calendar/";

    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(365);

    /** One session as the feed shows it: the case number and the kind of session, never a name. */
    public record FeedSession(long appointmentId, long version, long coupleId, String caseNumber, boolean joint, Modality modality,
                              Instant startsAt, Instant endsAt, String location) {
    }

    /** A feed's content: whose it is (for the audit trail), the clinic's zone and the sessions. */
    public record FeedSheet(String therapistLogin, ZoneId zone, List<FeedSession> sessions) {
    }

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicSettings settings;

    @Inject
    Clock clock;

    /** When the calling therapist's feed address was made; empty when there is none. Not audited: no clinical data. */
    public Optional<Instant> madeAt() {
        return Optional.ofNullable(em.find(CalendarFeed.class, me().getId())).map(CalendarFeed::getCreatedAt);
    }

    /**
     * Makes a new feed address for the calling therapist, ending the old one if there was one;
     * returns the token, which is never stored and cannot be shown again. Audited as
     * {@code CALENDAR_FEED_CHANGED}.
     */
    public String newAddress() {
        // one change of a therapist's feed at a time (two first clicks would both insert)
        Therapist me = em.find(Therapist.class, me().getId(), LockModeType.PESSIMISTIC_WRITE);
        String token = LinkTokens.newToken();
        Instant now = Instant.now(clock);
        CalendarFeed feed = em.find(CalendarFeed.class, me.getId());
        if (feed == null) {
            em.persist(new CalendarFeed(me.getId(), LinkTokens.hash(token), now));
        } else {
            feed.renew(LinkTokens.hash(token), now);
        }
        audit.record(AuditAction.CALENDAR_FEED_CHANGED, AuditOutcome.SUCCESS, null, "THERAPIST", me.getId(),
                feed == null ? "feed address made" : "feed address replaced; the old one no longer answers");
        return token;
    }

    /** Turns the calling therapist's feed off: its address no longer answers. Audited when there was one. */
    public void turnOff() {
        Therapist me = em.find(Therapist.class, me().getId(), LockModeType.PESSIMISTIC_WRITE);
        CalendarFeed feed = em.find(CalendarFeed.class, me.getId());
        if (feed != null) {
            em.remove(feed);
            audit.record(AuditAction.CALENDAR_FEED_CHANGED, AuditOutcome.SUCCESS, null, "THERAPIST", me.getId(), "feed turned off");
        }
    }

    /**
     * The feed an address opens, for anyone who holds it (a phone's calendar does not sign in);
     * empty for a token that is malformed, unknown, replaced or turned off, and for a therapist
     * whose account is deactivated or no longer a therapist's. Three statements and the audit
     * event, whatever the number of sessions.
     */
    @PermitAll
    public Optional<FeedSheet> open(String token) {
        if (!LinkTokens.looksValid(token)) {
            return Optional.empty();
        }
        Optional<Therapist> owner = em.createNamedQuery(CalendarFeed.BY_TOKEN_HASH, CalendarFeed.class)
                .setParameter("hash", LinkTokens.hash(token))
                .getResultStream()
                .findFirst()
                .flatMap(feed -> em.createQuery("""
                                select t from Therapist t join fetch t.account
                                where t.id = :id and t.account.enabled = true and :therapist member of t.account.roles""",
                                Therapist.class)
                        .setParameter("id", feed.getTherapistId())
                        .setParameter("therapist", Role.THERAPIST)
                        .getResultStream()
                        .findFirst());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Therapist therapist = owner.get();
        Instant now = Instant.now(clock);
        List<FeedSession> sessions = em.createQuery("""
                        select a from Appointment a join fetch a.couple
                        where a.therapist = :me and a.couple.therapist = :me and a.status <> :cancelled
                          and a.startsAt < :to and a.endsAt > :from
                        order by a.startsAt, a.id""", Appointment.class)
                .setParameter("me", therapist)
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("from", now.minus(PAST))
                .setParameter("to", now.plus(AHEAD))
                .getResultStream()
                .map(a -> new FeedSession(a.getId(), a.getVersion(), a.getCouple().getId(), a.getCouple().getCaseNumber(), a.isJoint(), a.getModality(),
                        a.getStartsAt(), a.getEndsAt(), a.getLocation()))
                .toList();
        String login = therapist.getAccount().getEmail();
        audit.recordListingFor(login, AuditAction.VIEW_CALENDAR_FEED, Appointments.APPOINTMENT,
                sessions.stream().map(FeedSession::coupleId).distinct().toList(), sessions.size() + " session(s) by calendar feed");
        return Optional.of(new FeedSheet(login, settings.timeZone(), sessions));
    }

    private Therapist me() {
        return em.createNamedQuery(Therapist.OF_ACCOUNT, Therapist.class)
                .setParameter("account", callers.required().userId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new Refusal("appointment.notFound"));
    }
}
