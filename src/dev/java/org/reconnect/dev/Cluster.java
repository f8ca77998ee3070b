package org.reconnect.dev;

import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

import java.io.IOException;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two WildFly nodes ({@code standalone-ha.xml}, configured by the same configure-server.cli) and
 * WildFly's load balancer in front of them ({@code standalone-load-balancer.xml}, configured by
 * configure-balancer.cli), all from one unpacked WildFly, each with a server base of its own under
 * {@code root}, all on loopback. The nodes reach one database, given by the environment. Used by
 * the cluster command ({@link RunCluster}) and by the cluster's integration test.
 *
 * <p>Ports: the balancer's port offset {@code balancerOffset} (HTTP 8080 and MCMP 8090 plus it),
 * the nodes' offsets 600 and 700 (HTTP 8680 and 8780, management 10590 and 10690, JGroups 8200
 * and 8300, which configure-server.cli's static member list names).
 */
public final class Cluster implements AutoCloseable {

    /** The nodes' port offsets, node 1 first; JGroups' static member list assumes these. */
    public static final int[] NODE_OFFSETS = {600, 700};

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Cluster.class.getName());

    private final Path wildflyHome;
    private final Path root;
    private final Path war;
    private final int balancerOffset;
    private final Map<String, String> environment;
    private final List<String> nodeOptions;
    private final Process[] nodes = new Process[NODE_OFFSETS.length];
    private final List<Map<String, String>> nodeEnvironments = new ArrayList<>(List.of(Map.of(), Map.of()));
    private final List<Path> alsoDeployed = new ArrayList<>();
    private Process balancer;

    /**
     * @param environment the nodes' environment: the database settings (RECONNECT_DB_URL and the
     *                    rest, never on a command line) and whatever else the application reads
     * @param nodeOptions more Java options for both nodes (system properties such as the mail server)
     */
    public Cluster(Path wildflyHome, Path root, Path war, int balancerOffset, Map<String, String> environment,
                   List<String> nodeOptions) {
        this.wildflyHome = wildflyHome;
        this.root = root;
        this.war = war;
        this.balancerOffset = balancerOffset;
        this.environment = Map.copyOf(environment);
        this.nodeOptions = List.copyOf(nodeOptions);
    }

    /** The address people use: the balancer's. */
    public URI url() {
        return URI.create("http://localhost:" + (8080 + balancerOffset) + "/");
    }

    /** A node's own address (1 or 2), past the balancer. */
    public URI nodeUrl(int node) {
        return URI.create("http://localhost:" + (8080 + NODE_OFFSETS[node - 1]) + "/");
    }

    /** A node's readiness (MicroProfile Health, on its management port). */
    public URI readiness(int node) {
        return URI.create("http://127.0.0.1:" + (9990 + NODE_OFFSETS[node - 1]) + "/health/ready");
    }

    public Path serverLog(int node) {
        return root.resolve("node" + node).resolve("log").resolve("server.log");
    }

    /**
     * Environment of one node's own (1 or 2), over the one both share, from its next start on: a
     * test gives each node its own way to the database, to take it away from one node alone.
     */
    public void nodeEnvironment(int node, Map<String, String> environment) {
        nodeEnvironments.set(node - 1, Map.copyOf(environment));
    }

    /** Another archive every node deploys beside reconnect.war (a test's own servlets). */
    public void deployAlso(Path archive) {
        alsoDeployed.add(archive);
    }

    /** Starts the balancer, without waiting: it answers as soon as a node has registered. */
    public void startBalancer() throws IOException {
        Path base = root.resolve("balancer");
        copyConfiguration(base);
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(wildflyHome)
                .setBaseDirectory(base)
                .setServerConfiguration("standalone-load-balancer.xml")
                .addJavaOptions("-Xms64m", "-Xmx256m", "-Djboss.socket.binding.port-offset=" + balancerOffset,
                        "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.private=127.0.0.1");
        balancer = Launcher.of(command).setRedirectErrorStream(true)
                .redirectOutput(base.resolve("log").resolve("console.log")).launch();
    }

    /** Starts a node (1 or 2) with the WAR deployed as reconnect.war, without waiting. */
    public void startNode(int node) throws IOException {
        Path base = root.resolve("node" + node);
        RunClinic.prepareServerBase(wildflyHome, base, war);
        Files.deleteIfExists(base.resolve("deployments").resolve("reconnect.war.failed"));
        for (Path archive : alsoDeployed) {
            Files.copy(archive, base.resolve("deployments").resolve(archive.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        String name = "node" + node;
        List<String> options = new ArrayList<>(List.of("-Xms256m", "-Xmx768m",
                "-Djboss.node.name=" + name, "-Djboss.tx.node.id=" + name,
                "-Djboss.socket.binding.port-offset=" + NODE_OFFSETS[node - 1],
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.private=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1",
                "-Dreconnect.balancer.port=" + (8090 + balancerOffset)));
        options.addAll(nodeOptions);
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(wildflyHome)
                .setBaseDirectory(base)
                .setServerConfiguration("standalone-ha.xml")
                .addJavaOptions(options);
        Map<String, String> variables = new HashMap<>(environment);
        variables.putAll(nodeEnvironments.get(node - 1));
        nodes[node - 1] = Launcher.of(command)
                .addEnvironmentVariables(variables)
                .setRedirectErrorStream(true)
                .redirectOutput(base.resolve("log").resolve("console.log"))
                .launch();
    }

    /**
     * Waits until the node is ready (its readiness says UP: deployed, not suspended, database
     * reachable) and the balancer sends requests to it; false if it exits, its deployment fails or
     * four minutes pass.
     */
    public boolean awaitReady(int node) throws InterruptedException, IOException {
        Process process = nodes[node - 1];
        Path deployments = root.resolve("node" + node).resolve("deployments");
        Path failed = deployments.resolve("reconnect.war.failed");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        boolean retried = false;
        while (System.nanoTime() < deadline) {
            if (process == null || !process.isAlive()) {
                return false;
            }
            if (Files.exists(failed)) {
                if (retried) {
                    return false;
                }
                // what an operator does when a joining node could not take over its share of the
                // sessions (WildFly: ISPN000658, the initial state transfer timed out): deploy it
                // again; the sessions are still on the other node
                LOG.warning(() -> "node " + node + ": the deployment failed (see " + serverLog(node) + "); deploying it again");
                retried = true;
                Files.deleteIfExists(failed);
                Files.writeString(deployments.resolve("reconnect.war.dodeploy"), "");
            }
            if (answers(http, readiness(node)) && answers(http, nodeUrl(node).resolve("login.xhtml"))) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** Waits until the balancer answers the login page (a node has registered with it). */
    public boolean awaitBalancer() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (balancer == null || !balancer.isAlive()) {
                return false;
            }
            if (answers(http, url().resolve("login.xhtml"))) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /**
     * Waits until the balancer sends requests to this node: a request that names the node as its
     * route (a session cookie ending in ".node1") opens a session there, whose new cookie names the
     * same node, only once the node has registered its context with the balancer.
     */
    public boolean awaitBalancerRoutesTo(int node) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String route = ".node" + node;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> page = http.send(HttpRequest.newBuilder(url().resolve("therapist/index.xhtml"))
                        .header("Cookie", "JSESSIONID=none" + route).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (page.headers().allValues("Set-Cookie").stream()
                        .anyMatch(c -> c.startsWith("JSESSIONID=") && c.split(";")[0].endsWith(route))) {
                    return true;
                }
            } catch (IOException notYet) {
                // the balancer is not listening yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static boolean answers(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Takes a running node out of the balancer and stops it, the first step of a node's upgrade
     * (README, rolling upgrade): mod_cluster's stop-context tells the balancer to send the node's
     * application nothing new and waits (up to 10 s) for its requests to finish, then the node shuts
     * down gracefully. Its sessions live on in the other node. False if the balancer could not be
     * told (the node is stopped all the same).
     */
    public boolean drainAndStop(int node) throws IOException, InterruptedException {
        boolean drained = management(node, "/subsystem=modcluster/proxy=default:stop-context(context=/, virtualhost=default-host, waittime=10)");
        stop(node);
        return drained;
    }

    /** Runs one management operation on a node through jboss-cli (local authentication); whether it succeeded. */
    private boolean management(int node, String operation) throws IOException, InterruptedException {
        Path cli = wildflyHome.resolve("bin").resolve("jboss-cli.sh");
        Process process = new ProcessBuilder(cli.toString(), "--connect",
                "--controller=remote+http://127.0.0.1:" + (9990 + NODE_OFFSETS[node - 1]), "--command=" + operation)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("node" + node).resolve("log").resolve("management.log").toFile()))
                .start();
        return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    /** Kills the node at once (SIGKILL): no shutdown, no goodbye to the cluster or the balancer. */
    public void kill(int node) throws InterruptedException {
        Process process = nodes[node - 1];
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Stops the node gracefully (SIGTERM: WildFly suspends, finishes requests and leaves the cluster). */
    public void stop(int node) throws InterruptedException {
        stopProcess(nodes[node - 1]);
    }

    @Override
    public void close() {
        try {
            for (int node = NODE_OFFSETS.length; node >= 1; node--) {
                stop(node);
            }
            stopProcess(balancer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopProcess(Process process) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(45, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private void copyConfiguration(Path base) throws IOException {
        Files.createDirectories(base.resolve("log"));
        RunClinic.copyConfiguration(wildflyHome, base);
    }
}
