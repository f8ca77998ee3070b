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
        return url(EmbeddedMariaDb.DATABASE);
    }

    /** Another database of the test server (a restored backup). */
    public static String url(String database) {
        return EmbeddedMariaDb.jdbcUrl(Integer.getInteger("it.db.port", 3318), database);
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    /** A new staff account with one role and the demo password, no authenticator app; its email. */
    public static String newStaff(String role) {
        String email = "staff-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@it.test";
        update("""
                INSERT INTO user_account (email, display_name, password_hash, enabled, created_at, created_by, changed_at, changed_by)
                SELECT ?, 'New Staff', password_hash, TRUE, NOW(6), 'it', NOW(6), 'it' FROM user_account WHERE email = 'maya@demo.test'""",
                email);
        update("INSERT INTO user_role (user_id, role) SELECT id, ? FROM user_account WHERE email = ?", role, email);
        return email;
    }

    /** The single number a query answers (a count, an id). */
    public static long number(String sql, Object... parameters) {
        return single(sql, parameters, result -> result.getLong(1));
    }

    /** The first column of every row a query answers, as text. */
    public static java.util.List<String> column(String sql, Object... parameters) {
        java.util.List<String> values = new java.util.ArrayList<>();
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return values;
    }

    /** The single text a query answers. */
    public static String text(String sql, Object... parameters) {
        return single(sql, parameters, result -> result.getString(1));
    }

    private interface Column<T> {
        T of(java.sql.ResultSet result) throws SQLException;
    }

    private static <T> T single(String sql, Object[] parameters, Column<T> column) {
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("no row: " + sql);
                }
                return column.of(result);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
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
