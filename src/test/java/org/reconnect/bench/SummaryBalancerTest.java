package org.reconnect.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's balancer table: what it compares, and that a failure there fails the run. */
class SummaryBalancerTest {

    private static Summary.Load load(String name, long ok, long ko, double mean) {
        return new Summary.Load(name, ok, ko, 1.0, mean, Math.round(mean), Math.round(mean * 2), Math.round(mean * 3));
    }

    private static Summary withBalancerRuns(long ko, int exit) {
        Summary summary = new Summary(false, 10, 60);
        Summary.Size size = summary.size("500 couples", 500);
        size.gatlingExit = 0;
        size.censusExit = 0;
        size.auditIntact = true;
        size.straight.add(Map.of("home", load("home", 100, 0, 100), "caseload", load("caseload", 300, 0, 200)));
        size.throughBalancer.add(Map.of("home", load("home", 100, ko, 110), "caseload", load("caseload", 300, 0, 260)));
        size.balancerExits.add(0);
        size.balancerExits.add(exit);
        return summary;
    }

    @Test
    void eachRequestAndTheWholeRunComparedPairByPair() {
        String md = withBalancerRuns(0, 0).markdown();
        assertTrue(md.contains("| home | 100 / 200 | 110 / 220 | 110 % |"), md);
        assertTrue(md.contains("| caseload | 200 / 400 | 260 / 520 | 130 % |"), md);
        // (100 * 110 + 300 * 260) / (100 * 100 + 300 * 200) = 89,000 / 70,000
        assertTrue(md.contains("| **every request** | | | 127 % |"), md);
    }

    @Test
    void aFailedRequestOrRunBehindTheBalancerFailsTheBenchmark() {
        assertFalse(withBalancerRuns(0, 0).failed());
        Summary failedRequest = withBalancerRuns(2, 0);
        assertTrue(failedRequest.failed());
        assertEquals(2, failedRequest.last().balancerErrors());
        assertEquals(0, failedRequest.last().errors(), "the main load's errors are its own");
        assertTrue(failedRequest.markdown().contains("- errors behind the balancer: 2"), failedRequest.markdown());
        assertTrue(withBalancerRuns(0, 1).failed());
    }
}
