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
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.audit.control.AuditRecord;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditChainHead;
import org.reconnect.audit.entity.AuditEvent;
import org.reconnect.audit.entity.AuditOutcome;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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
    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";
    private static final int HEAD_LOCK_TIMEOUT_MS = 10_000;
    private static final String APPENDED = AuditTrail.class.getName() + ".appended";

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    @Resource
    TransactionSynchronizationRegistry transactions;

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
        append(currentActor(), action, outcome, coupleId, List.of(), targetType, targetId, detail);
    }

    /**
     * Records that the current caller was shown a list of couples (a caseload, a search), with
     * every couple listed, so that "who saw this couple" finds list views too. One event, one
     * batch of rows, whatever the length of the list.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordListing(AuditAction action, String targetType, Collection<Long> coupleIds, String detail) {
        append(currentActor(), action, AuditOutcome.SUCCESS, null, List.copyOf(coupleIds), targetType, null, detail);
    }

    /**
     * Records an event whose actor is not (yet) the authenticated caller: a failed login names
     * the login that was tried. Meant for callers outside any transaction (the login error
     * page); it then commits on its own.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordFor(String actor, AuditAction action, AuditOutcome outcome, String detail) {
        append(actor == null || actor.isBlank() ? "(blank)" : actor, action, outcome, null, List.of(), null, null,
                detail);
    }

    /**
     * Records a refused attempt of the current caller in a transaction of its own, so that it
     * stays when the refusal rolls the caller's transaction back. Call it only before the
     * caller's transaction has audited anything (see {@link #appendedInThisTransaction()}):
     * otherwise it would wait for the chain head that the suspended transaction holds.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordDenial(AuditAction action, String targetType, Object targetId, String detail) {
        append(currentActor(), action, AuditOutcome.DENIED, null, List.of(), targetType, targetId, detail);
    }

    /** Whether the caller's transaction already holds the chain head. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean appendedInThisTransaction() {
        return transactions.getTransactionKey() != null && transactions.getResource(APPENDED) != null;
    }

    private void append(String actor, AuditAction action, AuditOutcome outcome, Long coupleId, List<Long> listed,
                        String targetType, Object targetId, String detail) {
        // a stuck transaction must not stall every audited page: wait for the head at most 10 s
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE,
                Map.of(LOCK_TIMEOUT, HEAD_LOCK_TIMEOUT_MS));
        long seq = head.getLastSeq() + 1;
        AuditRecord record = new AuditRecord(seq, Instant.now(clock), actor, action.name(), outcome.name(), coupleId,
                listed, targetType, targetId == null ? null : targetId.toString(), clientAddress(), detail);
        String hash = AuditChain.hash(head.getLastHash(), record);
        em.persist(new AuditEvent(record, head.getLastHash(), hash));
        head.advance(seq, hash);
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(APPENDED, Boolean.TRUE);
        }
    }

    private String currentActor() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }

    private String clientAddress() {
        try {
            return origin.getClientAddress();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
