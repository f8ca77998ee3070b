package org.reconnect.wildfly;

import com.sun.net.httpserver.HttpServer;
import org.jboss.modcluster.load.metric.NodeUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReadinessLoadMetricTest {

    private HttpServer health;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger asked = new AtomicInteger();
    private ReadinessLoadMetric metric;

    @BeforeEach
    void startHealth() throws IOException {
        health = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        health.createContext("/health/ready", exchange -> {
            asked.incrementAndGet();
            byte[] body = ("{\"status\":\"" + (status.get() == 200 ? "UP" : "DOWN") + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        health.start();
        metric = new ReadinessLoadMetric();
        metric.setUrl("http://127.0.0.1:" + health.getAddress().getPort() + "/health/ready");
    }

    @AfterEach
    void stopHealth() {
        health.stop(0);
    }

    @Test
    void aReadyNodeReportsNoLoadOfItsOwn() throws Exception {
        assertEquals(0.0, metric.getLoad(null));
        assertEquals(1, asked.get(), "readiness is asked at every status");
        assertEquals(0.0, metric.getLoad(null));
        assertEquals(2, asked.get());
    }

    @Test
    void aNodeWhoseReadinessSaysDownIsUnavailableUntilItSaysUpAgain() throws Exception {
        status.set(503);
        assertThrows(NodeUnavailableException.class, () -> metric.getLoad(null));
        assertThrows(NodeUnavailableException.class, () -> metric.getLoad(null));
        status.set(200);
        assertEquals(0.0, metric.getLoad(null));
    }

    @Test
    void aReadinessThatCannotBeAskedLeavesTheNodeIn() throws Exception {
        status.set(500);
        assertEquals(0.0, metric.getLoad(null), "an unexpected answer is not a DOWN");
        int closed;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = free.getLocalPort();
        }
        metric.setUrl("http://127.0.0.1:" + closed + "/health/ready");
        assertEquals(0.0, metric.getLoad(null), "nobody listening is not a DOWN");
    }

    @Test
    void byDefaultItAsksTheManagementInterfaceOfItsOwnNode() {
        assertEquals(URI.create("http://127.0.0.1:10590/health/ready"), ReadinessLoadMetric.defaultUrl("127.0.0.1", 9990, 600));
        assertEquals(URI.create("http://127.0.0.1:9990/health/ready"), ReadinessLoadMetric.defaultUrl(null, 9990, 0));
        assertEquals(URI.create("http://127.0.0.1:9990/health/ready"), ReadinessLoadMetric.defaultUrl("0.0.0.0", 9990, 0));
        assertEquals(URI.create("http://10.0.0.5:9990/health/ready"), ReadinessLoadMetric.defaultUrl("10.0.0.5", 9990, 0));
        assertEquals(URI.create("http://[fd00::5]:9990/health/ready"), ReadinessLoadMetric.defaultUrl("fd00::5", 9990, 0));
    }

    @Test
    void weightAndCapacityAreKeptForTheLoadProvider() {
        assertEquals(1, metric.getWeight());
        assertEquals(1.0, metric.getCapacity());
        metric.setWeight(3);
        metric.setCapacity(2.5);
        assertEquals(3, metric.getWeight());
        assertEquals(2.5, metric.getCapacity());
    }
}
