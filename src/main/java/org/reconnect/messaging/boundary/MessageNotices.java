package org.reconnect.messaging.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Partner;
import org.reconnect.messaging.control.NoticeRules;
import org.reconnect.messaging.entity.Message;
import org.reconnect.reminders.boundary.ReminderMail;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.boundary.Texts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The e-mail that tells a partner a message is waiting for them, part of the reminder round (its
 * {@link ReminderMail}, every 15 minutes). It says only who wrote ("your therapist", "your
 * partner") and links to the conversation: never the text, never a name. At most one e-mail an
 * hour for each thread and partner, only of messages they have not read yet, never in their quiet
 * hours ({@link NoticeRules}), never to a partner who turned reminders off or whose case is not
 * active. Therapists are not e-mailed: their caseload and inbox show what is unread.
 * <p>
 * Two statements find every waiting (thread, partner) pair and load those partners, whatever the
 * number of messages; each e-mail then claims its row in {@code message_notice} first, so two
 * servers running the round at once send it once.
 */
@Dependent
public class MessageNotices implements ReminderMail {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    OutgoingMail mail;

    @Inject
    AuditTrail audit;

    @Override
    public int send(Instant now) {
        // per thread and partner who may read it: the newest unread message not yet told of, and by whom the unread ones are
        List<Object[]> waiting = em.createQuery("""
                        select t.id, t.couple.id, p.id, max(m.id),
                               sum(case when m.authorRole = :therapist then 1 else 0 end),
                               sum(case when m.authorRole = :partner then 1 else 0 end)
                        from Message m join m.thread t join Partner p on p.couple = t.couple
                        where (t.partner is null or t.partner = p)
                          and t.couple.status = :active and p.remindersOptOut = false and p.account.enabled = true
                          and m.authorId <> p.account.id and m.withdrawnAt is null and m.sentAt <= :now
                          and m.id > coalesce((select r.lastReadId from ThreadRead r
                                               where r.key.threadId = t.id and r.key.userId = p.account.id), 0)
                          and m.id > coalesce((select n.lastMessageId from MessageNotice n
                                               where n.key.threadId = t.id and n.key.userId = p.account.id), 0)
                        group by t.id, t.couple.id, p.id""", Object[].class)
                .setParameter("therapist", Message.AuthorRole.THERAPIST)
                .setParameter("partner", Message.AuthorRole.PARTNER)
                .setParameter("active", CaseStatus.ACTIVE)
                .setParameter("now", now)
                .getResultList();
        if (waiting.isEmpty()) {
            return 0;
        }
        Map<Long, Partner> partners = em.createQuery("select p from Partner p join fetch p.account where p.id in :ids", Partner.class)
                .setParameter("ids", waiting.stream().map(row -> (Long) row[2]).distinct().toList())
                .getResultStream()
                .collect(Collectors.toMap(Partner::getId, Function.identity()));
        // in (thread, reader) order, the key of message_notice: two servers running a round at once
        // take the rows in the same order and wait for each other instead of deadlocking
        List<Object[]> ordered = waiting.stream()
                .filter(row -> partners.containsKey((Long) row[2]))
                .sorted(Comparator.<Object[]>comparingLong(row -> (Long) row[0])
                        .thenComparingLong(row -> partners.get((Long) row[2]).getAccount().getId()))
                .toList();
        int sent = 0;
        for (Object[] row : ordered) {
            long threadId = (Long) row[0];
            Partner p = partners.get((Long) row[2]);
            if (p == null || !NoticeRules.mayNotifyAt(now.atZone(p.zone()).toLocalTime())
                    || !claim(threadId, p.getAccount().getId(), (Long) row[3], now)) {
                continue;
            }
            NoticeRules.From from = NoticeRules.from(((Number) row[4]).longValue(), ((Number) row[5]).longValue());
            String link = Settings.requiredPublicAddress() + "/portal/messages.xhtml?thread=" + threadId;
            mail.sendAfterCommit(p.getAccount().getEmail(), Texts.get("messageNotice.subject"),
                    Texts.get("messageNotice.body", Texts.get("messageNotice.from." + from), link));
            audit.record(AuditAction.REMINDER_SENT, AuditOutcome.SUCCESS, (Long) row[1], Conversations.THREAD, threadId,
                    "message notice to partner " + p.getId());
            sent++;
        }
        return sent;
    }

    /**
     * Takes the (thread, reader) row for an e-mail now: moves it on if the last e-mail about the
     * thread is an hour old, or makes it if there was none; {@code false} when one went out within
     * the hour (here or on another server).
     */
    private boolean claim(long threadId, long userId, long newest, Instant now) {
        int moved = em.createNativeQuery("""
                        UPDATE message_notice SET last_message_id = ?1, sent_at = ?2
                        WHERE thread_id = ?3 AND user_id = ?4 AND sent_at <= ?5""")
                .setParameter(1, newest).setParameter(2, Timestamp.from(now)).setParameter(3, threadId).setParameter(4, userId)
                .setParameter(5, Timestamp.from(now.minus(NoticeRules.BATCH)))
                .executeUpdate();
        if (moved == 1) {
            return true;
        }
        return em.createNativeQuery("""
                        INSERT IGNORE INTO message_notice (thread_id, user_id, last_message_id, sent_at) VALUES (?1, ?2, ?3, ?4)""")
                .setParameter(1, threadId).setParameter(2, userId).setParameter(3, newest).setParameter(4, Timestamp.from(now))
                .executeUpdate() == 1;
    }
}
