package org.reconnect.bench.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import org.reconnect.security.control.Totp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * The load of the benchmark: a therapist's day, a partner on a phone and an admin, signed in once
 * and then going round their pages until the hold time is over; every page checked for status,
 * its own marker and the absence of an error or login page, so that errors are counted honestly.
 * The caseload's control page (bench WAR only) is opened in the therapist's round.
 *
 * <p>With {@code -Dbench.census=<file>} the same rounds run once each, one user at a time, and
 * every request is framed by two reads of the pages' own counts ({@code /bench/statistics}); the
 * differences (statements, transactions) go to that file, one line per request.
 *
 * <p>Settings (system properties): {@code bench.url}, {@code bench.clinic} (a properties file:
 * password, therapists, partners, admins, adminSecret), {@code bench.users}, {@code bench.ramp},
 * {@code bench.hold} (seconds), {@code bench.think} (milliseconds between pages).
 */
public class ClinicDay extends Simulation {

    private static final String URL = System.getProperty("bench.url", "http://127.0.0.1:8380");
    private static final Properties CLINIC = clinic(Path.of(System.getProperty("bench.clinic", "target/bench/clinic.properties")));
    private static final String PASSWORD = CLINIC.getProperty("password");
    private static final String ADMIN_SECRET = CLINIC.getProperty("adminSecret");
    private static final String CENSUS = System.getProperty("bench.census");
    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("bench.ramp", 60));
    private static final Duration HOLD = Duration.ofSeconds(Integer.getInteger("bench.hold", 180));
    private static final long THINK = Long.getLong("bench.think", 500);

    /** The time step of each admin's last code: the server takes a code once per 30 s per person. */
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final List<String> CENSUS_LINES = new ArrayList<>();

    private static final String ERROR_PAGE = "id=\"errorTitle\"";
    private static final String LOGIN_FORM = "j_security_check";

    private final HttpProtocolBuilder protocol = http.baseUrl(URL)
            .disableFollowRedirect()
            .disableCaching()
            // a browser's own page posting back: the product refuses cross-site posts
            .header("Sec-Fetch-Site", "same-origin")
            .header("Origin", URL)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en")
            .userAgentHeader("Reconnect benchmark (Gatling)");

    public ClinicDay() {
        ScenarioBuilder therapist = scenario("therapist").feed(listFeeder(logins("therapists")).circular())
                .exec(signIn("/therapist/index.xhtml"))
                .exec(rounds(therapistRound()));
        ScenarioBuilder partner = scenario("partner").feed(listFeeder(logins("partners")).circular())
                .exec(signIn("/portal/index.xhtml"))
                .exec(rounds(partnerRound()));
        ScenarioBuilder admin = scenario("admin").feed(listFeeder(logins("admins")).circular())
                .exec(signIn("/admin/index.xhtml"), twoStep())
                .exec(rounds(adminRound()));

        if (CENSUS != null) {
            setUp(therapist.injectOpen(atOnceUsers(1))
                    .andThen(partner.injectOpen(atOnceUsers(1)))
                    .andThen(admin.injectOpen(atOnceUsers(1))))
                    .protocols(protocol);
        } else {
            int admins = Math.max(1, USERS / 10);
            int therapists = Math.max(1, USERS * 4 / 10);
            int partners = Math.max(1, USERS - admins - therapists);
            List<PopulationBuilder> populations = List.of(
                    therapist.injectOpen(rampUsers(therapists).during(RAMP)),
                    partner.injectOpen(rampUsers(partners).during(RAMP)),
                    admin.injectOpen(rampUsers(admins).during(RAMP)));
            setUp(populations).protocols(protocol).assertions(global().failedRequests().count().is(0L));
        }
    }

    @Override
    public void after() {
        if (CENSUS != null) {
            try {
                synchronized (CENSUS_LINES) {
                    Files.write(Path.of(CENSUS), CENSUS_LINES);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Under load, round after round until the hold time is over; in the census, three rounds. */
    private static ChainBuilder rounds(ChainBuilder round) {
        if (CENSUS != null) {
            return repeat(3).on(round);
        }
        return during(HOLD).on(round);
    }

    private static ChainBuilder think() {
        if (CENSUS != null || THINK <= 0) {
            return exec(session -> session);
        }
        return pause(Duration.ofMillis(THINK / 2), Duration.ofMillis(THINK * 3 / 2));
    }

    // --- therapist -------------------------------------------------------------------------

    private static ChainBuilder therapistRound() {
        return exec(forget("coupleIds", "appointments", "answerIds"))
                .exec(step("caseload", page("caseload", "/therapist/index.xhtml", "id=\"caseloadSummary\"")
                        .check(regex("couple\\.xhtml\\?id=(\\d+)").findAll().optional().saveAs("coupleIds"))
                        .check(regex("note\\.xhtml\\?appointment=(\\d+)").findAll().optional().saveAs("appointments"))))
                .exec(think())
                .exec(step("control (caseload from memory)", page("control (caseload from memory)", "/therapist/control.xhtml", "id=\"caseloadSummary\"")))
                .exec(think())
                .doIf(session -> session.contains("coupleIds")).then(
                        exec(session -> session.set("coupleId", any(session.getList("coupleIds"))))
                                .exec(step("couple", page("couple", "/therapist/couple.xhtml?id=#{coupleId}", "id=\"caseView\"")
                                        .check(regex("answers\\.xhtml\\?id=(\\d+)").findAll().optional().saveAs("answerIds"))))
                                .exec(think()))
                .doIf(session -> session.contains("answerIds")).then(
                        exec(session -> session.set("answerId", any(session.getList("answerIds"))))
                                .exec(step("results (answers)", page("results (answers)", "/therapist/answers.xhtml?id=#{answerId}", "id=\"sheet\"")))
                                .exec(think()))
                .doIf(session -> session.contains("appointments")).then(note());
    }

    /** An overdue note of the caseload: started if need be, a section autosaved, then signed. */
    private static ChainBuilder note() {
        return exec(forget("startForm", "noteForm", "noteId"))
                .exec(session -> session.set("appointment", any(session.<String>getList("appointments"))))
                .exec(step("note", page("note", "/therapist/note.xhtml?appointment=#{appointment}", "id=\"noteView\"", "id=\"start\"")
                        .check(regex("(id=\"start\")").optional().saveAs("startForm"))
                        .check(regex("name=\"(note:section\\d)\"").findAll().optional().saveAs("sections"))
                        .check(regex("\\?id=(\\d+)").optional().saveAs("noteId"))
                        .check(regex("(<form id=\"note\")").optional().saveAs("noteForm"))))
                .doIf(session -> session.contains("startForm")).then(
                        exec(step("note: start", http("note: start").post("/therapist/note.xhtml")
                                .formParam("start", "start")
                                .formParam("start:template", "SOAP")
                                .formParam("start:startNote", "start:startNote")
                                .formParam("jakarta.faces.ViewState", "#{viewState}")
                                .formParam("primefaces.nonce", "#{nonce}")
                                .check(status().is(302), header("Location").transform(l -> l.replaceAll(".*[?&]id=(\\d+).*", "$1")).saveAs("noteId"))))
                                .exec(step("note", page("note", "/therapist/note.xhtml?id=#{noteId}", "<form id=\"note\"")
                                        .check(regex("name=\"(note:section\\d)\"").findAll().saveAs("sections"))))
                                .exec(session -> session.set("noteForm", true)))
                .doIf(session -> session.contains("noteForm") && session.contains("sections")).then(
                        exec(think())
                                .exec(step("note: autosave", http("note: autosave").post("/therapist/note.xhtml")
                                        .header("Faces-Request", "partial/ajax")
                                        .formParamMap(session -> ajax(session, "note", "note:section1", "note:saveStatus", false))
                                        .check(status().is(200), substring("<partial-response"), substring("<error>").notExists(),
                                                substring("<redirect").notExists())))
                                .exec(think())
                                .exec(step("note: sign", http("note: sign").post("/therapist/note.xhtml")
                                        .formParamMap(session -> ajax(session, "note", null, null, true))
                                        .check(status().in(200, 302))
                                        // two users of one therapist may open the same note: the later one is told, which is right
                                        .checkIf((response, session) -> response.status().code() == 200)
                                        .then(regex("saved from another window|signed and can no longer change").exists()))));
    }

    // --- partner ---------------------------------------------------------------------------

    private static ChainBuilder partnerRound() {
        return exec(forget("assignment"))
                .exec(step("portal home", page("portal home", "/portal/index.xhtml", "id=\"welcome\"")
                        .check(regex("moment\\.xhtml\\?assignment=(\\d+)").optional().saveAs("assignment"))))
                .exec(think())
                .doIf(session -> session.contains("assignment")).then(
                        exec(step("micro-moment form", page("micro-moment form", "/portal/moment.xhtml?assignment=#{assignment}", "<form id=\"entry\"")
                                .check(regex("name=\"entry:bidBy\"[^>]*value=\"([^\"]+)\"").findRandom().saveAs("bidBy"))
                                .check(regex("name=\"entry:response\"[^>]*value=\"([^\"]+)\"").findRandom().saveAs("response"))))
                                .exec(think())
                                .exec(step("micro-moment: log", http("micro-moment: log").post("/portal/moment.xhtml")
                                        .formParam("entry", "entry")
                                        .formParam("entry:bidBy", "#{bidBy}")
                                        .formParam("entry:response", "#{response}")
                                        .formParam("entry:save", "entry:save")
                                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                                        .formParam("primefaces.nonce", "#{nonce}")
                                        .check(status().is(302), header("Location").transform(l -> l.contains("/portal/index")).is(true))))
                                .exec(think()))
                .exec(step("entries", page("entries", "/portal/entries.xhtml", "<form id=\"entries\"")))
                .exec(think());
    }

    // --- admin -----------------------------------------------------------------------------

    private static ChainBuilder adminRound() {
        return exec(step("admin home", page("admin home", "/admin/index.xhtml", "id=\"clinicCounts\"")))
                .exec(think())
                .exec(step("couples", page("couples", "/admin/couples.xhtml", "<form id=\"couples\"")))
                .exec(think())
                .exec(session -> session.set("search", "" + (char) ('a' + ThreadLocalRandom.current().nextInt(26))))
                .exec(step("couples: search", http("couples: search").post("/admin/couples.xhtml")
                        .header("Faces-Request", "partial/ajax")
                        .formParamMap(session -> {
                            Map<String, Object> form = ajax(session, "couples", "couples:apply", "couples:table", false);
                            form.put("couples:search", session.getString("search"));
                            return form;
                        })
                        .check(status().is(200), substring("<partial-response"), substring("<error>").notExists(),
                                substring("<redirect").notExists())))
                .exec(think())
                .exec(step("reports", page("reports", "/admin/reports.xhtml", "id=\"totals\"")))
                .exec(think())
                .exec(step("audit (first page)", page("audit (first page)", "/admin/audit.xhtml", "<form id=\"audit\"")))
                .exec(think());
    }

    // --- signing in ------------------------------------------------------------------------

    /** Opens a page of the area (the login form answers), posts the login form, expects a redirect back. */
    private static ChainBuilder signIn(String area) {
        return exec(http("login page").get(area).check(status().is(200), substring(LOGIN_FORM)))
                .exec(step("sign in", http("sign in").post("/j_security_check")
                        .formParam("j_username", "#{login}")
                        .formParam("j_password", PASSWORD)
                        .check(status().is(302), header("Location").transform(l -> !l.contains("login") && !l.contains("locked")).is(true))));
    }

    /** An admin's second step: a code for a time step this admin has not used yet (waits for one if need be). */
    private static ChainBuilder twoStep() {
        return exec(session -> {
            String login = session.getString("login");
            long now = Instant.now().getEpochSecond();
            long step = LAST_STEP.merge(login, Totp.step(Instant.now()), (last, current) -> Math.max(last + 1, current));
            long wait = Math.max(0, step * Totp.STEP.getSeconds() - now + 1);
            return session.set("totpStep", step).set("totpWait", wait);
        })
                .pause(session -> Duration.ofSeconds(session.getLong("totpWait")))
                .exec(session -> session.set("code", Totp.codeAt(ADMIN_SECRET, session.getLong("totpStep"))))
                .exec(page("two-step page", "/account/two-step.xhtml", "<form id=\"twoStep\""))
                .exec(step("sign in: code", http("sign in: code").post("/account/two-step.xhtml")
                        .formParam("twoStep", "twoStep")
                        .formParam("twoStep:code", "#{code}")
                        .formParam("twoStep:verify", "twoStep:verify")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(302))));
    }

    // --- building blocks -------------------------------------------------------------------

    /** A page: 200, its marker (any of them), no error page, no login form; keeps its view state and nonce. */
    private static HttpRequestActionBuilder page(String name, String url, String... markers) {
        String pattern = String.join("|", Arrays.stream(markers).map(m -> java.util.regex.Pattern.quote(m)).toList());
        return http(name).get(url).check(
                status().is(200),
                regex(pattern).exists(),
                substring(ERROR_PAGE).notExists(),
                substring(LOGIN_FORM).notExists(),
                regex("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").optional().saveAs("viewState"),
                headerRegex("Content-Security-Policy", "'nonce-([^']+)'").optional().saveAs("nonce"));
    }

    /**
     * A form's fields for a postback: the form itself, its text areas (filled), view state and nonce;
     * as an ajax request of {@code source} that renders {@code render}, or as the sign button.
     */
    private static Map<String, Object> ajax(Session session, String form, String source, String render, boolean sign) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(form, form);
        if (session.contains("sections")) {
            for (String section : session.<String>getList("sections")) {
                fields.put(section, "Benchmark note, " + section + ": the couple talked about their week.");
            }
        }
        if (sign) {
            fields.put("note:password", PASSWORD);
            fields.put("note:signNote", "note:signNote");
        } else {
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", source);
            fields.put("jakarta.faces.partial.execute", form);
            fields.put("jakarta.faces.partial.render", render);
            if (source.endsWith(":section1")) {
                fields.put("jakarta.faces.behavior.event", "change");
                fields.put("jakarta.faces.partial.event", "change");
            } else {
                fields.put(source, source);
            }
        }
        fields.put("jakarta.faces.ViewState", session.getString("viewState"));
        fields.put("primefaces.nonce", session.getString("nonce"));
        return fields;
    }

    /**
     * One request; in the census, framed by two reads of Hibernate's statistics and its cost written
     * down. The reads go out on a client of their own, without this user's cookies (a session halfway
     * through the second sign-in step would be sent to that step), and blocking, which is fine for the
     * census's one user at a time.
     */
    private static ChainBuilder step(String name, HttpRequestActionBuilder request) {
        if (CENSUS == null) {
            return exec(request);
        }
        return exec(session -> session.markAsSucceeded().set("before", statistics()))
                .exec(request)
                .exec(session -> {
                    long[] before = counts(session.getString("before"));
                    long[] after = counts(statistics());
                    synchronized (CENSUS_LINES) {
                        CENSUS_LINES.add(name + "\t" + (after[0] - before[0]) + "\t" + (after[1] - before[1])
                                + "\t" + (session.isFailed() ? "failed" : "ok"));
                    }
                    return session;
                });
    }

    private static final java.net.http.HttpClient STATISTICS = java.net.http.HttpClient.newHttpClient();

    private static String statistics() {
        try {
            java.net.http.HttpResponse<String> response = STATISTICS.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(URL + "/bench/statistics")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/bench/statistics answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long[] counts(String text) {
        String[] parts = text.trim().split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    private static Function<Session, Session> forget(String... keys) {
        return session -> {
            Session s = session;
            for (String key : keys) {
                s = s.remove(key);
            }
            return s;
        };
    }

    private static <T> T any(List<T> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    private static List<Map<String, Object>> logins(String key) {
        List<Map<String, Object>> logins = new ArrayList<>();
        for (String login : CLINIC.getProperty(key, "").split(",")) {
            if (!login.isBlank()) {
                logins.add(Map.of("login", login.strip()));
            }
        }
        if (logins.isEmpty()) {
            throw new IllegalStateException("the clinic file names no " + key);
        }
        return logins;
    }

    private static Properties clinic(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("no clinic file " + file + " (the benchmark's driver writes it)", e);
        }
        return properties;
    }

    private interface Function<A, B> extends java.util.function.Function<A, B> {
    }
}
