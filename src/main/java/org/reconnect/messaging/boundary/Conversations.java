package org.reconnect.messaging.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.boundary.CallingPartner;
import org.reconnect.couple.boundary.CaseGuard;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.messaging.control.MessageText;
import org.reconnect.messaging.control.ThreadAccess;
import org.reconnect.messaging.entity.Message;
import org.reconnect.messaging.entity.MessageThread;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A couple's threads: the joint one and each partner's own with the therapist. A partner reads
 * and writes the joint thread and their own, the treating therapist all three (the rules are
 * {@link ThreadAccess}); an admin sees that the threads exist and how many messages they hold.
 * A thread the caller may not read answers exactly like a missing one, and the attempt is
 * audited as denied. Every opening of a thread is audited; so is every message sent.
 */
@Stateless
@RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
public class Conversations {

    static final String THREAD = "MESSAGE_THREAD";
    /** How many of a thread's newest messages a page shows. */
    static final int SHOWN = 200;

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    CaseGuard guard;

    @Inject
    CallingPartner callingPartner;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Instance<MessageReviews> reviews;

    /**
     * The couple's three threads, for its treating therapist (with what they have not read and
     * when the last message came) or an admin (how many messages, nothing more). Anyone else: as
     * for a missing couple.
     */
    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public List<ThreadSummary> forCouple(long coupleId) {
        Caller me = callers.required();
        Couple couple = guard.forReading(coupleId, me, AuditAction.VIEW_MESSAGES, CaseAccess.Level.CLINICAL,
                CaseAccess.Level.METADATA);
        boolean treating = CaseAccess.levelFor(me, couple.accessFacts()) == CaseAccess.Level.CLINICAL;
        return summaries(threadsOf(couple), treating ? me.userId() : null);
    }

    /** The calling partner's two threads: the joint one and their own. */
    @RolesAllowed(Role.CLIENT_NAME)
    public List<ThreadSummary> mine() {
        Caller me = callers.required();
        Partner partner = callingPartner.find().orElseThrow(() -> new Refusal("message.threadNotFound"));
        Couple couple = partner.getCouple();
        List<MessageThread> threads = threadsOf(couple).stream()
                .filter(t -> t.isJoint() || t.getPartner().getId().equals(partner.getId()))
                .toList();
        return summaries(threads, me.userId());
    }

    /**
     * A thread with its newest messages; marks them read by the caller. Audited as
     * {@code VIEW_MESSAGES}.
     */
    public ThreadDetails open(long threadId) {
        return show(threadId, true);
    }

    /**
     * As {@link #open(long)}, but the caller's place in the thread does not move: for the page's own
     * poll, which shows what came while nobody may be looking (no "Seen by", and the e-mail notice
     * still goes out). Audited as a view all the same.
     */
    public ThreadDetails look(long threadId) {
        return show(threadId, false);
    }

