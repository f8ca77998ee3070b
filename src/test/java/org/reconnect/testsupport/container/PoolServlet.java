package org.reconnect.testsupport.container;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the application's connection pool: borrows {@code n} connections of ReconnectDS at once,
 * uses each, and gives them all back, so that the pool holds at least {@code n} idle connections
 * (as it does after a busy hour). Answers how many it borrowed. Not annotated: it answers only in
 * an archive whose web.xml maps it ({@link #WEB_XML}).
 */
public class PoolServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/pool";

    public static final String WEB_XML = TestServlets.webXml(PoolServlet.class, PATH);

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int wanted = Integer.parseInt(request.getParameter("n"));
        response.setContentType("text/plain;charset=UTF-8");
        List<Connection> borrowed = new ArrayList<>();
        try {
            DataSource pool = (DataSource) new InitialContext().lookup("java:jboss/datasources/ReconnectDS");
            for (int i = 0; i < wanted; i++) {
                Connection connection = pool.getConnection();
                borrowed.add(connection);
                try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT 1")) {
                    r.next();
                }
            }
            response.getWriter().print(borrowed.size());
        } catch (NamingException | SQLException e) {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.getWriter().println(e);
        } finally {
            for (Connection connection : borrowed) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // given back broken: the pool lets it go
                }
            }
        }
    }
}
