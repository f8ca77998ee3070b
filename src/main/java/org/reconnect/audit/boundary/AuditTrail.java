package org.reconnect.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.audit.control.AuditRecord;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditChainHead;
import org.reconnect.audit.entity.AuditEvent;
import org.reconnect.audit.entity.AuditOutcome;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes the audit trail. Every boundary that reads or changes a couple's data calls it, and so
 * do login and logout. The trail cannot be switched off.
 *
 * <p>An event joins the caller's transaction: a change and its audit row commit together or not
 * at all. Appending locks the chain head row until commit, so boundaries audit as their last
 * step, which keeps the lock short.
 */
@Stateless
@PermitAll
public class AuditTrail {

    private static final String SYSTEM = "system";

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    /**
     * Records an action of the current caller, in the caller's transaction.
     *
     * @param coupleId   the couple whose data was touched, or {@code null}
     * @param targetType the kind of record (e.g. {@code COUPLE}), or {@code null}
     * @param targetId   the record's id, or {@code null}
     * @param detail     a short, non-clinical description; never note or journal text
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(AuditAction action, AuditOutcome outcome, Long coupleId, String targetType,
                       Object targetId, String detail) {
        append(currentActor(), action, outcome, coupleId, targetType, targetId, detail);
    }

    /**
     * Records an event whose actor is not (yet) the authenticated caller: a failed login names
     * the login that was tried. Runs in its own transaction, so it is kept even when the work
     * around it fails.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFor(String actor, AuditAction action, AuditOutcome outcome, String detail) {
        append(actor == null || actor.isBlank() ? "(blank)" : actor, action, outcome, null, null, null, detail);
    }

    private void append(String actor, AuditAction action, AuditOutcome outcome, Long coupleId, String targetType,
                        Object targetId, String detail) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        long seq = head.getLastSeq() + 1;
        AuditRecord record = new AuditRecord(seq, Instant.now(clock), actor, action.name(), outcome.name(), coupleId,
                targetType, targetId == null ? null : targetId.toString(), clientAddress(), detail);
        String hash = AuditChain.hash(head.getLastHash(), record);
        em.persist(new AuditEvent(record, head.getLastHash(), hash));
        head.advance(seq, hash);
    }

    private String currentActor() {
        Principal principal = context.getCallerPrincipal();
        return principal == null || principal.getName() == null ? SYSTEM : principal.getName();
    }

    private String clientAddress() {
        try {
            return origin.getClientAddress();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
