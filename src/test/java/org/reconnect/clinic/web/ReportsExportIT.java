package org.reconnect.clinic.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.reconnect.testsupport.client.CsvRows;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.RunAs;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The caseload dashboard exports its table as CSV and as Excel, cell for cell what the page
 * shows, never a spreadsheet formula; and only admins reach it.
 */
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
        admin.logIn("admin@demo.test", RunAs.DEMO_PASSWORD);

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

        // those figures come from a count made at most five minutes ago, and the page says when
        String page = admin.get("/admin/reports.xhtml").body();
        Matcher counted = Pattern.compile("id=\"countedAt\"[^>]*>\\s*(.*?)\\s*</p>", Pattern.DOTALL).matcher(page);
        assertTrue(counted.find(), "the page says when its figures were counted");
        assertTrue(counted.group(1).matches("Homework, questionnaire and note figures counted at \\w{3}, .*\\d:\\d\\d.*;"
                + " they are counted again at most every 5 minutes\\."), counted.group(1));
    }

    @Test
    void dashboardExportsExcel() throws Exception {
        WebClient admin = new WebClient();
        admin.logIn("admin@demo.test", RunAs.DEMO_PASSWORD);

        HttpResponse<String> xlsx = export(admin, "exportXlsx");

        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("caseloads.xlsx"));
        assertTrue(xlsx.body().startsWith("PK"), "an xlsx file is a zip archive");
    }

    /** A therapist whose name a spreadsheet would run as a formula. */
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example/\",\"Open\")";

    private static void therapistNamedLikeAFormula() {
        if (TestDatabase.number("SELECT COUNT(*) FROM user_account WHERE display_name = ?", FORMULA_NAME) == 0) {
            String email = TestDatabase.newStaff("THERAPIST");
            TestDatabase.update("UPDATE user_account SET display_name = ? WHERE email = ?", FORMULA_NAME, email);
            TestDatabase.update("INSERT INTO therapist (user_id, credentials, max_caseload, accepting_new, created_at, created_by,"
                    + " changed_at, changed_by, version) SELECT id, 'LMFT', 20, TRUE, NOW(6), 'it', NOW(6), 'it', 0"
                    + " FROM user_account WHERE email = ?", email);
        }
    }

    /** The text of each cell of the page's table, row by row (header row first). */
    private static List<List<String>> pageTable(String html) {
        Matcher table = Pattern.compile("id=\"reports:perTherapist\".*?<thead[^>]*>(.*?)</thead>.*?<tbody[^>]*>(.*?)</tbody>",
                Pattern.DOTALL).matcher(html);
        if (!table.find()) {
            throw new AssertionError("no table on the page: " + html);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(cells(table.group(1), "th"));
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table.group(2));
        while (row.find()) {
            rows.add(cells(row.group(1), "td"));
        }
        return rows;
    }

    private static List<String> cells(String html, String tag) {
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<" + tag + "[^>]*>(.*?)</" + tag + ">", Pattern.DOTALL).matcher(html);
        while (cell.find()) {
            // the column title the reflow layout repeats inside each cell is not the cell's value
            String inner = tag.equals("td") ? cell.group(1).replaceAll("<span class=\"ui-column-title\">.*?</span>", "") : cell.group(1);
            String text = inner
                    .replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&#39;", "'").strip();
            cells.add(text);
        }
        return cells;
    }

    @Test
    void bothExportsHoldWhatThePageShowsAndNoFormula() throws Exception {
        therapistNamedLikeAFormula();
        WebClient admin = new WebClient();
        admin.logIn("admin@demo.test", RunAs.DEMO_PASSWORD);
        List<List<String>> page = pageTable(admin.get("/admin/reports.xhtml").body());

        List<List<String>> csv = CsvRows.of(export(admin, "exportCsv").body());
        List<List<String>> xlsx = new ArrayList<>();
        HttpResponse<byte[]> excel = admin.postFormBytes("/admin/reports.xhtml", admin.get("/admin/reports.xhtml"),
                Map.of("reports", "reports", "reports:exportXlsx", ""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "no formula cell in the Excel export");
                    cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                            : cell.getStringCellValue());
                }
                xlsx.add(cells);
            }
        }

        for (List<List<String>> export : List.of(csv, xlsx)) {
            assertEquals(page.size(), export.size(), "as many rows as the page: " + export);
            for (int r = 0; r < page.size(); r++) {
                List<String> shown = page.get(r);
                List<String> written = export.get(r).stream().map(c -> c.startsWith("'=") ? c.substring(1) : c).toList();
                assertEquals(shown, written, "row " + r);
            }
        }
        String csvRow = csv.stream().filter(r -> r.get(0).contains("HYPERLINK")).findFirst().orElseThrow().get(0);
        assertTrue(csvRow.startsWith("'="), "the CSV cell is text to a spreadsheet: " + csvRow);
        String xlsxRow = xlsx.stream().filter(r -> r.get(0).contains("HYPERLINK")).findFirst().orElseThrow().get(0);
        assertTrue(xlsxRow.startsWith("'="), "so is the Excel cell: " + xlsxRow);
    }

    @Test
    void therapistCannotOpenTheDashboard() throws Exception {
        WebClient therapist = new WebClient();
        therapist.logIn("maya@demo.test", RunAs.DEMO_PASSWORD);

        assertEquals(403, therapist.get("/admin/reports.xhtml").statusCode());
    }
}
