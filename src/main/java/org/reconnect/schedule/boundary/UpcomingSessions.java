package org.reconnect.schedule.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.boundary.TreatmentChanged;
import org.reconnect.schedule.entity.AppointmentStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * When a couple is reassigned or discharged, its sessions booked ahead are cancelled in the same
 * transaction: they belonged to the old treatment, and would otherwise hold a therapist's time
 * that nobody may free. The new therapist books their own. Audited as {@code APPOINTMENT_CHANGED}.
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
                        update Appointment a set a.status = :cancelled, a.version = a.version + 1
                        where a.couple.id = :couple and a.status = :scheduled and a.startsAt > :now""")
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("couple", change.coupleId())
                .setParameter("scheduled", AppointmentStatus.SCHEDULED)
                .setParameter("now", Instant.now(clock))
                .executeUpdate();
        if (cancelled > 0) {
            audit.record(AuditAction.APPOINTMENT_CHANGED, AuditOutcome.SUCCESS, change.coupleId(), "COUPLE", change.coupleId(),
                    cancelled + " upcoming session(s) cancelled: " + change.why().name().toLowerCase(Locale.ROOT));
        }
    }
}
