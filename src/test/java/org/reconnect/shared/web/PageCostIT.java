package org.reconnect.shared.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.shared.boundary.SqlCounter;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Http;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a page costs the database, read per request on the server: every page a therapist or a
 * partner opens is read in one transaction, in at most {@value #MOST_STATEMENTS} statements, and
 * the same number whatever the size of the caseload.
 */
@ExtendWith(ArquillianExtension.class)
class PageCostIT {

    private static final Logger LOG = Logger.getLogger(PageCostIT.class.getName());
    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    static final int MOST_STATEMENTS = 25;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(PageCostIT.class);
    }

    private static SqlCounter.Cost open(Http http, String url) throws Exception {
        HttpResponse<String> response = http.get(url);
        assertEquals(200, response.statusCode(), url);
        String page = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return PageCosts.last(page);
    }

    private static Map<String, SqlCounter.Cost> costs(String user, List<String> urls) throws Exception {
        Http http = new Http();
        assertTrue(http.logIn(user, PASSWORD), user);
        Map<String, SqlCounter.Cost> costs = new LinkedHashMap<>();
        long sentBefore = PageCosts.sentBeforeCommit();
        for (String url : urls) {
            open(http, url);   // the first visit of a view may load what is kept for the application
            costs.put(url, open(http, url));
            String page = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            LOG.info(() -> url + " " + costs.get(url) + ":\n  " + String.join("\n  ", PageCosts.lastStatements(page)));
        }
        LOG.info(() -> user + ": " + costs);
        assertEquals(sentBefore, PageCosts.sentBeforeCommit(), "no page leaves before its transaction has committed");
        return costs;
    }

    private static void assertCheap(Map<String, SqlCounter.Cost> costs) {
        costs.forEach((url, cost) -> {
            assertTrue(cost.statements() <= MOST_STATEMENTS, () -> url + " costs " + cost.statements() + " statements");
            assertEquals(1, cost.transactions(), () -> url + " ran in " + cost.transactions() + " transactions");
        });
    }

    @Test
    void everyPageATherapistOpensIsReadInOneTransactionAndFewStatements() throws Exception {
        long couple = Deployed.coupleId("RC-2026-0001");
        long note = Deployed.number("SELECT MAX(id) FROM session_note WHERE couple_id = ?", couple);
        long administration = Deployed.number(
                "SELECT MAX(id) FROM assessment_administration WHERE couple_id = ? AND status = 'SUBMITTED'", couple);
        Map<String, SqlCounter.Cost> costs = costs("maya@demo.test", List.of("/therapist/index.xhtml",
                "/therapist/couple.xhtml?id=" + couple, "/therapist/homework.xhtml?id=" + couple,
                "/therapist/note.xhtml?id=" + note, "/therapist/answers.xhtml?id=" + administration,
                "/therapist/calendar.xhtml", "/therapist/calendar-feed.xhtml"));

        assertCheap(costs);
    }

    @Test
    void everyPageAPartnerOpensIsReadInOneTransactionAndFewStatements() throws Exception {
        Map<String, SqlCounter.Cost> costs = costs("alex@demo.test", List.of("/portal/index.xhtml", "/portal/entries.xhtml",
                "/portal/steps.xhtml", "/portal/assessments.xhtml", "/portal/settings.xhtml", "/account/security.xhtml"));

        assertCheap(costs);
    }

    @Test
    void aCaseloadCostsTheSameWhateverItsSize() throws Exception {
        long mayas = Deployed.number("SELECT COUNT(*) FROM couple c JOIN therapist t ON t.id = c.therapist_id"
                + " JOIN user_account u ON u.id = t.user_id WHERE u.email = 'maya@demo.test'");
        long omars = Deployed.number("SELECT COUNT(*) FROM couple c JOIN therapist t ON t.id = c.therapist_id"
                + " JOIN user_account u ON u.id = t.user_id WHERE u.email = 'omar@demo.test'");
        assertTrue(mayas != omars, "two caseloads of different sizes");

        SqlCounter.Cost maya = costs("maya@demo.test", List.of("/therapist/index.xhtml")).get("/therapist/index.xhtml");
        SqlCounter.Cost omar = costs("omar@demo.test", List.of("/therapist/index.xhtml")).get("/therapist/index.xhtml");

        assertEquals(maya, omar, () -> mayas + " couples cost " + maya + ", " + omars + " couples " + omar);
    }
}
