package org.reconnect.homework.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.assessment.entity.AdministrationStatus;
import org.reconnect.assessment.entity.PlanStatus;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.schedule.boundary.AppointmentReminders;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Partner;
import org.reconnect.homework.control.CoupleCalendar;
import org.reconnect.homework.control.Reminding;
import org.reconnect.homework.entity.AssignmentStatus;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.security.entity.Role;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.boundary.Texts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily reminder digest: once a day, in the early evening of each partner's own time zone,
 * an e-mail with the homework still due and the questionnaires open to answer. Partners who
 * opted out, partners of a case that is not active, and partners with nothing due get none.
 * The same round sends the reminders of sessions that start within 24 hours
 * ({@link AppointmentReminders}).
 * <p>
 * A persistent timer every 15 minutes drives it; with the timer store in the database, one
 * server of several runs each expiry, and the {@code reminder_sent} key (partner, local day)
 * makes a second digest on the same day impossible even so.
 */
@Singleton
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
    private static final List<AdministrationStatus> UNANSWERED =
            List.of(AdministrationStatus.DUE, AdministrationStatus.IN_PROGRESS);

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    OutgoingMail mail;

    @Inject
    AppointmentReminders appointments;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Schedule(minute = "*/15", hour = "*", persistent = true, info = "daily homework digest")
    void every15Minutes(Timer timer) {
        if (!mail.isConfigured()) {
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

    /** A round: the appointment reminders, then the digests; how many e-mails' worth were sent. */
    private int send(Instant now) {
        return appointments.send(now) + digests(now);
    }

    private int digests(Instant now) {
        List<Partner> partners = em.createQuery("""
                        select p from Partner p join fetch p.account join fetch p.couple
                        where p.couple.status = :active and p.remindersOptOut = false and p.account.enabled = true
                          and (exists (select a.id from HomeworkAssignment a where a.couple = p.couple and a.status = :open
                                       and a.personal = false and (a.partner is null or a.partner = p))
                               or exists (select q.id from AssessmentAdministration q where q.partner = p
                                          and q.status in :unanswered and q.plan.status = :planActive))""", Partner.class)
                .setParameter("active", CaseStatus.ACTIVE)
                .setParameter("open", AssignmentStatus.ACTIVE)
                .setParameter("unanswered", UNANSWERED)
                .setParameter("planActive", PlanStatus.ACTIVE)
                .getResultList();
        // the partner's own zone decides when to send and names the day of the digest; the
        // couple's calendar (the one entries are dated in) decides what is still due
        Map<Partner, LocalDate> dueNow = new HashMap<>();
        for (Partner p : partners) {
            ZonedDateTime local = now.atZone(p.zone());
            if (Reminding.isDigestTime(local.toLocalTime())) {
                dueNow.put(p, local.toLocalDate());
            }
        }
        if (dueNow.isEmpty()) {
            return 0;
        }
        List<HomeworkAssignment> assignments = em.createQuery("""
                        select a from HomeworkAssignment a
                        where a.couple in :couples and a.status = :open and a.personal = false""", HomeworkAssignment.class)
                .setParameter("couples", dueNow.keySet().stream().map(Partner::getCouple).distinct().toList())
                .setParameter("open", AssignmentStatus.ACTIVE)
                .getResultList();
        LocalDate from = CoupleCalendar.weekStart(now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(2));
        for (HomeworkAssignment a : assignments) {
            if (a.getCadence() == Cadence.ONCE && a.getStartsOn().isBefore(from)) {
                from = a.getStartsOn();
            }
        }
        Map<String, List<LocalDate>> days = new HashMap<>();
        em.createQuery("""
                        select e.assignment.id, e.author.id, e.loggedFor from HomeworkEntry e
                        where e.author in :partners and e.loggedFor >= :from""", Object[].class)
                .setParameter("partners", List.copyOf(dueNow.keySet()))
                .setParameter("from", from)
                .getResultStream()
                .forEach(r -> days.computeIfAbsent(r[0] + "/" + r[1], k -> new ArrayList<>()).add((LocalDate) r[2]));

        // questionnaires each partner may answer: open ones, named with their due date
        List<Object[]> questionnaires = em.createQuery("""
                        select q.partner.id, i.title, q.dueOn, q.opensOn, q.closesOn from AssessmentAdministration q
                        join q.instrument i
                        where q.partner in :partners and q.status in :unanswered and q.plan.status = :planActive
                        order by q.dueOn""", Object[].class)
                .setParameter("partners", List.copyOf(dueNow.keySet()))
                .setParameter("unanswered", UNANSWERED)
                .setParameter("planActive", PlanStatus.ACTIVE)
                .getResultList();

        int sent = 0;
        for (Map.Entry<Partner, LocalDate> due : dueNow.entrySet()) {
            Partner p = due.getKey();
            LocalDate coupleToday = p.getCouple().today(Clock.fixed(now, ZoneOffset.UTC));
            List<String> lines = new ArrayList<>();
            for (HomeworkAssignment a : assignments) {
                if (!a.getCouple().getId().equals(p.getCouple().getId()) || !a.isFor(p) || !a.isOpenOn(coupleToday)
                        || !HomeworkLog.jointWorkAllows(a)) {
                    continue;
                }
                Reminding.Due still = Reminding.due(a.getCadence(), a.getTarget(), a.getStartsOn(), a.getEndsOn(),
                        days.getOrDefault(a.getId() + "/" + p.getId(), List.of()), coupleToday);
                if (still != null) {
                    lines.add(Texts.get("reminder.line." + still.period(), a.getTitle(), still.done(), still.expected()));
                }
            }
            for (Object[] q : questionnaires) {
                LocalDate dueOn = (LocalDate) q[2];
                LocalDate closes = (LocalDate) q[4];
                if (q[0].equals(p.getId()) && !coupleToday.isBefore((LocalDate) q[3])
                        && (closes == null || !coupleToday.isAfter(closes))) {
                    lines.add(Texts.get(coupleToday.isAfter(dueOn) ? "reminder.line.questionnaireOverdue"
                            : "reminder.line.questionnaire", q[1], dueOn));
                }
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

    /** Takes the (partner, day) slot; {@code false} when another round or server has it already. */
    private boolean claim(Partner p, LocalDate day, Instant now) {
        return em.createNativeQuery("INSERT IGNORE INTO reminder_sent (partner_id, local_date, sent_at) VALUES (?, ?, ?)")
                .setParameter(1, p.getId())
                .setParameter(2, day)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate() == 1;
    }
}
