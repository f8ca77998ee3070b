package org.reconnect.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.audit.entity.AuditRecord;
import org.reconnect.audit.entity.AuditChainHead;
import org.reconnect.audit.entity.AuditEvent;
import org.reconnect.audit.entity.AuditLink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Chains committed audit events: under the one lock on the chain head, takes the events waiting
 * in {@code audit_pending} in the order of their numbers, appends a link for each (hash over the
 * previous link and the whole event), moves the head and clears them from the waiting list, all
 * in one transaction. Only this bean locks the head, once per batch, so pages never queue on it;
 * a second server (or a verification walking the chain) simply makes it wait its turn.
 */
@Stateless
@PermitAll
public class AuditLinker {

    static final int BATCH = 500;
    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

    private static final Logger LOG = Logger.getLogger(AuditLinker.class.getName());

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * Events refused once (their content does not match the hash they were written with): never
     * linked, never asked for again by this server, so they cannot hold up the events behind them.
     * The check names them.
     */
    private static final Set<Long> REFUSED = ConcurrentHashMap.newKeySet();

    /**
     * Links up to {@value #BATCH} waiting events; answers how many, 0 when the head is taken (a
     * check walks the chain, another server links: the events wait for the next round), or -1
     * when the database could not be had (rolled back; they wait too).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int linkWaiting() {
        try {
            return link();
        } catch (LockTimeoutException | PessimisticLockException busy) {
            context.setRollbackOnly();
            return 0;
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            LOG.log(Level.FINE, "audit linking waits for the next round", e);
            return -1;
        }
    }

    private int link() {
        if (waiting(1).isEmpty()) {
            return 0;
        }
        // NOWAIT: whoever holds the head now, this round gives way
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE,
                Map.of(LOCK_TIMEOUT, 0));
        // read again under the lock: another linker may have taken them meanwhile
        List<Long> seqs = waiting(BATCH);
        if (seqs.isEmpty()) {
            return 0;
        }
        List<AuditEvent> events = em.createQuery(
                        "select distinct e from AuditEvent e left join fetch e.listedCoupleIds where e.seq in :seqs",
                        AuditEvent.class)
                .setParameter("seqs", seqs)
                .getResultList()
                .stream().sorted(Comparator.comparing(AuditEvent::getSeq)).toList();
        long linkNo = head.getLastSeq();
        String prev = head.getLastHash();
        List<Long> linked = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            AuditRecord record = event.toRecord();
            if (!AuditChain.contentHash(record).equals(event.getContentHash())) {
                // not as it was written (or never written by the trail): never chained; the check names it
                if (REFUSED.add(event.getSeq())) {
                    LOG.severe(() -> "Audit event " + event.getSeq() + " does not match its content hash; it is not linked");
                }
                continue;
            }
            linked.add(event.getSeq());
            linkNo++;
            String hash = AuditChain.hash(prev, record);
            em.persist(new AuditLink(linkNo, event.getSeq(), prev, hash));
            head.advance(linkNo, hash);
            prev = hash;
        }
        if (!linked.isEmpty()) {
            em.createQuery("delete from AuditPending p where p.eventSeq in :seqs").setParameter("seqs", linked).executeUpdate();
        }
        return linked.size();
    }

    private List<Long> waiting(int max) {
        return em.createQuery("""
                        select p.eventSeq from AuditPending p
                        where not exists (select l.linkNo from AuditLink l where l.eventSeq = p.eventSeq)
                        order by p.eventSeq""", Long.class)
                .setMaxResults(max + REFUSED.size())
                .getResultStream()
                .filter(seq -> !REFUSED.contains(seq))
                .limit(max)
                .toList();
    }
}
