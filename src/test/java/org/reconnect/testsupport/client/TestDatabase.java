package org.reconnect.testsupport.client;

import org.reconnect.dev.EmbeddedMariaDb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Direct JDBC to the test database, from the test JVM, as the application's own user: for tests
 * that check what was stored, and for the demo admins' code step.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String url() {
        return "jdbc:mysql://127.0.0.1:" + Integer.getInteger("it.db.port", 3318) + "/" + EmbeddedMariaDb.DATABASE
                + "?sslMode=DISABLED&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    /** Runs one statement with parameters; returns the update count. */
    public static int update(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
