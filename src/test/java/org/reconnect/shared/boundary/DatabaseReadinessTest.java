package org.reconnect.shared.boundary;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseReadinessTest {

    /** A pool that answers getConnection with this connection, or throws this exception. */
    private static DatabaseReadiness over(Connection connection, SQLException refusal) {
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if ("getConnection".equals(method.getName())) {
                        if (refusal != null) {
                            throw refusal;
                        }
                        return connection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return readiness;
    }

    private static Connection valid(boolean valid) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isValid" -> valid;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aValidConnectionIsReadyAndAnInvalidOneIsNot() {
        assertEquals(HealthCheckResponse.Status.UP, over(valid(true), null).call().getStatus());
        assertEquals(HealthCheckResponse.Status.DOWN, over(valid(false), null).call().getStatus());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsDown() {
        HealthCheckResponse response = over(null, new SQLNonTransientConnectionException("Communications link failure")).call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    }

    @Test
    void aPoolWithEveryConnectionInUseIsBusyNotDown() {
        SQLException exhausted = new SQLException("javax.resource.ResourceException: IJ000453: Unable to get managed connection for java:jboss/datasources/ReconnectDS",
                new IllegalStateException("IJ000453: Unable to get managed connection for java:jboss/datasources/ReconnectDS",
                        new IllegalStateException("IJ000655: No managed connections available within configured blocking timeout (5000 [ms])")));
        HealthCheckResponse response = over(null, exhausted).call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertTrue(response.getData().isPresent() && Boolean.TRUE.equals(response.getData().get().get("busy")), "it says it is busy");
        assertFalse(DatabaseReadiness.busy(new SQLException("IJ000453: Unable to get managed connection")),
                "another failure to get a connection is not a busy pool");
    }
}
