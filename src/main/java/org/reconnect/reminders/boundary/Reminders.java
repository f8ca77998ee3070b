package org.reconnect.reminders.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Partner;
import org.reconnect.reminders.control.DigestHours;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Role;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily reminder digest: once a day, in the early evening of each partner's own time zone,
 * an e-mail with the homework still due and the questionnaires open to answer. Partners who
 * opted out, partners of a case that is not active, and partners with nothing due get none.
 * What is due comes from each capability that has something to remind of (every
 * {@link DigestSource}: homework, questionnaires); the same round first sends the other reminders
 * (every {@link ReminderMail}: sessions that start within 24 hours).
 * <p>
 * A persistent timer every 15 minutes drives it; with the timer store in the database, one
 * server of several runs each expiry, and the {@code reminder_sent} key (partner, local day)
 * makes a second digest on the same day impossible even so. Two rounds at once (an admin's and the
 * timer's, or two servers') never run side by side: a round holds the lock of its
 * {@code scheduled_round} row, and another one asks for it without waiting in the database, again
 * and again for up to {@link #ROUND_WAIT}, so that no statement outlasts the connection's lock wait.
 */
@Singleton
// no container lock: a round waits for another one at the database (the round's row), and a
// container lock held while it waits would time other callers out first
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    /** How long a round waits for another one to end before it leaves the sending to that one. */
    static final Duration ROUND_WAIT = Duration.ofSeconds(20);

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    OutgoingMail mail;

    @Inject
    @Any
    Instance<DigestSource> sources;

    @Inject
    @Any
    Instance<ReminderMail> otherMail;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Schedule(minute = "*/15", hour = "*", persistent = true, info = "daily homework digest")
    void every15Minutes(Timer timer) {
        if (!mail.isConfigured() || !Settings.scheduledReminders()) {
            return;
        }
        try {
            send(clock.instant());
        } catch (RuntimeException e) {
            // the next expiry tries again; nothing was claimed in the rolled-back transaction
            LOG.log(Level.WARNING, "reminder digests failed this round", e);
        }
    }

    /**
     * Sends the digests due at {@code now}: what the timer does, callable by an admin to run a
     * round at once (and by the tests, with a chosen instant).
     *
     * @return how many digests were sent
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public int sendDue(Instant now) {
        return send(now);
    }

    /** A round: the other reminders (sessions), then the digests; how many e-mails' worth were sent. */
    private int send(Instant now) {
        if (!takeTheRound(now)) {
            LOG.info(() -> "another reminder round ran for longer than " + ROUND_WAIT.toSeconds() + " s; it sends what is due");
            return 0;
        }
        int sent = 0;
        for (ReminderMail other : otherMail) {
            sent += other.send(now);
        }
        return sent + digests(now);
    }

    private int digests(Instant now) {
        List<Partner> partners = em.createQuery("""
                        select p from Partner p join fetch p.account join fetch p.couple
                        where p.couple.status = :active and p.remindersOptOut = false and p.account.enabled = true
                        order by p.id""",
                        Partner.class)
                .setParameter("active", CaseStatus.ACTIVE)
                .getResultList();
        // the partner's own zone decides when to send and names the day of the digest; the
        // couple's calendar (the one entries are dated in) decides what is still due
        Map<Partner, LocalDate> dueNow = new LinkedHashMap<>();
        Map<Partner, LocalDate> coupleToday = new HashMap<>();
        for (Partner p : partners) {
            ZonedDateTime local = now.atZone(p.zone());
            if (DigestHours.isDigestTime(local.toLocalTime())) {
                dueNow.put(p, local.toLocalDate());
                coupleToday.put(p, p.getCouple().today(Clock.fixed(now, ZoneOffset.UTC)));
            }
        }
        if (dueNow.isEmpty()) {
            return 0;
        }
        List<Map<Long, List<String>>> parts = sources.stream()
                .sorted(Comparator.comparingInt(DigestSource::position))
                .map(source -> source.due(coupleToday, now))
                .toList();

        int sent = 0;
        for (Map.Entry<Partner, LocalDate> due : dueNow.entrySet()) {
            Partner p = due.getKey();
            List<String> lines = new ArrayList<>();
            for (Map<Long, List<String>> part : parts) {
                lines.addAll(part.getOrDefault(p.getId(), List.of()));
            }
            if (lines.isEmpty() || !claim(p, due.getValue(), now)) {
                continue;
            }
            String link = Settings.requiredPublicAddress() + "/portal/";
            String body = Texts.get("reminder.body", p.getCallName(), String.join("\n", lines), link);
            mail.sendAfterCommit(p.getAccount().getEmail(), Texts.get("reminder.subject"), body);
            audit.record(AuditAction.REMINDER_SENT, AuditOutcome.SUCCESS, p.getCouple().getId(), "PARTNER", p.getId(),
                    lines.size() + " due");
            sent++;
        }
        return sent;
    }

    /**
     * Takes the round's lock (until this transaction ends), asking without waiting in the database
     * and again every quarter of a second while another round holds it; false after {@link #ROUND_WAIT}.
     */
    private boolean takeTheRound(Instant now) {
        long deadline = System.nanoTime() + ROUND_WAIT.toNanos();
        while (em.createNativeQuery("SELECT name FROM scheduled_round WHERE name = 'reminders' FOR UPDATE SKIP LOCKED")
                .getResultList().isEmpty()) {
            // not locked but missing (a database restored without it): put it back, and take it next time round
            if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM scheduled_round WHERE name = 'reminders'")
                    .getSingleResult()).longValue() == 0) {
                em.createNativeQuery("INSERT IGNORE INTO scheduled_round (name) VALUES ('reminders')").executeUpdate();
                continue;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        em.createNativeQuery("UPDATE scheduled_round SET last_round_at = ? WHERE name = 'reminders'")
                .setParameter(1, Timestamp.from(now))
                .executeUpdate();
        return true;
    }

    /** Takes the (partner, day) slot; {@code false} when another round or server has it already. */
    private boolean claim(Partner p, LocalDate day, Instant now) {
        return em.createNativeQuery("INSERT IGNORE INTO reminder_sent (partner_id, local_date, sent_at) VALUES (?, ?, ?)")
                .setParameter(1, p.getId())
                .setParameter(2, day)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate() == 1;
    }
}
