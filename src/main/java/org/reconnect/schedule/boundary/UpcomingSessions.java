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
 */
@Dependent
public class UpcomingSessions {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    void onTreatmentChanged(@Observes TreatmentChanged change) {
        int cancelled = em.createQuery("""
                        update Appointment a set a.status = :cancelled, a.cancelReason = :reason, a.version = a.version + 1
                        where a.couple.id = :couple and a.status = :scheduled and a.startsAt > :now""")
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("reason", change.why() == TreatmentChanged.Why.DISCHARGED ? CancelReason.DISCHARGED
                        : CancelReason.REASSIGNED)
                .setParameter("couple", change.coupleId())
                .setParameter("scheduled", AppointmentStatus.SCHEDULED)
                .setParameter("now", Instant.now(clock))
                .executeUpdate();
        if (cancelled > 0) {
            audit.record(AuditAction.APPOINTMENT_CHANGED, AuditOutcome.SUCCESS, change.coupleId(), "COUPLE", change.coupleId(),
                    cancelled + " upcoming session(s) cancelled: " + change.why().name().toLowerCase(Locale.ROOT));
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
