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
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.security.boundary.Callers;
import org.reconnect.security.boundary.LinkDelivery;
import org.reconnect.security.boundary.SetupLinks;
import org.reconnect.security.entity.LinkPurpose;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

/**
 * Portal invitations: a one-time link for a partner to set their password. Sending again
 * revokes the older link, so only the newest works.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
public class Invitations {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    CaseGuard guard;

    @Inject
    SetupLinks setupLinks;

    @Inject
    AuditTrail audit;

    /**
     * Sends (or sends again) a partner's invitation. Admins for any couple, therapists for their
     * own. Refused for a discharged case. Audited as {@code INVITATION_SENT}. The link is on the
     * clinic's published address.
     */
    public LinkDelivery send(long partnerId) {
        Caller caller = callers.required();
        Long coupleId = em.createQuery("select p.couple.id from Partner p where p.id = :id", Long.class)
                .setParameter("id", partnerId)
                .getResultStream().findFirst().orElse(-1L);
        Couple couple = guard.forChange(coupleId, caller, AuditAction.INVITATION_SENT,
                CaseAccess.Level.CLINICAL, CaseAccess.Level.METADATA);
        if (couple.isReadOnly()) {
            throw new Refusal("case.readOnly");
        }
        Partner partner = couple.getPartners().stream().filter(p -> p.getId() == partnerId).findFirst()
                .orElseThrow(() -> new Refusal("case.notFound"));
        LinkDelivery result = setupLinks.send(partner.getAccount(), partner.getCallName(),
                LinkPurpose.PORTAL_INVITATION);
        audit.record(AuditAction.INVITATION_SENT, AuditOutcome.SUCCESS, couple.getId(), "PARTNER", partnerId,
                result.sent() ? "mailed" : "not mailed");
        return result;
    }
}
