package org.reconnect.clinic.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.WebClient;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The caseload dashboard exports its table as CSV and as Excel, and only admins reach it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsExportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(ReportsExportIT.class);
    }

    private static HttpResponse<String> export(WebClient admin, String button) throws Exception {
        HttpResponse<String> page = admin.get("/admin/reports.xhtml");
        assertTrue(page.body().contains("jakarta.faces.ViewState"), "the reports page has a form");
        return admin.postForm("/admin/reports.xhtml", page, Map.of("reports", "reports", "reports:" + button, ""));
    }

    @Test
    void dashboardExportsCsvWithEveryTherapist() throws Exception {
        WebClient admin = new WebClient();
        admin.logIn("admin@demo.test", "Reconnect-demo-1");

        HttpResponse<String> csv = export(admin, "exportCsv");

        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("caseloads.csv"));
        assertTrue(csv.body().contains("Maya Chen") && csv.body().contains("Omar Haddad"), csv.body());
        assertTrue(csv.body().contains("Homework adherence") && csv.body().contains("No homework for 7 days"), csv.body());
        String omar = csv.body().lines().filter(line -> line.contains("Omar Haddad")).findFirst().orElseThrow();
        assertTrue(omar.contains("over 4 weeks"), "adherence of Omar's couples: " + omar);
        assertTrue(!omar.contains("true") && !omar.contains("false"), "couples without homework for 7 days, as a number: " + omar);
        // the demo's questionnaires of Jordan and Riley: 30 asked so far, 24 answered, the latest 4 overdue
        assertTrue(csv.body().contains("Questionnaires (asked / completed / overdue)"), csv.body());
        assertTrue(omar.contains("30 / 24 / 4"), "questionnaire counts of Omar's couples: " + omar);
        // the demo's sessions of Jordan and Riley: 3 signed notes, and the last one still a draft after 72 hours
        assertTrue(csv.body().contains("Session notes (signed / overdue after 72 h)"), csv.body());
        assertTrue(omar.contains("3 / 1"), "session notes of Omar's couples: " + omar);
    }

    @Test
    void dashboardExportsExcel() throws Exception {
        WebClient admin = new WebClient();
        admin.logIn("admin@demo.test", "Reconnect-demo-1");

        HttpResponse<String> xlsx = export(admin, "exportXlsx");

        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("caseloads.xlsx"));
        assertTrue(xlsx.body().startsWith("PK"), "an xlsx file is a zip archive");
    }

    @Test
    void therapistCannotOpenTheDashboard() throws Exception {
        WebClient therapist = new WebClient();
        therapist.logIn("maya@demo.test", "Reconnect-demo-1");

        assertEquals(403, therapist.get("/admin/reports.xhtml").statusCode());
    }
}
