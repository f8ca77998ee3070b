package org.reconnect.clinic.boundary;

import org.reconnect.overview.boundary.CaseloadReports;
import org.reconnect.overview.boundary.ClinicActivity;
import org.reconnect.overview.control.Recount;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.couple.boundary.CaseRow;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.homework.boundary.HomeworkFigures;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.Statements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The caseload pages cost the same number of SQL statements for a therapist with 10 couples as
 * for one with 500, and the admin dashboard the same before and after 500 more couples exist.
 * Counted with Hibernate's statistics on the test server.
 */
@ExtendWith(ArquillianExtension.class)
class CaseloadQueryCountIT {

    private static final Logger LOG = Logger.getLogger(CaseloadQueryCountIT.class.getName());
    /** bcrypt of the demo password, so the seeded therapists can be RunAs'd. */
    private static final String DEMO_HASH = "$2a$10$wIhcl4IGe/L9fuWJnMBT1eDiZXjy.73NvavVZsqS/BzjbBTlAhunK";

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(CaseloadQueryCountIT.class);
    }

    @Test
    void caseloadListAndDashboardCostTheSameFor10And500Couples() throws Exception {
        String small = seedTherapistWithCouples(10);
        long dashboardBefore = statementsFor("admin@demo.test", this::dashboard);
        long clinicListBefore = statementsFor("admin@demo.test", this::clinicList);

        String big = seedTherapistWithCouples(500);
        long caseloadOf10 = statementsFor(small, this::caseload);
        long caseloadOf500 = statementsFor(big, this::caseload);
        long dashboardAfter = statementsFor("admin@demo.test", this::dashboard);
        long clinicListAfter = statementsFor("admin@demo.test", this::clinicList);

        LOG.info(() -> "statements: caseload page " + caseloadOf10 + " (10 couples) / " + caseloadOf500
                + " (500 couples); dashboard " + dashboardBefore + " / " + dashboardAfter
                + "; clinic list " + clinicListBefore + " / " + clinicListAfter);
        assertEquals(caseloadOf10, caseloadOf500, "the therapist's list must not grow with the caseload");
        assertEquals(dashboardBefore, dashboardAfter, "the dashboard must not grow with the clinic");
        assertEquals(clinicListBefore, clinicListAfter, "the admin's list must not grow with the clinic");
        assertTrue(caseloadOf500 <= 15, caseloadOf500 + " statements for one caseload page");
        assertTrue(dashboardAfter <= 12, dashboardAfter + " statements for the dashboard");
    }

    /**
     * The dashboard's history-wide figures (homework, questionnaires, notes per therapist) are
     * counted once for every admin within their age: a second look costs no statement and shows
     * the same count, stamped with when it was made.
     */
    @Test
    void theClinicsActivityIsCountedOnceWithinItsAge() throws Exception {
        ClinicActivity activity = Deployed.boundary(ClinicActivity.class);
        @SuppressWarnings("unchecked")
        Recount.Counted<ClinicActivity.Activity>[] seen = new Recount.Counted[2];
        Statements.countedFor("admin@demo.test", () -> seen[0] = activity.byTherapist());
        long again = Statements.countedFor("admin@demo.test", () -> seen[1] = activity.byTherapist());
        assertEquals(0, again, "the second look reads nothing");
        assertEquals(seen[0].countedAt(), seen[1].countedAt());
        assertEquals(seen[0].value().assessments(), seen[1].value().assessments());
        assertTrue(seen[1].countedAt().isAfter(Instant.now().minus(ClinicActivity.MAX_AGE).minusSeconds(1)),
                "not older than its age: " + seen[1].countedAt());
        assertTrue(!seen[1].value().notes().isEmpty() && !seen[1].value().assessments().isEmpty(), "the demo clinic's therapists have figures");
    }

    /** What /therapist/ loads: the count, a page of couples, and their homework figures. */
    private void caseload() {
        Cases cases = Deployed.boundary(Cases.class);
        cases.caseloadCount(Map.of());
        List<CaseRow> page = cases.caseloadRows(PageRequest.firstPage(25));
        Deployed.boundary(HomeworkFigures.class).forCouples(page.stream().map(CaseRow::id).toList());
    }

    private void clinicList() {
        Cases cases = Deployed.boundary(Cases.class);
        cases.clinicCount(Map.of());
        cases.clinicRows(PageRequest.firstPage(25));
    }

    /**
     * What /admin/reports loads when its activity figures are counted again: caseloads, totals,
     * couples per step and homework per therapist (otherwise ClinicActivity answers from memory).
     */
    private void dashboard() {
        CaseloadReports reports = Deployed.boundary(CaseloadReports.class);
        reports.perTherapist();
        reports.totals();
        reports.perStep();
        Deployed.boundary(HomeworkFigures.class).byTherapist();
    }

    private static long statementsFor(String user, Runnable page) throws Exception {
        return Statements.countedFor(user, page);
    }

    /** A therapist (demo password) with this many active couples, inserted in bulk. */
    private static String seedTherapistWithCouples(int couples) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String block = String.format("%04d", Math.floorMod(tag.hashCode(), 10_000));
        String email = Fixtures.uniqueEmail("load" + couples);
        try (Connection connection = Deployed.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            long userId = insertAccount(connection, email, "Load " + couples, "THERAPIST");
            long therapistId;
            try (PreparedStatement therapist = connection.prepareStatement("""
                    INSERT INTO therapist (user_id, credentials, max_caseload, accepting_new, created_at, created_by,
                                           changed_at, changed_by) VALUES (?, 'LMFT', 600, TRUE, NOW(6), 'it', NOW(6), 'it')""",
                    Statement.RETURN_GENERATED_KEYS)) {
                therapist.setLong(1, userId);
                therapist.executeUpdate();
                therapistId = generatedId(therapist);
            }
            for (int i = 0; i < couples; i++) {
                long coupleId;
                try (PreparedStatement couple = connection.prepareStatement("""
                        INSERT INTO couple (case_number, status, therapist_id, opened_on, status_since, created_at,
                                            created_by, changed_at, changed_by)
                        VALUES (?, 'ACTIVE', ?, CURRENT_DATE, CURRENT_DATE, NOW(6), 'it', NOW(6), 'it')""",
                        Statement.RETURN_GENERATED_KEYS)) {
                    couple.setString(1, "RC-1999-" + block + String.format("%04d", i));
                    couple.setLong(2, therapistId);
                    couple.executeUpdate();
                    coupleId = generatedId(couple);
                }
                for (int position = 1; position <= 2; position++) {
                    long partnerUser = insertAccount(connection, "p" + position + "-" + i + "-" + tag + "@it.test",
                            "Partner " + i, "CLIENT");
                    try (PreparedStatement partner = connection.prepareStatement("""
                            INSERT INTO partner (couple_id, user_id, position, full_name, screening, created_at, created_by,
                                                 changed_at, changed_by)
                            VALUES (?, ?, ?, ?, ?, NOW(6), 'it', NOW(6), 'it')""")) {
                        partner.setLong(1, coupleId);
                        partner.setLong(2, partnerUser);
                        partner.setInt(3, position);
                        partner.setString(4, "Partner " + position + " of couple " + i);
                        partner.setString(5, i % 3 == 0 ? "NOT_SCREENED" : "CLEARED");
                        partner.executeUpdate();
                    }
                }
            }
            connection.commit();
        }
        return email;
    }

    private static long insertAccount(Connection connection, String email, String name, String role) throws Exception {
        long id;
        try (PreparedStatement account = connection.prepareStatement("""
                INSERT INTO user_account (email, display_name, password_hash, enabled, created_at, created_by,
                                          changed_at, changed_by) VALUES (?, ?, ?, TRUE, NOW(6), 'it', NOW(6), 'it')""",
                Statement.RETURN_GENERATED_KEYS)) {
            account.setString(1, email.toLowerCase());
            account.setString(2, name);
            account.setString(3, DEMO_HASH);
            account.executeUpdate();
            id = generatedId(account);
        }
        try (PreparedStatement grant = connection.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, ?)")) {
            grant.setLong(1, id);
            grant.setString(2, role);
            grant.executeUpdate();
        }
        return id;
    }

    private static long generatedId(PreparedStatement statement) throws Exception {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
