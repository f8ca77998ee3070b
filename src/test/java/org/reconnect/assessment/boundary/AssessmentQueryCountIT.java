package org.reconnect.assessment.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.testsupport.container.AssessmentFixtures;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Fixtures.TestCouple;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.Statements;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assessment card of the couple's page (plans and the charts' scores), the caseload flags and
 * the partner's questionnaires cost the same number of SQL statements for 3 responses as for 300.
 * Counted with Hibernate's statistics.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentQueryCountIT {

    private static final Logger LOG = Logger.getLogger(AssessmentQueryCountIT.class.getName());
    private static final String THERAPIST = Fixtures.HOMEWORK_THERAPIST;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(AssessmentQueryCountIT.class);
    }

    @Test
    void chartsFlagsAndPortalCostTheSameFor3And300Responses() throws Exception {
        TestCouple few = coupleWithResponses(3);
        TestCouple many = coupleWithResponses(300);
        Statements.countedFor(THERAPIST, () -> couplePage(few.id()));
        Statements.countedFor(few.email1(), this::portal);

        long pageFew = Statements.countedFor(THERAPIST, () -> couplePage(few.id()));
        long pageMany = Statements.countedFor(THERAPIST, () -> couplePage(many.id()));
        long flagsFew = Statements.countedFor(THERAPIST, () -> flags(few.id()));
        long flagsMany = Statements.countedFor(THERAPIST, () -> flags(many.id()));
        long portalFew = Statements.countedFor(few.email1(), this::portal);
        long portalMany = Statements.countedFor(many.email1(), this::portal);

        LOG.info(() -> "statements: assessment card " + pageFew + " (3 responses) / " + pageMany + " (300 responses); "
                + "caseload flags " + flagsFew + " / " + flagsMany + "; portal questionnaires " + portalFew + " / " + portalMany);
        assertEquals(pageFew, pageMany, "the couple's charts must not grow with the history");
        assertEquals(flagsFew, flagsMany, "the caseload flags must not grow with the history");
        assertEquals(portalFew, portalMany, "the portal must not grow with the history");
        assertTrue(pageMany <= 25, pageMany + " statements for the assessment card");
    }

    /** What the assessment card of /therapist/couple loads. */
    private void couplePage(long couple) {
        Deployed.boundary(AssessmentPlans.class).list(couple);
        CoupleResults results = Deployed.boundary(AssessmentResults.class).forCouple(couple);
        if (results.instruments().isEmpty()) {
            throw new AssertionError("no results");
        }
        Deployed.boundary(Instruments.class).latest();
    }

    private void flags(long couple) {
        Deployed.boundary(AssessmentFigures.class).forCouples(List.of(couple));
    }

    private void portal() {
        Deployed.boundary(AssessmentTaking.class).mine();
    }

    /**
     * An active couple with a shared Connection Check plan and this many submitted responses,
     * alternating between the partners over the last two years, inserted in bulk.
     */
    private static TestCouple coupleWithResponses(int count) throws Exception {
        TestCouple c = Fixtures.activeCouple(Fixtures.homeworkTherapist());
        long plan = AssessmentFixtures.assignOnce(THERAPIST, c.id(), "connection-check", null, true);
        long instrument = AssessmentFixtures.instrumentId("connection-check");
        try (Connection connection = Deployed.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                long partner = i % 2 == 0 ? c.partner1() : c.partner2();
                int daysAgo = 2 * (count - i);
                sql.executeUpdate("""
                        INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on,
                            status, created_at, created_by, changed_at, changed_by)
                        VALUES (%d, %d, %d, %d, CURRENT_DATE - INTERVAL %d DAY, CURRENT_DATE - INTERVAL %d DAY, 'IN_PROGRESS',
                            NOW(6), 'it', NOW(6), 'it')""".formatted(plan, c.id(), partner, instrument, daysAgo, daysAgo + 3));
                StringBuilder answers = new StringBuilder();
                for (int n = 1; n <= 12; n++) {
                    answers.append(n == 1 ? "" : ",").append("(LAST_INSERT_ID(), 'q").append(n).append("', ").append((i + n) % 5).append(')');
                }
                sql.executeUpdate("INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES " + answers);
            }
            sql.executeUpdate("""
                    UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(due_on, '20:00:00')
                    WHERE couple_id = %d AND status = 'IN_PROGRESS'""".formatted(c.id()));
            connection.commit();
        }
        assertEquals(count, Deployed.number("SELECT COUNT(*) FROM assessment_administration WHERE couple_id = ? AND status = 'SUBMITTED'",
                c.id()));
        return c;
    }
}
