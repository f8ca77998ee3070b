package org.reconnect.shared.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The server is ready for requests only while it reaches its database: part of
 * {@code /health/ready} on the management interface (with WildFly's own checks: deployed, not
 * suspended). A cluster's node reports it to WildFly's load balancer (the readiness load metric,
 * src/wildfly-module), which sends a node nothing while it is DOWN; any other balancer can ask it
 * directly. Asks the pool for a
 * connection and the connection whether it is valid within two seconds; a pool that waits for a
 * connection can take longer than that to answer.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/ReconnectDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(SECONDS)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
