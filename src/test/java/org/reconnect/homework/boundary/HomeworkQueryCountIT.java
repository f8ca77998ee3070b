package org.reconnect.homework.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.program.boundary.Program;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.HomeworkFixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.Statements;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The therapist's review page and the portal home cost the same number of SQL statements for a
 * couple with 10 entries as for one with 10,000. Counted with Hibernate's statistics.
 */
@ExtendWith(ArquillianExtension.class)
class HomeworkQueryCountIT {

    private static final Logger LOG = Logger.getLogger(HomeworkQueryCountIT.class.getName());
    private static final String THERAPIST = Fixtures.HOMEWORK_THERAPIST;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(HomeworkQueryCountIT.class);
    }

    @Test
    void reviewAndPortalHomeCostTheSameFor10And10000Entries() throws Exception {
        TestCouple few = coupleWithEntries(10);
        TestCouple many = coupleWithEntries(10_000);
        // warm up: the first call of a query compiles it
        statementsFor(THERAPIST, () -> review(few.id()));
        statementsFor(few.email1(), this::portalHome);

        long reviewFew = statementsFor(THERAPIST, () -> review(few.id()));
        long reviewMany = statementsFor(THERAPIST, () -> review(many.id()));
        long homeFew = statementsFor(few.email1(), this::portalHome);
        long homeMany = statementsFor(many.email1(), this::portalHome);
        long entriesFew = statementsFor(few.email2(), this::portalEntries);
        long entriesMany = statementsFor(many.email2(), this::portalEntries);

        LOG.info(() -> "statements: review page " + reviewFew + " (10 entries) / " + reviewMany + " (10,000 entries); "
                + "portal home " + homeFew + " / " + homeMany + "; portal entries " + entriesFew + " / " + entriesMany);
        assertEquals(reviewFew, reviewMany, "the review page must not grow with the history");
        assertEquals(homeFew, homeMany, "the portal home must not grow with the history");
        assertEquals(entriesFew, entriesMany, "the entries page must not grow with the history");
        assertTrue(reviewMany <= 30, reviewMany + " statements for the review page");
        assertTrue(homeMany <= 30, homeMany + " statements for the portal home");
    }

    /** What /therapist/homework loads: the review, and the first page of the timeline with its count. */
    private void review(long couple) {
        HomeworkReview review = Deployed.boundary(HomeworkReview.class);
        review.review(couple).orElseThrow();
        review.entryCount(couple, Map.of());
        review.entryRows(couple, PageRequest.firstPage(25));
    }

    /** What /portal/ loads: the couple, this week and the current step. */
    private void portalHome() {
        Deployed.boundary(Cases.class).myCase().orElseThrow();
        Deployed.boundary(HomeworkLog.class).thisWeek().orElseThrow();
        Deployed.boundary(Program.class).mine().orElseThrow();
    }

    private void portalEntries() {
        PortalEntries entries = Deployed.boundary(PortalEntries.class);
        entries.entryCount(Map.of());
        entries.entryRows(PageRequest.firstPage(10));
    }

    private static long statementsFor(String user, Runnable page) throws Exception {
        return Statements.countedFor(user, page);
    }

    /**
     * An active couple with a micro-moment log, a date and a journal, and this many entries
     * spread over the last 120 days by both partners, inserted in bulk.
     */
    private static TestCouple coupleWithEntries(int count) throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long moments = HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.MICRO_MOMENT_LOG, null, Visibility.SHARED);
        HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.EMOTIONAL_DATE, null, Visibility.REVEAL_WHEN_BOTH);
        HomeworkFixtures.assign(THERAPIST, c.id(), HomeworkType.SELF_CARE_JOURNAL, c.partner1(), Visibility.PRIVATE);
        Deployed.update("UPDATE homework_assignment SET starts_on = CURRENT_DATE - INTERVAL 120 DAY WHERE couple_id = ?", c.id());
        try (Connection connection = Deployed.dataSource().getConnection(); Statement insert = connection.createStatement()) {
            connection.setAutoCommit(false);
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < count; i++) {
                int daysAgo = i % 120;
                long author = i % 2 == 0 ? c.partner1() : c.partner2();
                String response = i % 3 == 0 ? "TURNED_AWAY" : "TURNED_TOWARD";
                if (!rows.isEmpty()) {
                    rows.append(',');
                }
                rows.append("(").append(moments).append(',').append(c.id()).append(',').append(author)
                        .append(",'MICRO_MOMENT_LOG',CURRENT_DATE - INTERVAL ").append(daysAgo).append(" DAY,")
                        .append("DATE_FORMAT(CURRENT_DATE - INTERVAL ").append(daysAgo).append(" DAY, '%Y-%m-%d'),NOW(6),")
                        .append(i % 4 == 0 ? "'ME'" : "'PARTNER'").append(",'JOKE','").append(response)
                        .append("','a note',NOW(6) - INTERVAL 2 DAY,'it',NOW(6),'it')");
                if ((i + 1) % 1000 == 0 || i == count - 1) {
                    insert.executeUpdate("""
                            INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key,
                                                        occurred_at, bid_by, bid_kind, response, text, created_at, created_by,
                                                        changed_at, changed_by) VALUES """ + rows);
                    rows.setLength(0);
                }
            }
            connection.commit();
        }
        assertEquals(count, Deployed.number("SELECT COUNT(*) FROM homework_entry WHERE couple_id = ?", c.id()));
        return c;
    }
}
