package org.reconnect.couple.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.CaseLifecycle;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.CaseStatusChange;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.couple.entity.PortalAfterClose;
import org.reconnect.security.boundary.Callers;
import org.reconnect.security.boundary.SessionRegistry;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Moving a case through referred, intake, active, paused and discharged, always with a reason
 * that stays in its history. Discharging decides what happens to the partners' portal (read
 * only, or ended: their logins are disabled and their sessions end); nothing is deleted.
 * Reopening a discharged case starts a new episode and gives the portal back.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
public class CaseStatusChanges {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<TreatmentChanged> treatmentChanged;

    @Inject
    Callers callers;

    @Inject
    CaseGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    SessionRegistry sessions;

    @Inject
    Clock clock;

    /**
     * Changes the status. Admins for any case, therapists for their own. Refused, changing
     * nothing, as {@link CaseLifecycle} says (no reason, a move that is not allowed, active work
     * without a therapist or without both consents), when the case changed since the page was
     * opened ({@code expectedVersion}, when given), and when an admin discharges without a
     * portal choice. Only an admin chooses to end the portal; a therapist's discharge leaves it
     * read-only. Reopening asks for new safety screenings: the old ones were for another
     * episode. Audited as {@code CASE_STATUS_CHANGED}.
     */
    public void change(long coupleId, Long expectedVersion, CaseStatus to, String reason, PortalAfterClose portalChoice) {
        Caller caller = callers.required();
        Couple couple = guard.forChange(coupleId, caller, AuditAction.CASE_STATUS_CHANGED,
                CaseAccess.Level.CLINICAL, CaseAccess.Level.METADATA);
        if (expectedVersion != null && expectedVersion != couple.getVersion()) {
            throw new Refusal("edit.conflict");
        }
        if (!caller.is(Role.ADMIN)) {
            portalChoice = to == CaseStatus.DISCHARGED ? PortalAfterClose.READ_ONLY : null;
        }
        if (reason != null && reason.length() > 500) {
            throw Refusal.onField("reason", "reason.tooLong");
        }
        if (to == CaseStatus.DISCHARGED && portalChoice == null) {
            throw Refusal.onField("portalChoice", "case.status.portalChoiceRequired");
        }
        CaseStatus from = couple.getStatus();
        boolean portalWasEnded = couple.getPortalAfterClose() == PortalAfterClose.ENDED;
        try {
            couple.moveTo(to, reason, LocalDate.now(clock));
        } catch (IllegalStateException refused) {
            throw Refusal.onField("status", refused.getMessage());
        }
        if (to == CaseStatus.DISCHARGED) {
            treatmentChanged.fire(new TreatmentChanged(couple.getId(), TreatmentChanged.Why.DISCHARGED));
            couple.closePortal(portalChoice);
            if (portalChoice == PortalAfterClose.ENDED) {
                partnerLogins(couple, false);
            }
        } else if (CaseLifecycle.isReopening(from, to)) {
            couple.getPartners().forEach(Partner::screeningForNewEpisode);
            if (portalWasEnded) {
                partnerLogins(couple, true);
            }
        }
        em.persist(new CaseStatusChange(couple, from, to, reason, Instant.now(clock), caller.email()));
        audit.record(AuditAction.CASE_STATUS_CHANGED, AuditOutcome.SUCCESS, couple.getId(), Cases.COUPLE,
                couple.getId(), from + " -> " + to + (portalChoice == null ? "" : ", portal " + portalChoice));
    }

    private void partnerLogins(Couple couple, boolean enabled) {
        for (Partner partner : couple.getPartners()) {
            if (enabled) {
                partner.getAccount().enable();
            } else {
                partner.getAccount().disable();
                sessions.endSessionsOf(partner.getAccount().getEmail());
            }
            audit.record(enabled ? AuditAction.ACCOUNT_REACTIVATED : AuditAction.ACCOUNT_DEACTIVATED,
                    AuditOutcome.SUCCESS, couple.getId(), "ACCOUNT", partner.getAccount().getId(), "portal after discharge");
        }
    }

    /** The statuses this case may move to next. Same access as {@link #change}. Not audited. */
    public List<CaseStatus> nextStatuses(CaseStatus current) {
        return List.copyOf(CaseLifecycle.nextFrom(current));
    }
}
