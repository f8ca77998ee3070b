package org.reconnect.schedule.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Partner;
import org.reconnect.reminders.boundary.ReminderMail;
import org.reconnect.schedule.entity.Appointment;
import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.boundary.Texts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The e-mail 24 hours before a session, to the partners it is for (both for a joint session, the
 * one partner for an individual one), through the same mail path and persistent timer as the
 * homework digest. Each appointment is reminded once: the first round that claims it sends it.
 * Partners who turned reminders off get none. Part of the reminder round, used only by it (its
 * {@link ReminderMail}).
 */
@Dependent
public class AppointmentReminders implements ReminderMail {

    static final Duration AHEAD = Duration.ofHours(24);

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    OutgoingMail mail;

    @Inject
    AuditTrail audit;

    /** Sends the reminders of sessions starting within 24 hours of {@code now}; how many appointments were reminded. */
    @Override
    public int send(Instant now) {
        List<Appointment> due = em.createQuery("""
                        select a from Appointment a join fetch a.couple join fetch a.therapist left join fetch a.partner
                        where a.status = :scheduled and a.reminderSentAt is null and a.startsAt > :now
                          and a.startsAt <= :horizon and a.couple.status = :active
                        order by a.id""", Appointment.class)
                .setParameter("scheduled", AppointmentStatus.SCHEDULED)
                .setParameter("now", now)
                .setParameter("horizon", now.plus(AHEAD))
                .setParameter("active", CaseStatus.ACTIVE)
                .getResultList();
        int sent = 0;
        for (Appointment a : due) {
            if (em.createQuery("update Appointment a set a.reminderSentAt = :now where a.id = :id and a.reminderSentAt is null")
                    .setParameter("now", now)
                    .setParameter("id", a.getId())
                    .executeUpdate() != 1) {
                continue;
            }
            int mails = 0;
            for (Partner p : a.getCouple().getPartners()) {
                if (!a.isVisibleTo(p) || p.isRemindersOptOut() || !p.getAccount().isEnabled()) {
                    continue;
                }
                ZoneId zone = p.zone();
                String when = SessionInvitations.WHEN.format(ZonedDateTime.ofInstant(a.getStartsAt(), zone)) + " (" + zone.getId() + ")";
                String link = Settings.requiredPublicAddress() + "/portal/";
                mail.sendAfterCommit(p.getAccount().getEmail(), Texts.get("appointmentReminder.subject"),
                        Texts.get("appointmentReminder.body", p.getCallName(), when, a.minutes(),
                                Texts.get("modality." + a.getModality()), a.getLocation(),
                                a.getTherapist().getAccount().getDisplayName(), link));
                mails++;
            }
            audit.record(AuditAction.REMINDER_SENT, AuditOutcome.SUCCESS, a.getCouple().getId(), "APPOINTMENT", a.getId(),
                    "appointment reminder to " + mails + " partner(s)");
            sent++;
        }
        return sent;
    }
}
