package org.reconnect.shared.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The server is ready for requests only while it reaches its database: part of
 * {@code /health/ready} on the management interface (with WildFly's own checks: deployed, not
 * suspended). A cluster's node reports it to WildFly's load balancer (the readiness load metric,
 * src/wildfly-module), which sends a node nothing while it is DOWN; any other balancer can ask it
 * directly. Asks the pool for a connection and the connection whether it is valid within two
 * seconds.
 *
 * <p>A pool that has no connection free within its wait is busy, not down: every connection is
 * out serving a request, so the database was reached. That stays UP (with {@code busy} in its
 * data); otherwise every node of a cluster under a peak would say DOWN in turn, leave the
 * balancer, and push its load onto the others until none was left.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int SECONDS = 2;
    /** IronJacamar's words for a pool whose every connection is in use for longer than its wait. */
    private static final String POOL_BUSY = "IJ000655";

    @Resource(lookup = "java:jboss/datasources/ReconnectDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return answer(connection.isValid(SECONDS) ? Status.UP : Status.DOWN, Optional.empty());
        } catch (SQLException e) {
            if (busy(e)) {
                return answer(Status.UP, Optional.of(Map.of("busy", true)));
            }
            return answer(Status.DOWN, Optional.empty());
        }
    }

    private static HealthCheckResponse answer(Status status, Optional<Map<String, Object>> data) {
        return new HealthCheckResponse("database", status, data);
    }

    /** Whether the pool only had no connection free: its exhaustion message anywhere in the causes. */
    static boolean busy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(POOL_BUSY)) {
                return true;
            }
        }
        return false;
    }
}
