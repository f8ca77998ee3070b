package org.reconnect.wildfly;

import org.jboss.modcluster.container.Engine;
import org.jboss.modcluster.load.metric.LoadMetric;
import org.jboss.modcluster.load.metric.NodeUnavailableException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A mod_cluster load metric that takes a cluster node out of the load balancer while the node is
 * not ready. Every status interval mod_cluster asks its metrics for the node's load; this one asks
 * the node's own readiness ({@code /health/ready} on its management interface: deployed, not
 * suspended, its database reachable). While readiness answers DOWN (HTTP 503) it throws
 * {@link NodeUnavailableException}: mod_cluster then reports a load of -1, and the balancer puts the
 * node in its error state and sends its sessions to another node, which holds them (replicated),
 * until a later status reports a load again.
 *
 * <p>Only an answer of DOWN takes the node out. A readiness that cannot be asked (no answer in
 * time, a wrong address) leaves the node in and is logged: a metric that cannot see must not be
 * able to empty the cluster, and a node that is only busy stays ready (DatabaseReadiness). The
 * metric itself reports a load of zero, which the load provider weighs in with the other metrics:
 * beside the cpu metric, at the same weight, it halves the spread of the node's load factor.
 *
 * <p>It runs inside WildFly's mod_cluster subsystem, as a JBoss module of its own
 * ({@code org.reconnect.readiness}, installed by configure-server.cli), never in the WAR.
 */
public class ReadinessLoadMetric implements LoadMetric {

    private static final Logger LOG = Logger.getLogger(ReadinessLoadMetric.class.getName());

    /** Readiness's own database check waits up to 2 s, a connection from the pool up to 5 s. */
    static final int CONNECT_MILLIS = 2_000;
    static final int READ_MILLIS = 8_000;

    private volatile int weight = DEFAULT_WEIGHT;
    private volatile double capacity = DEFAULT_CAPACITY;
    private volatile URI url = defaultUrl(System.getProperty("jboss.bind.address.management"),
            Integer.getInteger("jboss.management.http.port", 9990), Integer.getInteger("jboss.socket.binding.port-offset", 0));

    /** What the last look found, so that a change is logged once, not at every status interval. */
    private volatile State last = State.READY;

    enum State { READY, NOT_READY, UNKNOWN }

    /** What readiness answered: its state, and what it said (which checks are DOWN), for the log. */
    record Answer(State state, String said) {
    }

    /**
     * Where the node's readiness is by default: WildFly's management interface on this node, as
     * standalone-ha.xml binds it (its address, port 9990 plus the port offset); loopback when it
     * listens on every address.
     */
    static URI defaultUrl(String managementAddress, int managementPort, int portOffset) {
        String host = managementAddress == null || managementAddress.isBlank() || "0.0.0.0".equals(managementAddress)
                || "::".equals(managementAddress) ? "127.0.0.1" : managementAddress;
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + (managementPort + portOffset) + "/health/ready");
    }

    /** Another address of the readiness (the metric's {@code url} property), for a management interface bound elsewhere. */
    public void setUrl(String url) {
        this.url = URI.create(url);
    }

    public String getUrl() {
        return url.toString();
    }

    @Override
    public double getLoad(Engine engine) throws Exception {
        Answer answer = look();
        State now = answer.state();
        State before = last;
        last = now;
        if (now != before) {
            switch (now) {
                case NOT_READY -> LOG.warning(() -> "This node is not ready, the load balancer sends it nothing until it is: " + url + " answers " + answer.said());
                case READY -> LOG.info(() -> "This node is ready again, the load balancer sends it requests (" + url + ")");
                case UNKNOWN -> LOG.warning(() -> "This node's readiness could not be asked, the node stays in the load balancer: " + url + ", " + answer.said());
            }
        }
        if (now == State.NOT_READY) {
            throw new NodeUnavailableException();
        }
        return 0;
    }

    /** Asks the readiness once: 200 is ready, 503 (DOWN) is not, anything else is not known. */
    Answer look() {
        HttpURLConnection connection = null;
        try {
            // straight to this node, never through a proxy the JVM may be told of
            connection = (HttpURLConnection) url.toURL().openConnection(Proxy.NO_PROXY);
            connection.setConnectTimeout(CONNECT_MILLIS);
            connection.setReadTimeout(READ_MILLIS);
            connection.setUseCaches(false);
            int status = connection.getResponseCode();
            String said = read(connection, status);
            return switch (status) {
                case 200 -> new Answer(State.READY, said);
                case 503 -> new Answer(State.NOT_READY, said);
                default -> new Answer(State.UNKNOWN, "HTTP " + status + " " + said);
            };
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "readiness not asked", e);
            return new Answer(State.UNKNOWN, e.toString());
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    /** The answer's body (MicroProfile Health's JSON: every check and its status), at most 2,000 characters. */
    private static String read(HttpURLConnection connection, int status) throws IOException {
        try (InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (body == null) {
                return "";
            }
            String text = new String(body.readNBytes(2_000), StandardCharsets.UTF_8);
            body.transferTo(OutputStream.nullOutputStream());
            return text.strip();
        }
    }

    @Override
    public int getWeight() {
        return weight;
    }

    @Override
    public void setWeight(int weight) {
        this.weight = weight;
    }

    @Override
    public double getCapacity() {
        return capacity;
    }

    @Override
    public void setCapacity(double capacity) {
        this.capacity = capacity;
    }
}