    private ThreadDetails show(long threadId, boolean markRead) {
        Caller me = callers.required();
        MessageThread thread = visible(threadId, me);
        Couple couple = thread.getCouple();
        Long partnerId = partnerIdOf(me, couple);
        ThreadAccess.Permission permission = permission(thread, me, partnerId);
        List<Message> newest = em.createQuery("""
                        select m from Message m where m.thread = :thread order by m.id desc""", Message.class)
                .setParameter("thread", thread)
                .setMaxResults(SHOWN)
                .getResultList();
        long total = newest.size() < SHOWN ? newest.size() : em.createQuery(
                        "select count(m) from Message m where m.thread = :thread", Long.class)
                .setParameter("thread", thread)
                .getSingleResult();
        Map<Long, Long> readTo = readPositions(thread.getId());
        // which session notes reviewed these messages: the therapist's to know, not the partners'
        Map<Long, MessageReviews.Review> reviewed = partnerId != null || !reviews.isResolvable() ? Map.of()
                : reviews.get().of(newest.stream().map(Message::getId).toList());
        Map<Long, String> names = participants(couple, thread);
        List<MessageRow> rows = new ArrayList<>(newest.size());
        for (int i = newest.size() - 1; i >= 0; i--) {
            Message m = newest.get(i);
            List<String> seenBy = new ArrayList<>();
            names.forEach((userId, name) -> {
                if (userId != m.getAuthorId() && readTo.getOrDefault(userId, 0L) >= m.getId()) {
                    seenBy.add(name);
                }
            });
            rows.add(new MessageRow(m.getId(), m.getVersion(), m.getAuthorName(), m.getAuthorRole(), m.getAuthorId() == me.userId(),
                    m.isWithdrawn() ? null : m.getBody(), m.getSentAt(), m.isWithdrawn(), seenBy, reviewed.get(m.getId())));
        }
        if (markRead && !newest.isEmpty()) {
            markRead(thread.getId(), me.userId(), newest.get(0).getId());
        }
        audit.record(AuditAction.VIEW_MESSAGES, AuditOutcome.SUCCESS, couple.getId(), THREAD, thread.getId(),
                thread.isJoint() ? "joint" : "individual");
        return new ThreadDetails(thread.getId(), couple.getId(), couple.getCaseNumber(), thread.isJoint(),
                thread.isJoint() ? null : thread.getPartner().getCallName(), rows, total - newest.size(), permission.readOnly(),
                permission.write(), thread.isJoint() || partnerId == null ? null : couple.getSecretsPolicy());
    }

    /**
     * What the page's poll compares: a fingerprint of the caller's threads of this thread's couple
     * (their newest message, how many there are and are withdrawn, how far the others have read
     * this one) and whether it can be written in. It shows nothing, so it audits nothing but a
     * refusal; a thread the caller may not read answers like a missing one.
     */
    public Pulse pulse(long threadId) {
        Caller me = callers.required();
        MessageThread thread = visible(threadId, me);
        Couple couple = thread.getCouple();
        Long partnerId = partnerIdOf(me, couple);
        Object[] messages = partnerId == null
                ? em.createQuery("""
                                select max(m.id), count(m), count(m.withdrawnAt) from Message m
                                where m.thread.couple = :couple""", Object[].class)
                        .setParameter("couple", couple)
                        .getSingleResult()
                : em.createQuery("""
                                select max(m.id), count(m), count(m.withdrawnAt) from Message m
                                where m.thread.couple = :couple and (m.thread.partner is null or m.thread.partner.id = :partner)""",
                                Object[].class)
                        .setParameter("couple", couple)
                        .setParameter("partner", partnerId)
                        .getSingleResult();
        Long othersRead = em.createQuery("""
                        select coalesce(sum(r.lastReadId), 0) from ThreadRead r
                        where r.key.threadId = :thread and r.key.userId <> :me""", Long.class)
                .setParameter("thread", thread.getId())
                .setParameter("me", me.userId())
                .getSingleResult();
        return new Pulse(messages[0] + "/" + messages[1] + "/" + messages[2] + "/" + othersRead,
                permission(thread, me, partnerId).readOnly());
    }

    /** The state a page's poll compares with what it shows; see {@link #pulse(long)}. */
    public record Pulse(String messages, ThreadAccess.ReadOnly readOnly) implements java.io.Serializable {
    }

