package org.reconnect.testsupport.container;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import org.reconnect.security.boundary.Callers;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * Reaches into the deployed application: its boundaries (EJBs by their global JNDI names, the
 * other beans through its CDI container) and its database.
 */
public final class Deployed {

    private Deployed() {
    }

    public static <T> T boundary(Class<T> type) {
        try {
            return type.cast(InitialContext.doLookup("java:global/reconnect/" + type.getSimpleName() + "!" + type.getName()));
        } catch (NamingException e) {
            throw new IllegalStateException("no boundary " + type.getName() + " in the deployed application", e);
        }
    }

    /**
     * A CDI bean of the application that is no EJB, so it has no JNDI name. WildFly picks the bean
     * container by the thread's context class loader: for the lookup it is the application's.
     */
    public static <T> T bean(Class<T> type, java.lang.annotation.Annotation... qualifiers) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(Callers.class.getClassLoader());
        try {
            return CDI.current().select(type, qualifiers).get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Runs work with the application's request scope active, as a request to its pages has it. */
    public static <T> T inRequestScope(Callable<T> work) throws Exception {
        RequestContextController request = bean(RequestContextController.class);
        request.activate();
        try {
            return work.call();
        } finally {
            request.deactivate();
        }
    }

    public static DataSource dataSource() {
        try {
            return InitialContext.doLookup("java:jboss/datasources/ReconnectDS");
        } catch (NamingException e) {
            throw new IllegalStateException("the application's datasource is not bound", e);
        }
    }

    /**
     * The schema owner's datasource: for tests that must do what the application user may not
     * (tamper with the audit trail, lift a trigger). The application never writes through it.
     */
    public static DataSource ownerDataSource() {
        try {
            return InitialContext.doLookup("java:jboss/datasources/ReconnectOwnerDS");
        } catch (NamingException e) {
            throw new IllegalStateException("the owner's datasource is not bound", e);
        }
    }

    /** Runs one statement of any kind (DDL too) on this datasource. */
    public static void execute(DataSource source, String sql) throws SQLException {
        try (Connection connection = source.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs one statement as the schema owner; the number of rows it changed. */
    public static int updateAsOwner(String sql, Object... parameters) throws SQLException {
        try (Connection connection = ownerDataSource().getConnection();
             PreparedStatement statement = bound(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** The single number a query returns (a count, an id). */
    public static long number(String sql, Object... parameters) throws SQLException {
        return single(sql, parameters, result -> result.getLong(1));
    }

    /** The single text a query returns. */
    public static String text(String sql, Object... parameters) throws SQLException {
        return single(sql, parameters, result -> result.getString(1));
    }

    /** Runs one INSERT, UPDATE or DELETE; the number of rows it changed. */
    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = bound(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Column<T> {
        T read(ResultSet result) throws SQLException;
    }

    /** The single number a query returns, read as the schema owner (who sees what the application may not). */
    public static long numberAsOwner(String sql, Object... parameters) throws SQLException {
        return single(ownerDataSource(), sql, parameters, result -> result.getLong(1));
    }

    /** The single text a query returns, read as the schema owner. */
    public static String textAsOwner(String sql, Object... parameters) throws SQLException {
        return single(ownerDataSource(), sql, parameters, result -> result.getString(1));
    }

    private static <T> T single(String sql, Object[] parameters, Column<T> column) throws SQLException {
        return single(dataSource(), sql, parameters, column);
    }

    private static <T> T single(DataSource source, String sql, Object[] parameters, Column<T> column) throws SQLException {
        try (Connection connection = source.getConnection();
             PreparedStatement statement = bound(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            if (!result.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return column.read(result);
        }
    }

    private static PreparedStatement bound(Connection connection, String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    public static long coupleId(String caseNumber) throws SQLException {
        return number("SELECT id FROM couple WHERE case_number = ?", caseNumber);
    }
}
