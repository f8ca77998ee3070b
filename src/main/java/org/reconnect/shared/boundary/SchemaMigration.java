package org.reconnect.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.reconnect.assessment.boundary.Instruments;
import org.reconnect.security.boundary.FirstAdmin;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Brings the database to the schema this WAR expects, before anything else runs.
 *
 * <ol>
 *   <li>Flyway applies the versioned migrations from {@code sql/} (packaged as
 *       {@code db/migration});</li>
 *   <li>Hibernate validates the mapping against the result; it never creates or alters a
 *       table. A mismatch fails the deployment, which is what an operator needs to see;</li>
 *   <li>the instruments that ship with Reconnect are loaded, each version once;</li>
 *   <li>in demo mode only, the demo clinic ({@code sql/demo}) is loaded, each script once, with
 *       its own history table so that it never mixes with the schema's;</li>
 *   <li>a new clinic's first admin is created from the settings, if there is no admin yet.</li>
 * </ol>
 * Bean-managed transactions: Flyway commits its own work, and must not run inside a JTA one.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/ReconnectDS")
    DataSource dataSource;

    @PersistenceUnit(unitName = "reconnect")
    EntityManagerFactory entityManagerFactory;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    Instruments instruments;

    @PostConstruct
    void migrate() {
        MigrateResult schema = flyway("db/migration", "flyway_schema_history").migrate();
        String version = schema.targetSchemaVersion != null ? schema.targetSchemaVersion : schema.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + schema.migrationsExecuted + " migrations applied now)");

        entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getSchemaManager()
                .validateMappedObjects();

        instruments.loadBundled();
        if (Settings.demoMode()) {
            loadDemoClinic();
        }
        firstAdmin.createFromSettingsIfNoAdmin();
    }

    private void loadDemoClinic() {
        if (!demoMayLoad()) {
            LOG.warning("Demo mode is on, but the database already holds accounts that are not the demo"
                    + " clinic's; the demo clinic is not loaded.");
            return;
        }
        MigrateResult demo = flyway("db/demo", "flyway_demo_history").migrate();
        LOG.info(() -> demo.migrationsExecuted == 0
                ? "Demo mode: demo clinic already loaded"
                : "Demo mode: loaded the demo clinic (" + demo.migrationsExecuted + " scripts)");
    }

    /** The demo clinic goes into an empty database, or one that already holds it; nowhere else. */
    private boolean demoMayLoad() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet demoHistory = connection.getMetaData().getTables(connection.getCatalog(), null,
                     "flyway_demo_history", new String[] {"TABLE"})) {
            if (demoHistory.next()) {
                return true;
            }
            try (ResultSet accounts = statement.executeQuery("SELECT COUNT(*) FROM user_account")) {
                return accounts.next() && accounts.getLong(1) == 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell whether the database is empty", e);
        }
    }

    private Flyway flyway(String location, String historyTable) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .load();
    }
}
