package org.reconnect.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Brings the database to the schema this WAR expects, before anything else runs.
 *
 * <ol>
 *   <li>Flyway applies the versioned migrations from {@code sql/} (packaged as
 *       {@code db/migration});</li>
 *   <li>when the migrations run as a separate owner, the owner grants the application user what
 *       it needs on each table, and no more: SELECT and INSERT on the audit trail, never UPDATE
 *       or DELETE, never DDL;</li>
 *   <li>Hibernate validates the mapping against the result; it never creates or alters a
 *       table. A mismatch fails the deployment, which is what an operator needs to see;</li>
 *   <li>{@link SchemaMigrated} is fired: each capability loads what it ships (the instruments,
 *       each version once);</li>
 *   <li>in demo mode only, the demo clinic ({@code sql/demo}) is loaded, each script once, with
 *       its own history table so that it never mixes with the schema's;</li>
 *   <li>{@link StartupDataReady} is fired: a new clinic's first admin is created from the
 *       settings, if there is no admin yet.</li>
 * </ol>
 * Bean-managed transactions: Flyway commits its own work, and must not run inside a JTA one.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /** Tables the application may only read and append to: the audit trail, the instruments. */
    static final Set<String> APPEND_ONLY = Set.of("audit_event", "audit_event_couple", "audit_link", "instrument", "disclosure");
    /** Read and taken away, never added (a trigger adds them) or changed: the events waiting for the audit linker. */
    static final Set<String> READ_AND_DELETE = Set.of("audit_pending");
    /** Read and moved forward (a trigger checks how), never added or removed: the next audit event number. */
    static final Set<String> READ_AND_UPDATE = Set.of("audit_event_number");
    /** The chain head moves forward (a trigger checks how); it is never deleted. */
    static final Set<String> NO_DELETE = Set.of("audit_chain_head");

    @Resource(lookup = "java:jboss/datasources/ReconnectDS")
    DataSource dataSource;

    /** The schema owner: runs the migrations and grants the application user its rights. */
    @Resource(lookup = "java:jboss/datasources/ReconnectOwnerDS")
    DataSource ownerDataSource;

    @PersistenceUnit(unitName = "reconnect")
    EntityManagerFactory entityManagerFactory;

    @Inject
    Event<SchemaMigrated> schemaMigrated;

    @Inject
    Event<StartupDataReady> startupDataReady;

    @PostConstruct
    void migrate() {
        // before anything else: a server without its published address must not start at all
        Settings.checkPublicAddress();
        MigrateResult schema = flyway("db/migration", "flyway_schema_history").migrate();
        String version = schema.targetSchemaVersion != null ? schema.targetSchemaVersion : schema.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + schema.migrationsExecuted + " migrations applied now)");
        grantApplicationUser();

        entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getSchemaManager()
                .validateMappedObjects();

        // the capabilities load what they ship (the bundled instruments), which the demo clinic uses
        schemaMigrated.fire(new SchemaMigrated());
        if (Settings.demoMode()) {
            loadDemoClinic();
        }
        // then what a new clinic needs (its first admin), which must not stop the demo from loading
        startupDataReady.fire(new StartupDataReady());
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

    /**
     * Grants the application user its rights, table by table, as the owner. Nothing to do when
     * both are the same user (a database whose DBA grants by hand, see the README).
     */
    private void grantApplicationUser() {
        String application = currentUser(dataSource);
        try (Connection connection = ownerDataSource.getConnection(); Statement statement = connection.createStatement()) {
            String owner = currentUser(connection);
            if (owner.equals(application)) {
                LOG.warning("The application's database user also owns the schema, so it could change the audit trail"
                        + " (triggers aside). Give the server a separate owner (reconnect.db.owner.user; README, Security).");
                return;
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'flyway%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            String grantee = grantee(application);
            // rights on the whole database (an older set-up gave them) would override the narrow ones below
            try {
                statement.execute("REVOKE ALL PRIVILEGES ON `" + connection.getCatalog().replace("`", "") + "`.* FROM " + grantee);
                LOG.warning(() -> "Revoked the database-wide rights of " + grantee + "; it gets table rights only");
            } catch (SQLException none) {
                if (none.getErrorCode() != 1141) {   // 1141: there were none to revoke
                    throw none;
                }
            }
            for (String table : tables) {
                String rights = APPEND_ONLY.contains(table) ? "SELECT, INSERT"
                        : NO_DELETE.contains(table) ? "SELECT, INSERT, UPDATE"
                        : READ_AND_DELETE.contains(table) ? "SELECT, DELETE"
                        : READ_AND_UPDATE.contains(table) ? "SELECT, UPDATE" : "SELECT, INSERT, UPDATE, DELETE";
                statement.execute("GRANT " + rights + " ON `" + table.replace("`", "") + "` TO " + grantee);
            }
            LOG.info(() -> "Granted " + grantee + " its rights on " + tables.size() + " tables");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant the application user its rights", e);
        }
    }

    private static String currentUser(DataSource source) {
        try (Connection connection = source.getConnection()) {
            return currentUser(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database user", e);
        }
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet user = statement.executeQuery("SELECT CURRENT_USER()")) {
            user.next();
            return user.getString(1);
        }
    }

    /** 'user'@'host' from CURRENT_USER()'s user@host. */
    static String grantee(String currentUser) {
        int at = currentUser.lastIndexOf('@');
        String user = at < 0 ? currentUser : currentUser.substring(0, at);
        String host = at < 0 ? "%" : currentUser.substring(at + 1);
        return "'" + user.replace("'", "''") + "'@'" + host.replace("'", "''") + "'";
    }

    /** The demo clinic goes into an empty database, or one that already holds it; nowhere else. */
    private boolean demoMayLoad() {
        // as the owner: the application user cannot see the migration history tables
        try (Connection connection = ownerDataSource.getConnection();
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
                .dataSource(ownerDataSource)
                .locations("classpath:" + location)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .load();
    }
}
