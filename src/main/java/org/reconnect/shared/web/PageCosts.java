package org.reconnect.shared.web;

import org.reconnect.shared.boundary.SqlCounter;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the pages cost the database: per page (its servlet path, without the query), the SQL
 * statements and transactions of the last request and the totals since start. Read by the tests
 * that hold the cost of each page fixed, and by the benchmark's census.
 */
public final class PageCosts {

    private static final Map<String, SqlCounter.Cost> LAST = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> LAST_TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, Totals> TOTALS = new ConcurrentHashMap<>();
    /** Any path can be asked for: only this many different ones are kept. */
    private static final int MOST_PAGES = 200;
    private static final LongAdder SENT_BEFORE_COMMIT = new LongAdder();
    private static final java.util.Set<String> SENT_EARLY = ConcurrentHashMap.newKeySet();
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PageCosts.class.getName());

    private PageCosts() {
    }

    /** Per page: requests, statements and transactions, summed. */
    public record Summary(long requests, long statements, long transactions) {
    }

    private static final class Totals {
        final LongAdder requests = new LongAdder();
        final LongAdder statements = new LongAdder();
        final LongAdder transactions = new LongAdder();
    }

    static void record(String page, SqlCounter.Cost cost, List<String> texts) {
        if (!LAST.containsKey(page) && LAST.size() >= MOST_PAGES) {
            return;
        }
        LAST.put(page, cost);
        LAST_TEXTS.put(page, texts);
        Totals totals = TOTALS.computeIfAbsent(page, p -> new Totals());
        totals.requests.increment();
        totals.statements.add(cost.statements());
        totals.transactions.add(cost.transactions());
    }

    static void sentBeforeCommit(String page, boolean sent) {
        if (sent) {
            SENT_BEFORE_COMMIT.increment();
            if (SENT_EARLY.add(page) && SENT_EARLY.size() <= MOST_PAGES) {
                LOG.warning(() -> page + " began to go out before its transaction ended");
            }
        }
    }

    /** How many pages had left (in part) before their transaction ended: none should have. */
    public static long sentBeforeCommit() {
        return SENT_BEFORE_COMMIT.sum();
    }

    /** The cost of the last request for this page ({@code /therapist/index.xhtml}), or null. */
    public static SqlCounter.Cost last(String page) {
        return LAST.get(page);
    }

    /** The statements of the last request for this page, in order, or an empty list. */
    public static List<String> lastStatements(String page) {
        return LAST_TEXTS.getOrDefault(page, List.of());
    }

    /** The totals since start, by page. */
    public static Map<String, Summary> summary() {
        Map<String, Summary> summary = new TreeMap<>();
        TOTALS.forEach((page, t) -> summary.put(page, new Summary(t.requests.sum(), t.statements.sum(), t.transactions.sum())));
        return summary;
    }
}
