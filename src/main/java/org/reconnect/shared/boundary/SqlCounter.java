package org.reconnect.shared.boundary;

import org.hibernate.SessionEventListener;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts, per thread, the SQL statements Hibernate sends for the sessions of a request (as the
 * session factory's statement inspector; a batch of inserts is one) and the transactions those
 * sessions complete (as a session event listener, {@code hibernate.session.events.auto}), so that
 * what one request cost the database can be read off at its end (see the web layer's
 * {@code PageTransaction}). It also keeps the text of the first {@value #KEPT} statements (with
 * their {@code ?} placeholders), so a test can explain each one. Not counted: the block of 50
 * audit event numbers taken now and then in a transaction of its own (two statements per 50 events).
 */
public class SqlCounter implements SessionEventListener, StatementInspector {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 100;
    private static final ThreadLocal<long[]> COUNTS = ThreadLocal.withInitial(() -> new long[2]);
    private static final ThreadLocal<List<String>> TEXTS = ThreadLocal.withInitial(ArrayList::new);

    /** What a request cost so far: statements prepared and transactions completed. */
    public record Cost(long statements, long transactions) {
    }

    public static void reset() {
        long[] counts = COUNTS.get();
        counts[0] = 0;
        counts[1] = 0;
        TEXTS.get().clear();
    }

    /** The statements of this request so far, as Hibernate sent them (the first {@value #KEPT}). */
    public static List<String> texts() {
        return List.copyOf(TEXTS.get());
    }

    @Override
    public String inspect(String sql) {
        COUNTS.get()[0]++;
        List<String> texts = TEXTS.get();
        if (texts.size() < KEPT) {
            texts.add(sql);
        }
        return sql;
    }

    public static Cost current() {
        long[] counts = COUNTS.get();
        return new Cost(counts[0], counts[1]);
    }

    @Override
    public void transactionCompletion(boolean successful) {
        COUNTS.get()[1]++;
    }
}
