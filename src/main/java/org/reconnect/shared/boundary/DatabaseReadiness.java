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
 * {@code /health/ready} on the management port (with WildFly's own checks: deployed, not
 * suspended). A load balancer that sends requests only to ready servers (the cluster command
 * does so with WildFly's balancer) keeps people away from a server that would show them the
 * outage page. Says nothing about the database but whether it answered within two seconds.
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
