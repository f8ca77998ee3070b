package org.reconnect.messaging.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.couple.boundary.CallingPartner;
import org.reconnect.couple.entity.Partner;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.control.Like;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages across a caseload and what is unread: the therapist's inbox over every couple they
 * treat, the search in their messages, and the unread counts the portal's menu and the caseload's
 * rows show. Reading and writing one thread is {@link Conversations}. Each query is scoped to the
 * caller's own couples (a therapist) or own threads (a partner); whatever shows text is audited.
 */
@Stateless
@RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME})
public class MessageInbox {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    CallingPartner callingPartner;

    @Inject
    AuditTrail audit;

    /** How many threads the inbox lists at most, and how many messages a search finds at most. */
    static final int INBOX_LIMIT = 200;
    public static final int HITS_LIMIT = 50;

    /**
     * The therapist's inbox: every thread of the couples they treat that holds a message, those with
     * something unread first, then the latest; optionally of one couple only. Two statements,
     * whatever the size of the caseload. Shows no text, so it is audited as a listing.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<InboxRow> inbox(Long coupleId) {
        Caller me = callers.required();
        List<Object[]> threads = em.createQuery("""
                        select t.id, c.id, c.caseNumber, p.id, p.preferredName, p.fullName, count(m), max(m.sentAt), max(m.id)
                        from Message m join m.thread t join t.couple c left join t.partner p
                        where c.therapist.account.id = :me and (:couple = 0L or c.id = :couple)
                        group by t.id, c.id, c.caseNumber, p.id, p.preferredName, p.fullName""", Object[].class)
                .setParameter("me", me.userId())
                .setParameter("couple", coupleId == null ? 0L : coupleId)
                .getResultList();
        if (threads.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> unread = UnreadCounts.byThread(em, threads.stream().map(row -> (Long) row[0]).toList(), me.userId());
        List<InboxRow> rows = threads.stream()
                .map(row -> new InboxRow((Long) row[0], (Long) row[1], (String) row[2], row[3] == null,
                        row[3] == null ? null : Partner.callName((String) row[4], (String) row[5]), (Long) row[6],
                        unread.getOrDefault((Long) row[0], 0L), (Instant) row[7]))
                .sorted(Comparator.comparing((InboxRow r) -> r.unread() == 0).thenComparing(InboxRow::lastAt, Comparator.reverseOrder()))
                .limit(INBOX_LIMIT)
                .toList();
        audit.recordListing(AuditAction.VIEW_MESSAGES, Conversations.THREAD, rows.stream().map(InboxRow::coupleId).distinct().toList(),
                "inbox, " + rows.size() + " conversations");
        return rows;
    }

    /**
     * The messages of the couples the therapist treats that hold these words (not withdrawn ones,
     * whose text the threads no longer show), newest first, at most {@link #HITS_LIMIT}; optionally of
     * one couple only. Words of fewer than two characters find nothing. What is found is shown, so it
     * is audited for every couple it came from.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<MessageHit> search(String words, Long coupleId) {
        Caller me = callers.required();
        String wanted = words == null ? "" : words.strip();
        if (wanted.codePointCount(0, wanted.length()) < 2 || wanted.length() > 200) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("search", Texts.get("message.search.length"))));
        }
        // escaped as Like does it, with '!' (Like.ESCAPE)
        List<Object[]> found = em.createQuery("""
                        select m.id, t.id, c.id, c.caseNumber, p.id, p.preferredName, p.fullName, m.authorName, m.body, m.sentAt
                        from Message m join m.thread t join t.couple c left join t.partner p
                        where c.therapist.account.id = :me and (:couple = 0L or c.id = :couple)
                          and m.withdrawnAt is null and lower(m.body) like :pattern escape '!'
                        order by m.id desc""", Object[].class)
                .setParameter("me", me.userId())
                .setParameter("couple", coupleId == null ? 0L : coupleId)
                .setParameter("pattern", Like.containing(wanted))
                .setMaxResults(HITS_LIMIT)
                .getResultList();
        List<MessageHit> hits = found.stream()
                .map(row -> new MessageHit((Long) row[0], (Long) row[1], (Long) row[2], (String) row[3], row[4] == null,
                        row[4] == null ? null : Partner.callName((String) row[5], (String) row[6]), (String) row[7],
                        (String) row[8], (Instant) row[9]))
                .toList();
        audit.recordListing(AuditAction.VIEW_MESSAGES, Conversations.THREAD, hits.stream().map(MessageHit::coupleId).distinct().toList(),
                "message search, " + hits.size() + " found");
        return hits;
    }

    /**
     * What the calling partner has not read in their two threads: the portal's menu shows it. One
     * statement after the partner is found; 0 for a partner without a case.
     */
    @RolesAllowed(Role.CLIENT_NAME)
    public long unreadMine() {
        Caller me = callers.required();
        Partner partner = callingPartner.find().orElse(null);
        if (partner == null) {
            return 0;
        }
        return em.createQuery("""
                        select count(m) from Message m join m.thread t
                        left join ThreadRead r on r.key.threadId = t.id and r.key.userId = :me
                        where t.couple.id = :couple and (t.partner is null or t.partner.id = :partner)
                          and m.authorId <> :me and m.id > coalesce(r.lastReadId, 0)""", Long.class)
                .setParameter("me", me.userId())
                .setParameter("couple", partner.getCouple().getId())
                .setParameter("partner", partner.getId())
                .getSingleResult();
    }

    /**
     * What the calling therapist has not read in each of these couples' threads, of those they
     * treat (others are left out), by couple: the caseload's rows show it. One statement.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Map<Long, Long> unreadByCouple(java.util.Collection<Long> coupleIds) {
        Caller me = callers.required();
        Map<Long, Long> unread = new HashMap<>();
        if (coupleIds.isEmpty()) {
            return unread;
        }
        em.createQuery("""
                        select t.couple.id, count(m) from Message m join m.thread t
                        left join ThreadRead r on r.key.threadId = t.id and r.key.userId = :me
                        where t.couple.id in :ids and t.couple.therapist.account.id = :me
                          and m.authorId <> :me and m.id > coalesce(r.lastReadId, 0)
                        group by t.couple.id""", Object[].class)
                .setParameter("me", me.userId())
                .setParameter("ids", coupleIds)
                .getResultStream()
                .forEach(row -> unread.put((Long) row[0], (Long) row[1]));
        return unread;
    }
}
