package org.reconnect.messaging.boundary;

import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a reader has not read in each of some threads: the messages of others after their place (one statement). */
final class UnreadCounts {

    private UnreadCounts() {
    }

    static Map<Long, Long> byThread(EntityManager em, List<Long> threadIds, long reader) {
        Map<Long, Long> unread = new HashMap<>();
        if (threadIds.isEmpty()) {
            return unread;
        }
        em.createQuery("""
                        select m.thread.id, count(m) from Message m
                        left join ThreadRead r on r.key.threadId = m.thread.id and r.key.userId = :reader
                        where m.thread.id in :ids and m.authorId <> :reader and m.id > coalesce(r.lastReadId, 0)
                        group by m.thread.id""", Object[].class)
                .setParameter("reader", reader)
                .setParameter("ids", threadIds)
                .getResultStream()
                .forEach(row -> unread.put((Long) row[0], (Long) row[1]));
        return unread;
    }
}
