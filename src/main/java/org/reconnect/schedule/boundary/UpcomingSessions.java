package org.reconnect.schedule.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.boundary.JointWorkBlocked;
import org.reconnect.couple.boundary.TreatmentChanged;
import org.reconnect.schedule.entity.Appointment;
import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.schedule.entity.CancelReason;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * When a couple is reassigned or discharged, its sessions booked ahead are cancelled in the same
 * transaction: they belonged to the old treatment, and would otherwise hold a therapist's time
 * that nobody may free. The new therapist books their own. When a safety screening blocks joint
 * work, the joint sessions booked ahead are cancelled the same way (individual ones stay), so
 * that no partner is brought into a room, or sent a reminder, for a session that must not take
 * place. Each is audited as {@code APPOINTMENT_CHANGED}, with the reason kept on the session.
 * <p>
 * A reassignment or discharge e-mails the partners a cancellation that takes each session out of
 * their calendars. A screening's cancellations do not: an automatic e-mail right after a partner
 * disclosed something in a screening could tell the other partner that they did, so the
 * therapist, who is shown which sessions were cancelled, tells the couple in their own way.
 */
@Dependent
public class UpcomingSessions {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    SessionInvitations invitations;

    void onTreatmentChanged(@Observes TreatmentChanged change) {
        List<Appointment> ahead = em.createQuery("""
                        select a from Appointment a
                        where a.couple.id = :couple and a.status = :scheduled and a.startsAt > :now order by a.startsAt""",
                        Appointment.class)
                .setParameter("couple", change.coupleId())
                .setParameter("scheduled", AppointmentStatus.SCHEDULED)
                .setParameter("now", Instant.now(clock))
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        CancelReason reason = change.why() == TreatmentChanged.Why.DISCHARGED ? CancelReason.DISCHARGED : CancelReason.REASSIGNED;
        for (Appointment session : ahead) {
            session.cancelFor(reason);
        }
        if (!ahead.isEmpty()) {
            em.flush();
            audit.record(AuditAction.APPOINTMENT_CHANGED, AuditOutcome.SUCCESS, change.coupleId(), "COUPLE", change.coupleId(),
                    ahead.size() + " upcoming session(s) cancelled: " + change.why().name().toLowerCase(Locale.ROOT));
            // the partners' calendars let go of them too
            for (Appointment session : ahead) {
                invitations.send(session, SessionInvitations.Change.CANCELLED);
            }
        }
    }

    void onJointWorkBlocked(@Observes JointWorkBlocked blocked) {
        List<Appointment> ahead = em.createQuery("""
                        select a from Appointment a where a.couple.id = :couple and a.partner is null
                        and a.status = :scheduled and a.startsAt > :now order by a.startsAt""", Appointment.class)
                .setParameter("couple", blocked.coupleId())
                .setParameter("scheduled", AppointmentStatus.SCHEDULED)
                .setParameter("now", Instant.now(clock))
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Appointment session : ahead) {
            session.cancelFor(CancelReason.SAFETY_SCREENING);
            blocked.cancelled(session.getStartsAt());
        }
        if (!ahead.isEmpty()) {
            audit.record(AuditAction.APPOINTMENT_CHANGED, AuditOutcome.SUCCESS, blocked.coupleId(), "COUPLE", blocked.coupleId(),
                    ahead.size() + " joint session(s) booked ahead cancelled: safety screening");
        }
    }
}