    /**
     * Sends a message. Sending again with the same {@code clientKey} (a double tap, a retry after
     * a network error) finds the message already sent and sends nothing. Bad text is refused with
     * its message on {@code body}; a thread that is read-only refuses with why.
     *
     * @return the message's id
     */
    public long send(long threadId, String body, String clientKey) {
        Caller me = callers.required();
        if (clientKey == null || !clientKey.matches("[A-Za-z0-9_-]{8,64}")) {
            throw new Refusal("message.retry");
        }
        MessageThread thread = visible(threadId, me);
        // sends to one thread one after the other (a double tap finds the first); the couple as it is now,
        // so that a discharge or a screening committed meanwhile is seen
        em.lock(thread, LockModeType.PESSIMISTIC_WRITE);
        Couple couple = thread.getCouple();
        em.refresh(couple, LockModeType.PESSIMISTIC_READ);
        couple.getPartners().forEach(em::refresh);
        Long partnerId = partnerIdOf(me, couple);
        List<Message> earlier = em.createQuery("select m from Message m where m.authorId = :me and m.clientKey = :key", Message.class)
                .setParameter("me", me.userId())
                .setParameter("key", clientKey)
                .getResultList();
        if (!earlier.isEmpty()) {
            if (!earlier.get(0).getThread().getId().equals(thread.getId())) {
                throw new Refusal("message.retry");
            }
            return earlier.get(0).getId();
        }
        ThreadAccess.Permission permission = permission(thread, me, partnerId);
        if (!permission.write()) {
            throw new Refusal("message.readOnly." + permission.readOnly());
        }
        MessageText.Checked text = MessageText.check(body);
        if (!text.ok()) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("body", Texts.get(text.problem(), MessageText.MAX_LENGTH))));
        }
        Message message = new Message(thread, me.userId(), partnerId == null ? me.displayName() : callName(couple, partnerId),
                partnerId == null ? Message.AuthorRole.THERAPIST : Message.AuthorRole.PARTNER, text.text(), clientKey,
                Instant.now(clock));
        em.persist(message);
        em.flush();
        markRead(thread.getId(), me.userId(), message.getId());
        audit.record(AuditAction.MESSAGE_SENT, AuditOutcome.SUCCESS, couple.getId(), THREAD, thread.getId(),
                (thread.isJoint() ? "joint" : "individual") + "; message " + message.getId());
        return message.getId();
    }

    /** Its author withdraws a message: the thread shows that it was; the text stays on record. */
    public void withdraw(long messageId, long version) {
        Caller me = callers.required();
        Message message = em.find(Message.class, messageId);
        if (message == null || message.getAuthorId() != me.userId()) {
            audit.recordDenial(AuditAction.MESSAGE_WITHDRAWN, "MESSAGE", messageId, "not the author's or missing");
            throw new Refusal("message.notFound");
        }
        MessageThread thread = visible(message.getThread().getId(), me);
        if (!permission(thread, me, partnerIdOf(me, thread.getCouple())).read() || thread.getCouple().isReadOnly()) {
            throw new Refusal("message.readOnly.DISCHARGED");
        }
        if (message.getVersion() != version) {
            throw new Refusal("edit.conflict");
        }
        message.withdraw(Instant.now(clock));
        audit.record(AuditAction.MESSAGE_WITHDRAWN, AuditOutcome.SUCCESS, thread.getCouple().getId(), THREAD, thread.getId(),
                "message " + messageId);
    }

    /** The thread, if the caller may read it; else the refusal a missing thread gets, audited as denied. */
    private MessageThread visible(long threadId, Caller me) {
        MessageThread thread = em.find(MessageThread.class, threadId);
        if (thread == null || !permission(thread, me, partnerIdOf(me, thread.getCouple())).read()) {
            audit.recordDenial(AuditAction.VIEW_MESSAGES, THREAD, threadId, "not visible or missing");
            throw new Refusal("message.threadNotFound");
        }
        return thread;
    }

    private static ThreadAccess.Permission permission(MessageThread thread, Caller me, Long callerPartnerId) {
        Couple couple = thread.getCouple();
        boolean treating = CaseAccess.levelFor(me, couple.accessFacts()) == CaseAccess.Level.CLINICAL;
        return ThreadAccess.of(new ThreadAccess.Facts(thread.isJoint() ? null : thread.getPartner().getId(), callerPartnerId,
                treating, couple.jointWork().isAllowed(), couple.isReadOnly()));
    }

    /** The caller's partner id in this couple; {@code null} for anyone who is not one of its partners. */
    private static Long partnerIdOf(Caller me, Couple couple) {
        if (!me.is(Role.CLIENT)) {
            return null;
        }
        return couple.getPartners().stream().filter(p -> p.getAccount().getId() == me.userId()).map(Partner::getId)
                .findFirst().orElse(null);
    }

    private static String callName(Couple couple, long partnerId) {
        return couple.getPartners().stream().filter(p -> p.getId() == partnerId).map(Partner::getCallName).findFirst().orElse("");
    }

    /** The couple's three threads, made the first time they are needed. */
    private List<MessageThread> threadsOf(Couple couple) {
        List<MessageThread> threads = loadThreads(couple);
        if (threads.size() < couple.getPartners().size() + 1) {
            Instant now = Instant.now(clock);
            em.createNativeQuery("INSERT IGNORE INTO message_thread (couple_id, partner_id, thread_key, created_at) VALUES (?1, NULL, ?2, ?3)")
                    .setParameter(1, couple.getId()).setParameter(2, MessageThread.JOINT).setParameter(3, now)
                    .executeUpdate();
            for (Partner p : couple.getPartners()) {
                em.createNativeQuery("INSERT IGNORE INTO message_thread (couple_id, partner_id, thread_key, created_at) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, couple.getId()).setParameter(2, p.getId()).setParameter(3, MessageThread.keyOf(p.getId()))
                        .setParameter(4, now)
                        .executeUpdate();
            }
            threads = loadThreads(couple);
        }
        return threads;
    }

    private List<MessageThread> loadThreads(Couple couple) {
        return em.createQuery("select t from MessageThread t left join fetch t.partner where t.couple = :couple", MessageThread.class)
                .setParameter("couple", couple)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing((MessageThread t) -> !t.isJoint())
                        .thenComparing(t -> t.isJoint() ? 0 : t.getPartner().getPosition()))
                .toList();
    }

    /** Counts, the last message's time and what {@code reader} has not read (for an admin, no reader: the counts only). */
    private List<ThreadSummary> summaries(List<MessageThread> threads, Long reader) {
        List<Long> ids = threads.stream().map(MessageThread::getId).toList();
        Map<Long, Object[]> counts = new HashMap<>();
        em.createQuery("select m.thread.id, count(m), max(m.sentAt) from Message m where m.thread.id in :ids group by m.thread.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> counts.put((Long) row[0], row));
        Map<Long, Long> unread = reader == null ? Map.of() : UnreadCounts.byThread(em, ids, reader);
        List<ThreadSummary> out = new ArrayList<>(threads.size());
        for (MessageThread t : threads) {
            Object[] row = counts.get(t.getId());
            // an admin gets the counts only, not when anyone last wrote
            out.add(new ThreadSummary(t.getId(), t.isJoint(), t.isJoint() ? null : t.getPartner().getCallName(),
                    row == null ? 0 : (Long) row[1], unread.getOrDefault(t.getId(), 0L),
                    row == null || reader == null ? null : (Instant) row[2]));
        }
        return out;
    }

    private Map<Long, Long> readPositions(long threadId) {
        Map<Long, Long> positions = new HashMap<>();
        em.createQuery("select r.key.userId, r.lastReadId from ThreadRead r where r.key.threadId = :thread", Object[].class)
                .setParameter("thread", threadId)
                .getResultStream()
                .forEach(r -> positions.put((Long) r[0], (Long) r[1]));
        return positions;
    }

    /** Who takes part in the thread (user id to name): the partner(s) it is for, and the treating therapist. */
    private static Map<Long, String> participants(Couple couple, MessageThread thread) {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        for (Partner p : couple.getPartners()) {
            if (thread.isJoint() || Objects.equals(p.getId(), thread.getPartner().getId())) {
                names.put(p.getAccount().getId(), p.getCallName());
            }
        }
        if (couple.getTherapist() != null) {
            names.put(couple.getTherapist().getAccount().getId(), couple.getTherapist().getAccount().getDisplayName());
        }
        return names;
    }

    /** Moves the reader's place on to {@code messageId}, never back (two tabs may read at once). */
    private void markRead(long threadId, long userId, long messageId) {
        em.createNativeQuery("""
                        INSERT INTO message_read (thread_id, user_id, last_read_id, read_at) VALUES (?1, ?2, ?3, ?4)
                        ON DUPLICATE KEY UPDATE read_at = IF(VALUES(last_read_id) > last_read_id, VALUES(read_at), read_at),
                                                last_read_id = GREATEST(last_read_id, VALUES(last_read_id))""")
                .setParameter(1, threadId).setParameter(2, userId).setParameter(3, messageId).setParameter(4, Instant.now(clock))
                .executeUpdate();
    }
}
