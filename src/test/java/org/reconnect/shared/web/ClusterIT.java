package org.reconnect.shared.web;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.reconnect.dev.Cluster;
import org.reconnect.dev.EmbeddedMariaDb;
import org.reconnect.testsupport.client.Browser;
import org.reconnect.testsupport.client.TcpRelay;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.Inbox;
import org.reconnect.testsupport.container.ReminderRoundServlet;
import org.reconnect.testsupport.container.RunAs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two servers behind one address: WildFly's load balancer and two nodes (standalone-ha.xml,
 * configured by the same configure-server.cli) on the test run's database and mail server, as
 * the cluster command runs them. A therapist with a draft note open and a partner with a
 * micro-moment half filled in on her phone lose the node that served them to a SIGKILL; both
 * forms are sent afterwards and succeed on the other node, nobody signs in again, and each thing
 * is stored once. The killed node comes back, the other one leaves the balancer and stops, and
 * both sessions carry on; then it comes back too. That is also a rolling upgrade (each node
 * started anew with the WAR in turn) while a partner keeps using the portal: none of his requests
 * fails. Before all that, both nodes run a reminder round at the same moment: every e-mail goes
 * out once. And a node that cannot reach the database (its own way to it cut) leaves the
 * balancer, whose sessions go on on the other node; with both cut, the balancer answers with its
 * own page; mended, both take requests again.
 */
class ClusterIT {

