package org.reconnect.bench.app;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import java.io.IOException;

/**
 * Bench WAR only: Hibernate's running totals as "statements transactions" in plain text, so that
 * the census can read them before and after one request and attribute the difference to it.
 * Touches no database. The production WAR never carries it.
 */
@WebServlet("/bench/statistics")
public class BenchStatistics extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceUnit(unitName = "reconnect")
    private transient EntityManagerFactory factory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        response.setContentType("text/plain");
        response.setHeader("Cache-Control", "no-store");
        if (!statistics.isStatisticsEnabled()) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "start the server with -Dreconnect.jpa.statistics=true");
            return;
        }
        response.getWriter().print(statistics.getPrepareStatementCount() + " " + statistics.getTransactionCount());
    }
}
