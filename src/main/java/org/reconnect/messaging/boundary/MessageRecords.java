package org.reconnect.messaging.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.couple.entity.Partner;
import org.reconnect.shared.boundary.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A couple's messages for the notes capability: the ones a session note may name as reviewed,
 * and every message of a period for the couple's record export. Not a boundary of its own: the
 * caller (the notes' boundary) has already checked that the caller treats the couple, and audits.
 */
@Dependent
public class MessageRecords {

    /** How many messages a note editor offers at most. */
    static final int CHOICES = 100;
    private static final int EXCERPT = 90;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    /** A message a note may name as reviewed: when, in which thread, who, and how it begins. */
    public record Choice(long id, String label) implements Serializable {
    }

    /** One thread of the record: its name and its messages, oldest first (withdrawn ones with their text, and when). */
    public record ThreadRecord(String name, List<RecordMessage> messages) implements Serializable {
    }

    public record RecordMessage(String authorName, Instant sentAt, String body, Instant withdrawnAt) implements Serializable {
    }

    /**
     * The messages a note may name: those already chosen, always, and the couple's messages sent in
     * {@code [from, to)} that are not withdrawn, newest first (at most {@value #CHOICES} of these).
     * For a session with one partner ({@code partnerId}), only the joint thread and that partner's
     * own: the other partner's own thread is never offered to, or copied into, their note. Two
     * statements.
     */
    public List<Choice> choices(long coupleId, Long partnerId, Instant from, Instant to, Collection<Long> chosen, ZoneId zone) {
        String select = """
                select m.id, m.sentAt, m.authorName, m.body, p.preferredName, p.fullName, t.partner.id
                from Message m join m.thread t left join t.partner p
                where t.couple.id = :couple and (:partner = 0L or t.partner is null or t.partner.id = :partner) and""";
        List<Object[]> rows = new ArrayList<>(chosen.isEmpty() ? List.of() : em.createQuery(select + " m.id in :chosen", Object[].class)
                .setParameter("couple", coupleId)
                .setParameter("partner", partnerId == null ? 0L : partnerId)
                .setParameter("chosen", chosen)
                .getResultList());
        rows.addAll(em.createQuery(select + " m.sentAt >= :from and m.sentAt < :to and m.withdrawnAt is null order by m.id desc",
                        Object[].class)
                .setParameter("couple", coupleId)
                .setParameter("partner", partnerId == null ? 0L : partnerId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(CHOICES)
                .getResultList());
        Map<Long, Choice> byId = new LinkedHashMap<>();
        rows.stream().sorted(java.util.Comparator.comparing((Object[] r) -> (Long) r[0]).reversed())
                .forEach(r -> byId.putIfAbsent((Long) r[0], new Choice((Long) r[0], DAY.format(((Instant) r[1]).atZone(zone)) + " · "
                        + threadName(r[6] == null, r[6] == null ? null : Partner.callName((String) r[4], (String) r[5])) + " · "
                        + r[2] + ": " + excerpt((String) r[3]))));
        return List.copyOf(byId.values());
    }

    /** How many of these messages a note may name: the couple's, and for a session with one partner not the other's own. */
    public long countOfCouple(long coupleId, Long partnerId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("""
                        select count(m) from Message m where m.id in :ids and m.thread.couple.id = :couple
                          and (:partner = 0L or m.thread.partner is null or m.thread.partner.id = :partner)""", Long.class)
                .setParameter("ids", ids)
                .setParameter("couple", coupleId)
                .setParameter("partner", partnerId == null ? 0L : partnerId)
                .getSingleResult();
    }

    /** The couple's threads with their messages sent in {@code [from, to)}, the joint one first; threads without any left out. */
    public List<ThreadRecord> forRecord(long coupleId, Instant from, Instant to) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<RecordMessage>> messages = new LinkedHashMap<>();
        em.createQuery("""
                        select t.id, p.preferredName, p.fullName, t.partner.id, m.authorName, m.sentAt, m.body, m.withdrawnAt
                        from Message m join m.thread t left join t.partner p
                        where t.couple.id = :couple and m.sentAt >= :from and m.sentAt < :to
                        order by case when t.partner is null then 0 else 1 end, p.position, m.id""", Object[].class)
                .setParameter("couple", coupleId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(r -> {
                    long thread = (Long) r[0];
                    names.computeIfAbsent(thread, k -> threadName(r[3] == null,
                            r[3] == null ? null : Partner.callName((String) r[1], (String) r[2])));
                    messages.computeIfAbsent(thread, k -> new ArrayList<>())
                            .add(new RecordMessage((String) r[4], (Instant) r[5], (String) r[6], (Instant) r[7]));
                });
        return names.entrySet().stream().map(e -> new ThreadRecord(e.getValue(), messages.get(e.getKey()))).toList();
    }

    private static String threadName(boolean joint, String partnerName) {
        return joint ? Texts.get("message.thread.joint") : Texts.get("message.thread.own", partnerName);
    }

    private static String excerpt(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= EXCERPT ? line : line.substring(0, line.offsetByCodePoints(0, Math.min(EXCERPT,
                line.codePointCount(0, line.length())))) + "…";
    }
}