    private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());
    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static final int BALANCER_OFFSET = 500;

    private static Cluster cluster;
    /** Each node's own way to the database, to take it away from one node alone. */
    private static final TcpRelay[] relays = new TcpRelay[2];
    private static Browser desk;
    private static Browser phone;

    @BeforeAll
    static void startTheCluster() throws Exception {
        Browser.requireChromium();
        Path build = Path.of(System.getProperty("it.build.dir", "target"));
        Path root = build.resolve("it-cluster");
        int balancerPort = 8080 + BALANCER_OFFSET;
        Map<String, String> environment = new HashMap<>();
        environment.put("RECONNECT_DB_URL", TestDatabase.url());
        environment.put("RECONNECT_DB_USER", EmbeddedMariaDb.USER);
        environment.put("RECONNECT_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        environment.put("RECONNECT_DB_OWNER_USER", EmbeddedMariaDb.OWNER_USER);
        environment.put("RECONNECT_DB_OWNER_PASSWORD", EmbeddedMariaDb.OWNER_PASSWORD);
        environment.put("RECONNECT_BASE_URL", "http://localhost:" + balancerPort);
        cluster = new Cluster(Path.of(System.getProperty("wildfly.home")), root, build.resolve("reconnect.war"), BALANCER_OFFSET,
                // the nodes compile with C1 only: they start about a third faster, and the test measures no speed
                environment, List.of("-XX:TieredStopAtLevel=1", "-Dreconnect.demo=true", "-Dreconnect.reminders.scheduled=false",
                "-Dreconnect.smtp.host=127.0.0.1",
                "-Dreconnect.smtp.port=" + Integer.getInteger("it.smtp.port"), "-Dit.pop3.port=" + Integer.getInteger("it.pop3.port")));
        // the test's own archive (the reminder round at a chosen moment) on both nodes, beside reconnect.war
        Path roundWar = root.resolve("it-" + ClusterIT.class.getSimpleName() + ".war");
        Files.createDirectories(root);
        InContainer.archiveFor(ClusterIT.class).setWebXML(new StringAsset(ReminderRoundServlet.WEB_XML))
                .as(ZipExporter.class).exportTo(roundWar.toFile(), true);
        cluster.deployAlso(roundWar);
        for (int node = 1; node <= 2; node++) {
            relays[node - 1] = new TcpRelay("127.0.0.1", Integer.getInteger("it.db.port", 3318));
            cluster.nodeEnvironment(node, Map.of("RECONNECT_DB_URL", EmbeddedMariaDb.jdbcUrl(relays[node - 1].port(), EmbeddedMariaDb.DATABASE)));
        }

        long started = System.nanoTime();
        cluster.startBalancer();
        cluster.startNode(1);
        assertTrue(cluster.awaitReady(1), "node 1 did not start: " + cluster.serverLog(1));
        cluster.startNode(2);
        assertTrue(cluster.awaitReady(2), "node 2 did not start: " + cluster.serverLog(2));
        assertTrue(cluster.awaitBalancer(), "the balancer does not answer");
        assertTrue(cluster.awaitBalancerRoutesTo(1) && cluster.awaitBalancerRoutesTo(2), "the balancer sends to both nodes");
        LOG.info(() -> "cluster up in " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");

        desk = Browser.open(1280, 900);
        desk.useServer(cluster.url());
        phone = Browser.open(390, 844);
        phone.useServer(cluster.url());
    }

    @AfterAll
    static void stopTheCluster() {
        if (desk != null) {
            desk.close();
        }
        if (phone != null) {
            phone.close();
        }
        if (cluster != null) {
            cluster.close();
        }
        for (TcpRelay relay : relays) {
            try {
                if (relay != null) {
                    relay.close();
                }
            } catch (java.io.IOException ignored) {
                // the test is over
            }
        }
    }

    /** The node a JSESSIONID names as its route (the part after the last dot), or null. */
    private static String route(String setCookie) {
        if (setCookie == null || !setCookie.startsWith("JSESSIONID=")) {
            return null;
        }
        String value = setCookie.substring("JSESSIONID=".length()).split(";")[0];
        int dot = value.lastIndexOf('.');
        return dot < 0 ? null : value.substring(dot + 1);
    }

    private static int nodeOf(Browser browser) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        String route = session == null ? null : route("JSESSIONID=" + session.getValue());
        assertTrue(route != null && route.startsWith("node"), "no route in the session cookie: " + session);
        return Integer.parseInt(route.substring("node".length()));
    }

    private static void assertSignedIn(Browser browser, String what) {
        assertFalse(browser.driver().getCurrentUrl().contains("/login.xhtml")
                || !browser.driver().findElements(By.id("j_username")).isEmpty(), what + ": asked to sign in again");
    }

    @Test
    void twoServersOneAddressANodeDiesAndNobodyNotices() throws Exception {
        // first, with both nodes up, both run the reminder round at the same moment: every e-mail goes out once
        List<String> partners = TestDatabase.column("""
                SELECT u.email FROM user_account u JOIN partner p ON p.user_id = u.id WHERE u.enabled = TRUE""");
        Map<String, Integer> before = new HashMap<>();
        for (String partner : partners) {
            before.put(partner, Inbox.count(partner));
        }
        // an evening (the digests' hours) in Alex's zone on a day no other test's round has claimed
        java.time.ZoneId alexZone = java.time.ZoneId.of(TestDatabase.text("""
                SELECT p.time_zone FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'"""));
        Instant at = java.time.LocalDate.now(alexZone).plusDays(500 + (UUID.randomUUID().hashCode() & 0xFF))
                .atTime(19, 0).atZone(alexZone).toInstant();
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> round(1, at));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> round(2, at));
        int sent = one.get() + two.get();
        assertTrue(sent > 0, "the round had something to send");
        // the e-mails go out after the round's commit, on the mail executor: wait for them, then a little longer for a second copy
        int received = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (received < sent && System.nanoTime() < deadline) {
            Thread.sleep(300);
            received = newMails(partners, before);
        }
        Thread.sleep(2000);
        received = newMails(partners, before);
        assertEquals(sent, received, "what was sent arrived: " + one.get() + " sent by node 1, " + two.get() + " by node 2");
        // one round sends a partner at most one e-mail of each kind: two nodes running it at once must too
        for (String partner : partners) {
            List<String> all = Inbox.texts(partner);
            List<String> fresh = all.subList(before.get(partner), all.size());
            assertEquals(fresh.size(), new java.util.HashSet<>(fresh.stream().map(ClusterIT::subject).toList()).size(),
                    () -> partner + " got the same e-mail twice: " + fresh);
        }
        assertEquals(1, TestDatabase.number("""
                SELECT COUNT(*) FROM JBOSS_EJB_TIMER WHERE PARTITION_NAME = 'reconnect' AND TIMED_OBJECT_ID LIKE '%Reminders' AND SCHEDULE_EXPR_MINUTE = '*/15'"""),
                "one stored schedule of the reminder round for every server");

        // an attended session of Maya's, without a note yet
        long couple = TestDatabase.number("SELECT id FROM couple WHERE case_number = 'RC-2026-0001'");
        long maya = TestDatabase.number("""
                SELECT t.id FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = 'maya@demo.test'""");
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusDays(400)
                .plusMinutes(UUID.randomUUID().hashCode() & 0xFFFF);
        TestDatabase.update("""
                INSERT INTO appointment (couple_id, therapist_id, modality, starts_at, ends_at, location, status,
                                         created_at, created_by, changed_at, changed_by)
                VALUES (?, ?, 'IN_PERSON', ?, ?, 'Room 2', 'ATTENDED', NOW(6), 'cluster-it', NOW(6), 'cluster-it')""",
                couple, maya, start, start.plusMinutes(50));
        long appointment = TestDatabase.number("SELECT MAX(id) FROM appointment WHERE created_by = 'cluster-it'");
        long moments = TestDatabase.number("""
                SELECT MIN(id) FROM homework_assignment WHERE couple_id = ? AND type = 'MICRO_MOMENT_LOG' AND status = 'ACTIVE'""", couple);
        String draft = "Cluster draft " + UUID.randomUUID().toString().substring(0, 8);
        String moment = "Cluster moment " + UUID.randomUUID().toString().substring(0, 8);

        // 1 and 2: Maya at her desk with a draft typed, Sam on her phone with a micro-moment filled in
        desk.logIn("maya@demo.test", PASSWORD);
        desk.open("/therapist/note.xhtml?appointment=" + appointment);
        desk.choose("start:template", "SOAP (subjective, objective, assessment, plan)");
        desk.driver().findElement(By.id("start:startNote")).click();
        desk.waitFor(By.id("note:section1"));
        desk.type("note:section1", draft);
        int served = nodeOf(desk);
        // Sam signs in until the balancer puts her on the same node as Maya (it spreads new sessions)
        for (int attempt = 0; attempt < 12; attempt++) {
            phone.forgetSession();
            phone.logIn("sam@demo.test", PASSWORD);
            if (nodeOf(phone) == served) {
                break;
            }
        }
        assertEquals(served, nodeOf(phone), "Sam's session never landed on node " + served);
        phone.open("/portal/moment.xhtml?assignment=" + moments);
        phone.driver().findElement(By.xpath("//label[normalize-space(text())='My partner did']")).click();
        phone.driver().findElement(By.xpath("//label[normalize-space(text())='Turned toward']")).click();
        phone.driver().findElement(By.cssSelector("details.more summary")).click();
        phone.type("entry:text", moment);

        // 3: the node that served them dies
        cluster.kill(served);
        int other = 3 - served;
        Instant killed = Instant.now();

        // 4: both forms are sent, and both succeed on the other node without a new sign-in
        desk.clickAndWait("note:saveDraft");
        Duration failover = Duration.between(killed, Instant.now());
        assertTrue(desk.text(By.id("note:saveStatus")).startsWith("Draft saved at"), desk.text(By.id("note:saveStatus")));
        assertSignedIn(desk, "Maya after the failover");
        phone.driver().findElement(By.id("entry:save")).click();
        assertTrue(phone.waitForPath("/portal/index.xhtml"), phone.driver().getCurrentUrl());
        assertTrue(phone.waitFor(By.id("messages")).getText().contains("Micro-moment saved."), phone.text(By.id("messages")));
        assertSignedIn(phone, "Sam after the failover");
        assertEquals(other, nodeOf(desk), "Maya's session moved to node " + other);
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM session_note WHERE appointment_id = ? AND section_1 = ?",
                appointment, draft), "the draft is stored once");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM homework_entry WHERE assignment_id = ? AND text = ?",
                moments, moment), "the micro-moment is stored once");
        LOG.info(() -> "failover: " + failover.toMillis() + " ms from the kill to the first successful request on node " + other);

        // 5 and a rolling upgrade, while Alex keeps opening his account page through the balancer (a
        // page that reads no clinical data, so the audit trail other tests count stays as it was):
        // the killed node comes back with the new WAR, the other one leaves the balancer and stops,
        // the sessions carry on on the node that came back, and the other node comes back upgraded
        // too. None of Alex's requests fails, and he stays signed in throughout. While a node joins
        // and takes the sessions over, Alex reads his page and sends nothing: WildFly 39 can send a
        // joining node a session that changes at that moment truncated (IPROTO000003), and the node
        // then fails to deploy (README, "Rolling upgrade")
        WebClient user = new WebClient(cluster.url());
        user.logIn("alex@demo.test", PASSWORD);
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean upgrading = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicBoolean joining = new java.util.concurrent.atomic.AtomicBoolean(false);
        Thread using = new Thread(() -> {
            while (upgrading.get()) {
                try {
                    if (joining.get()) {
                        Thread.sleep(200);
                        continue;
                    }
                    HttpResponse<String> page = user.get("/account/security.xhtml");
                    requests.incrementAndGet();
                    if (page.statusCode() != 200 || page.body().contains("j_security_check")) {
                        problems.add(page.statusCode() + (page.body().contains("j_security_check") ? " the sign-in form" : ""));
                    }
                    // a person's pace: a page a second
                    Thread.sleep(1000);
                } catch (Exception e) {
                    problems.add(e.toString());
                }
            }
        }, "cluster-it-user");
        using.start();
        long upgradeStarted = System.nanoTime();
        try {
            joining.set(true);
            cluster.startNode(served);
            assertTrue(cluster.awaitReady(served), "node " + served + " did not come back: " + cluster.serverLog(served));
            joining.set(false);
            assertTrue(cluster.awaitBalancerRoutesTo(served), "the balancer does not send to node " + served + " again");

            assertTrue(cluster.drainAndStop(other), "the balancer was told to stop sending to node " + other);
            long note = TestDatabase.number("SELECT id FROM session_note WHERE appointment_id = ?", appointment);
            desk.open("/therapist/note.xhtml?id=" + note);
            assertSignedIn(desk, "Maya on the node that came back");
            assertTrue(desk.isPresent(By.id("note:section1")), () -> desk.text(By.tagName("body")));
            assertEquals(draft, desk.driver().findElement(By.id("note:section1")).getAttribute("value"), "the draft is there");
            phone.open("/portal/entries.xhtml");
            assertSignedIn(phone, "Sam on the node that came back");
            assertTrue(phone.isPresent(By.id("entries:list")), () -> phone.text(By.tagName("body")));
            assertTrue(phone.text(By.id("entries:list")).contains(moment), phone.text(By.id("entries:list")));
            assertEquals(served, nodeOf(desk));

            joining.set(true);
            cluster.startNode(other);
            assertTrue(cluster.awaitReady(other), "the upgrade of node " + other + " failed: " + cluster.serverLog(other));
            joining.set(false);
            assertTrue(cluster.awaitBalancerRoutesTo(other), "the balancer does not send to node " + other + " again");
        } finally {
            upgrading.set(false);
            using.join(10_000);
        }
        long upgradeSeconds = Duration.ofNanos(System.nanoTime() - upgradeStarted).toSeconds();
        LOG.info(() -> "rolling upgrade: " + upgradeSeconds + " s, " + requests.get() + " requests, problems: " + problems);
        assertTrue(requests.get() > 5, "the user kept asking: " + requests.get());
        assertEquals(List.of(), problems, "no request failed during the rolling upgrade");
    }

    /**
     * Readiness reaches the balancer: the node whose way to the database is cut says DOWN, the
     * balancer stops sending to it, and its sessions go on on the other node without a new sign-in;
     * on its way out, a request gets the node's own outage page at worst. With both nodes cut off,
     * the balancer answers with its own page (accessible, fits a phone). Mended, both nodes take
     * requests again and the session is still signed in.
     */
    @Test
    void aNodeThatCannotReachTheDatabaseLeavesTheBalancerUntilItCan() throws Exception {
        assertTrue(cluster.awaitBalancerRoutesTo(1) && cluster.awaitBalancerRoutesTo(2), "the balancer sends to both nodes");
        WebClient user = new WebClient(cluster.url());
        user.logIn("alex@demo.test", PASSWORD);
        assertEquals(200, user.get("/account/security.xhtml").statusCode());
        // the route names the session's primary owner in the replicated cache, where the balancer
        // sends it first; take the database from that node
        int node = Integer.parseInt(route("JSESSIONID=" + user.sessionId()).substring("node".length()));
        int other = 3 - node;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            relays[node - 1].cut();
            Instant cut = Instant.now();
            // every signed-in request reads the database (the session's row), so a page that node
            // could not have served is one the other node served
            List<String> problems = new java.util.ArrayList<>();
            Duration out = null;
            int outagePages = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out == null && System.nanoTime() < deadline) {
                HttpResponse<String> page = user.get("/account/security.xhtml");
                if (page.body().contains("j_security_check")) {
                    problems.add(page.statusCode() + " the sign-in form");
                } else if (page.statusCode() == 200) {
                    out = Duration.between(cut, Instant.now());
                } else if (page.statusCode() == 503 && page.body().contains("id=\"errorTitle\"")) {
                    outagePages++;
                } else {
                    problems.add(page.statusCode() + " " + page.body().substring(0, Math.min(200, page.body().length())));
                }
                Thread.sleep(250);
            }
            assertNotNull(out, "node " + node + " lost its database, and its session was not served by node " + other
                    + " within 30 s (" + outagePages + " outage pages, " + problems + ")");
            Duration measured = out;
            LOG.info(() -> "readiness: node " + node + " out of the balancer " + measured.toMillis() + " ms after it lost its database");
            assertEquals(List.of(), problems, "on its way out, a request got the node's outage page at worst");
            assertEquals(503, http.send(HttpRequest.newBuilder(cluster.readiness(node)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "node " + node + " says it is not ready");
            // new sessions go to the other node only: four sign-ins in a row succeed (a sign-in on
            // the node without its database would get the outage page; with it still in the
            // balancer, about half would)
            for (int i = 0; i < 4; i++) {
                WebClient someone = new WebClient(cluster.url());
                HttpResponse<String> signedIn = someone.logIn("alex@demo.test", PASSWORD);
                assertFalse(signedIn.statusCode() >= 500 || signedIn.body().contains("j_security_check"),
                        () -> "a sign-in while node " + node + " is out: " + signedIn.statusCode());
                assertEquals(200, someone.get("/account/security.xhtml").statusCode(), "a new session is served");
            }

            // neither node reaches the database: the balancer's own page, not an empty 503
            relays[other - 1].cut();
            HttpResponse<String> nobody = null;
            deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                nobody = http.send(HttpRequest.newBuilder(cluster.url().resolve("home")).build(), HttpResponse.BodyHandlers.ofString());
                if (nobody.body().contains("id=\"unavailableTitle\"")) {
                    break;
                }
                Thread.sleep(250);
            }
            assertNotNull(nobody);
            assertEquals(503, nobody.statusCode());
            assertTrue(nobody.body().contains("id=\"unavailableTitle\"") && nobody.body().contains("Help right now"), nobody.body());
            phone.open("/home");
            phone.waitFor(By.id("unavailableTitle"));
            phone.assertAccessible("the balancer's page");
            phone.assertFitsTheScreen("the balancer's page");
        } finally {
            try {
                relays[0].mend();
            } finally {
                relays[1].mend();
            }
        }
        assertTrue(cluster.awaitBalancerRoutesTo(node) && cluster.awaitBalancerRoutesTo(other), "both nodes take requests again");
        HttpResponse<String> again = user.get("/account/security.xhtml");
        assertEquals(200, again.statusCode());
        assertFalse(again.body().contains("j_security_check"), "still signed in");
    }

    /** An e-mail's subject (the first line of the text the test mailbox gives). */
    private static String subject(String mail) {
        return mail.lines().findFirst().orElse("");
    }

    private static int newMails(List<String> partners, Map<String, Integer> before) throws Exception {
        int received = 0;
        for (String partner : partners) {
            received += Inbox.count(partner) - before.get(partner);
        }
        return received;
    }

    private static int round(int node, Instant at) {
        try {
            URI uri = cluster.nodeUrl(node).resolve("it-" + ClusterIT.class.getSimpleName() + ReminderRoundServlet.PATH);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("at=" + at)).build(),
                    HttpResponse.BodyHandlers.ofString());
            // the rounds take turns (the round's row lock), and the later one finds every e-mail
            // claimed: neither may fail
            assertEquals(200, response.statusCode(), () -> "the round on node " + node + " failed: " + response.body());
            return Integer.parseInt(response.body().strip());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
