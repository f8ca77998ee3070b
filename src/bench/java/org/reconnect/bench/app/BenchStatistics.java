package org.reconnect.bench.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reconnect.shared.web.PageCosts;

import java.io.IOException;

/**
 * Bench WAR only: the statements and transactions of every page request so far, as "statements
 * transactions" in plain text, so that the census can read them before and after one request and
 * attribute the difference to it. The counts are the product's own per-request ones
 * ({@link PageCosts}): only the threads that served pages, never the audit linker or another
 * background job running meanwhile. Touches no database. The production WAR never carries it.
 */
@WebServlet("/bench/statistics")
public class BenchStatistics extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long statements = 0;
        long transactions = 0;
        for (PageCosts.Summary page : PageCosts.summary().values()) {
            statements += page.statements();
            transactions += page.transactions();
        }
        response.setContentType("text/plain");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print(statements + " " + transactions);
    }
}
