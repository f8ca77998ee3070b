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
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.audit.entity.AuditRecord;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditEvent;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.shared.boundary.PageViews;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Writes the audit trail. Every boundary that reads or changes a couple's data calls it, and so
 * do login and logout. The trail cannot be switched off.
 *
 * <p>An event joins the caller's transaction: a change or a view and its audit row commit
 * together or not at all. Appending is a plain insert that takes no shared lock, so audited pages
 * of different users never wait for each other; {@link AuditLinker} chains the committed events
 * shortly after (see {@code AuditChain}).
 */
@Stateless
@PermitAll
public class AuditTrail {

    private static final String SYSTEM = "system";
    private static final String VIEW = "VIEW_";
    private static final String SHOWN = AuditTrail.class.getName() + ".shown";
    /** Longer than any page's transaction may last (the transaction timeout is five minutes). */
    private static final java.time.Duration KEPT_FOR = java.time.Duration.ofMinutes(10);

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
     * Records that a list of couples was shown to someone who is not signed in but named by a
     * secret they hold (a therapist's calendar feed, read by their phone's calendar), with every
     * couple listed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordListingFor(String actor, AuditAction action, String targetType, Collection<Long> coupleIds,
                                 String detail) {
        append(actor, action, AuditOutcome.SUCCESS, null, List.copyOf(coupleIds), targetType, null, detail);
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
     * stays when the refusal rolls the caller's transaction back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordDenial(AuditAction action, String targetType, Object targetId, String detail) {
        append(currentActor(), action, AuditOutcome.DENIED, null, List.of(), targetType, targetId, detail);
    }

    /**
     * Writes again, in a transaction of their own, views a page showed whose transaction then
     * rolled back (a refusal later on the same page): what was shown stays on record. Only the
     * caller's own successful views of the last minutes are taken, so this can record nothing
     * else, for nobody else.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void keepShown(List<AuditRecord> shown) {
        String actor = currentActor();
        Instant since = Instant.now(clock).minus(KEPT_FOR);
        shown.stream()
                .filter(r -> r.actor().equals(actor) && r.action().startsWith(VIEW)
                        && AuditOutcome.SUCCESS.name().equals(r.outcome()) && r.occurredAt().isAfter(since))
                .forEach(this::write);
    }

    private void append(String actor, AuditAction action, AuditOutcome outcome, Long coupleId, List<Long> listed,
                        String targetType, Object targetId, String detail) {
        AuditRecord record = new AuditRecord(0, Instant.now(clock), actor, action.name(), outcome.name(), coupleId,
                listed, targetType, targetId == null ? null : targetId.toString(), clientAddress(), detail);
        write(record);
        if (outcome == AuditOutcome.SUCCESS && action.name().startsWith(VIEW) && PageViews.isPageView(transactions)) {
            shownOnThisPage(record);
        }
    }

    private void write(AuditRecord record) {
        // a trigger puts it on the linker's list (audit_pending); the inserts of a page go as one batch at commit
        em.persist(new AuditEvent(record, AuditChain.contentHash(record)));
    }

    /** Remembers a view of this page, to be written again should the page's transaction roll back. */
    private void shownOnThisPage(AuditRecord record) {
        @SuppressWarnings("unchecked")
        List<AuditRecord> shown = (List<AuditRecord>) transactions.getResource(SHOWN);
        if (shown == null) {
            // a transaction timed out is rolled back on another thread while this one may still add
            List<AuditRecord> views = new java.util.concurrent.CopyOnWriteArrayList<>();
            transactions.putResource(SHOWN, views);
            AuditTrail self = context.getBusinessObject(AuditTrail.class);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        self.keepShown(views);
                    }
                }
            });
            shown = views;
        }
        shown.add(record);
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
