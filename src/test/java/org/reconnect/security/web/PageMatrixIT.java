package org.reconnect.security.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.MatrixWorld;
import org.reconnect.testsupport.container.MatrixWorldServlet;
import org.reconnect.testsupport.container.SessionBytesServlet;
import org.reconnect.testsupport.container.TestServlets;
import org.reconnect.testsupport.container.Principal;
import org.reconnect.testsupport.container.RunAs;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The authorization matrix of the pages: every page under /admin, /therapist and /portal, opened
 * by each principal (signed in once each, through the login form), with couple 1's record ids
 * where the page takes one, against the table below. Couple 1 and its records are made fresh for
 * the run, inside the server ({@link MatrixWorldServlet}).
 *
 * <p>The letters, one per {@link Principal}:
 * <ul>
 *   <li>{@code L}: sent to sign in: the login form instead of the page;</li>
 *   <li>{@code F}: forbidden, the friendly 403 page (the area is for another role);</li>
 *   <li>{@code N}: not found: the friendly 404 page, the very page (status and text) that a
 *       record id that does not exist gets;</li>
 *   <li>{@code A}: the page (200), neither an error page nor the login form.</li>
 * </ul>
 * Whatever the letter, no page shows couple 1's clinical text, partner A's shared entry or her
 * self-care journal to anyone who may not read them. A page in the web root without a row, or a
 * row without a page, fails {@link #everyPageOfTheThreeAreasHasARow}: a new page says who may
 * open it here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageMatrixIT {

    private static final Logger LOG = Logger.getLogger(PageMatrixIT.class.getName());
    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static final List<String> AREAS = List.of("admin", "therapist", "portal", "account");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern ERROR_PAGE = Pattern.compile("data-error=\"(\\w+)\"");
    private static final Pattern LOGIN_FORM = Pattern.compile("<form id=\"login\"[^>]*action=\"[^\"]*/j_security_check\"");

    /** A page, with {@code {id}} placeholders that name a {@link MatrixWorld} id, and the letter per principal. */
    record Row(String page, String expected) {

        Row {
            expected = Principal.letters(expected, "LFNA", page);
        }

        char expected(Principal who) {
            return expected.charAt(who.ordinal());
        }

        /** The file of the web root the page is. */
        String file() {
            int query = page.indexOf('?');
            return query < 0 ? page : page.substring(0, query);
        }

        String path(MatrixWorld world) {
            Matcher placeholder = PLACEHOLDER.matcher(page);
            StringBuilder path = new StringBuilder();
            while (placeholder.find()) {
                placeholder.appendReplacement(path, String.valueOf(component(world, placeholder.group(1))));
            }
            return placeholder.appendTail(path).toString();
        }
    }

    // The table: for each page, the letter per principal (Principal: anonymous, partner A, partner B,
    // a partner of couple 2, couple 1's therapist, another therapist, an admin). Partner A wrote
    // the entry and has the questionnaire.
    private static final List<Row> TABLE = List.of(
            //                                                           anon A  B  C2 T1 T2 admin
            new Row("/admin/index.xhtml",                               "L  F  F  F  F  F  A"),
            new Row("/admin/audit.xhtml",                               "L  F  F  F  F  F  A"),
            new Row("/admin/couples.xhtml",                             "L  F  F  F  F  F  A"),
            new Row("/admin/couple.xhtml?id={couple}",                  "L  F  F  F  F  F  A"),
            new Row("/admin/instruments.xhtml",                         "L  F  F  F  F  F  A"),
            new Row("/admin/intake.xhtml",                              "L  F  F  F  F  F  A"),
            new Row("/admin/reports.xhtml",                             "L  F  F  F  F  F  A"),
            new Row("/admin/settings.xhtml",                            "L  F  F  F  F  F  A"),
            new Row("/admin/staff.xhtml",                               "L  F  F  F  F  F  A"),
            new Row("/admin/waiting.xhtml",                             "L  F  F  F  F  F  A"),

            new Row("/therapist/index.xhtml",                           "L  F  F  F  A  A  F"),
            new Row("/therapist/calendar.xhtml",                        "L  F  F  F  A  A  F"),
            new Row("/therapist/calendar-feed.xhtml",                   "L  F  F  F  A  A  F"),
            new Row("/therapist/inbox.xhtml",                           "L  F  F  F  A  A  F"),
            new Row("/therapist/intake.xhtml",                          "L  F  F  F  A  A  F"),
            new Row("/therapist/couple.xhtml?id={couple}",              "L  F  F  F  A  N  F"),
            new Row("/therapist/homework.xhtml?id={couple}",            "L  F  F  F  A  N  F"),
            new Row("/therapist/answers.xhtml?id={response}",           "L  F  F  F  A  N  F"),
            new Row("/therapist/note.xhtml?id={note}",                  "L  F  F  F  A  N  F"),
            new Row("/therapist/note.xhtml?appointment={appointment}",  "L  F  F  F  A  N  F"),
            new Row("/therapist/messages.xhtml",                        "L  F  F  F  N  N  F"),
            new Row("/therapist/messages.xhtml?couple={couple}",        "L  F  F  F  A  N  F"),
            new Row("/therapist/messages.xhtml?couple={couple}&thread={threadA}", "L  F  F  F  A  N  F"),

            new Row("/portal/index.xhtml",                              "L  A  A  A  F  F  F"),
            new Row("/portal/assessments.xhtml",                        "L  A  A  A  F  F  F"),
            new Row("/portal/entries.xhtml",                            "L  A  A  A  F  F  F"),
            new Row("/portal/settings.xhtml",                           "L  A  A  A  F  F  F"),
            new Row("/portal/steps.xhtml",                              "L  A  A  A  F  F  F"),
            new Row("/portal/moment.xhtml",                             "L  A  A  A  F  F  F"),
            new Row("/portal/moment.xhtml?assignment={assignment}",     "L  A  A  N  F  F  F"),
            new Row("/portal/log.xhtml?assignment={assignment}",        "L  A  A  N  F  F  F"),
            new Row("/portal/log.xhtml?entry={entry}",                  "L  A  N  N  F  F  F"),
            new Row("/portal/assessment.xhtml?id={openResponse}",       "L  A  N  N  F  F  F"),
            new Row("/portal/messages.xhtml",                           "L  A  A  A  F  F  F"),
            new Row("/portal/messages.xhtml?thread={jointThread}",      "L  A  A  N  F  F  F"),
            new Row("/portal/messages.xhtml?thread={threadA}",          "L  A  N  N  F  F  F"),
            new Row("/portal/messages.xhtml?thread={threadB}",          "L  N  A  N  F  F  F"),

            new Row("/account/security.xhtml",                          "L  A  A  A  A  A  A"),
            new Row("/account/two-step.xhtml",                          "L  F  F  F  A  A  A"),
            new Row("/account/set-password.xhtml",                      "A  A  A  A  A  A  A"),
            new Row("/account/forgot-password.xhtml",                   "A  A  A  A  A  A  A"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return InContainer.archiveFor(PageMatrixIT.class, SessionBytesServlet.MODULES).setWebXML(new StringAsset(
                TestServlets.webXml(Map.of(MatrixWorldServlet.class, MatrixWorldServlet.PATH, SessionBytesServlet.class, SessionBytesServlet.PATH))));
    }

    @Test
    void everyPageOfTheThreeAreasHasARow() throws IOException {
        Path webRoot = webRoot();
        Set<String> pages = new TreeSet<>();
        for (String area : AREAS) {
            try (Stream<Path> files = Files.walk(webRoot.resolve(area))) {
                files.filter(f -> f.toString().endsWith(".xhtml"))
                        .map(f -> "/" + webRoot.relativize(f).toString().replace('\\', '/'))
                        .forEach(pages::add);
            }
        }
        Set<String> inTable = TABLE.stream().map(Row::file).collect(Collectors.toCollection(TreeSet::new));

        Set<String> withoutRow = new TreeSet<>(pages);
        withoutRow.removeAll(inTable);
        Set<String> withoutPage = new TreeSet<>(inTable);
        withoutPage.removeAll(pages);

        assertTrue(withoutRow.isEmpty(), () -> "pages without a row in the authorization matrix, add one to "
                + "PageMatrixIT.TABLE saying who may open each (with couple 1's ids where it takes one): " + withoutRow);
        assertTrue(withoutPage.isEmpty(), () -> "rows of the authorization matrix for pages that are not in "
                + webRoot + " (renamed or removed?): " + withoutPage);
        assertTrue(pages.contains("/admin/index.xhtml") && pages.contains("/portal/index.xhtml"),
                () -> "the scan of " + webRoot + " misses known pages: " + pages);
    }

    @Test
    void everyPrincipalGetsWhatTheTableSaysOnEveryPage() throws Exception {
        long started = System.nanoTime();
        MatrixWorld world = makeWorld();
        MatrixWorld missing = world.missing();
        Map<Principal, WebClient> clients = new EnumMap<>(Principal.class);
        for (Principal who : Principal.values()) {
            WebClient client = new WebClient();
            if (who != Principal.ANONYMOUS) {
                client.logIn(who.email(world), PASSWORD);
                assertFalse(isLogin(client.get("/home")), () -> who + " could not sign in");
            }
            clients.put(who, client);
        }
        long signedIn = System.nanoTime();

        List<String> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StringBuilder got = new StringBuilder();
        int cells = 0;
        for (Row row : TABLE) {
            StringBuilder letters = new StringBuilder();
            for (Principal who : Principal.values()) {
                WebClient client = clients.get(who);
                char expected = row.expected(who);
                HttpResponse<String> page = client.get(row.path(world));
                HttpResponse<String> forMissing = expected == 'N' ? client.get(row.path(missing)) : null;
                String problem = problem(expected, page, forMissing);
                if (problem == null) {
                    problem = secretShown(world, who, page, seen);
                }
                if (problem != null) {
                    failures.add(row.page() + " as " + who + ": " + problem);
                }
                letters.append(problem == null ? expected : '!').append(' ');
                cells++;
                if (who != Principal.ANONYMOUS) {
                    // the session, with this page's view state and beans in it, can be taken over by a second server
                    String notSerialized = notSerialized(client);
                    if (notSerialized != null) {
                        failures.add("after " + row.page() + " the session of " + who + " does not serialize: " + notSerialized);
                    }
                }
            }
            got.append(String.format("%-52s %s%n", row.page(), letters));
        }
        for (MatrixWorld.Secret secret : world.secrets()) {
            if (!seen.contains(secret.what())) {
                failures.add("no page showed " + secret.what() + ", not even to those who may read it: the check that "
                        + "nobody else sees it would be blind");
            }
        }
        LOG.info(() -> "Page matrix, " + TABLE.size() + " pages, letters for " + Principal.ORDER
                + " (! where the answer broke the letter):\n" + got);
        LOG.info(String.format("Page matrix: %d cells; fixtures and sign-ins %d ms, cells %d ms", cells,
                Duration.ofNanos(signedIn - started).toMillis(), Duration.ofNanos(System.nanoTime() - signedIn).toMillis()));
        if (!failures.isEmpty()) {
            fail(failures.size() + " cells of the page matrix differ from the table (letters for " + Principal.ORDER
                    + "):\n  " + String.join("\n  ", failures));
        }
    }

    /** What of the client's application session cannot be serialized, or {@code null} when all of it can. */
    private static String notSerialized(WebClient client) throws Exception {
        HttpResponse<String> bytes = client.get("/it-" + PageMatrixIT.class.getSimpleName() + SessionBytesServlet.PATH);
        return bytes.statusCode() == 200 && bytes.body().contains("ok ") && !bytes.body().contains("FAIL ")
                ? null : bytes.statusCode() + " " + bytes.body();
    }

    /** Why a response breaks the letter, or {@code null} when it keeps it. */
    private static String problem(char expected, HttpResponse<String> page, HttpResponse<String> forMissing) {
        String error = errorPage(page);
        String got = isLogin(page) ? "the login form" : page.statusCode() + (error == null ? "" : " error page " + error)
                + (page.statusCode() == 302 ? " to " + WebClient.location(page) : "");
        return switch (expected) {
            case 'L' -> isLogin(page) ? null : "expected to be sent to sign in, got " + got;
            case 'F' -> page.statusCode() == 403 && "403".equals(error) ? null : "expected the friendly 403 page, got " + got;
            case 'N' -> page.statusCode() == 404 && "404".equals(error) && forMissing.statusCode() == page.statusCode()
                    && text(forMissing).equals(text(page)) ? null
                    : "expected the page a missing id gets (" + forMissing.statusCode() + " " + errorPage(forMissing)
                    + "), got " + got + (text(forMissing).equals(text(page)) ? "" : " with other text: " + text(page));
            case 'A' -> page.statusCode() == 200 && error == null && !isLogin(page) ? null : "expected the page, got " + got;
            default -> throw new IllegalStateException("letter " + expected);
        };
    }

    /** Why the page shows a text the principal may not read, or {@code null}; notes in {@code seen} which texts were shown. */
    private static String secretShown(MatrixWorld world, Principal who, HttpResponse<String> page, Set<String> seen) {
        for (MatrixWorld.Secret secret : world.secrets()) {
            if (page.body().contains(secret.text())) {
                if (!secret.reads().test(who)) {
                    return "the page shows " + secret.what();
                }
                seen.add(secret.what());
            }
        }
        return null;
    }

    /**
     * The login form instead of the page: the container's form login shows it at the address asked
     * for (a forward, so the person comes back to that page after signing in); a redirect to the
     * login page would do as well.
     */
    private static boolean isLogin(HttpResponse<String> page) {
        return page.statusCode() == 302 ? "/login.xhtml".equals(WebClient.location(page))
                : page.statusCode() == 200 && LOGIN_FORM.matcher(page.body()).find() && errorPage(page) == null;
    }

    private static String errorPage(HttpResponse<String> page) {
        Matcher error = ERROR_PAGE.matcher(page.body());
        return error.find() ? error.group(1) : null;
    }

    /** What a person reads on the page: no markup, no scripts, no hidden view state. */
    private static String text(HttpResponse<String> page) {
        return page.body()
                .replaceAll("(?is)<script.*?</script>|<style.*?</style>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Couple 1 and the rest, made inside the server by this test's archive. */
    private static MatrixWorld makeWorld() throws Exception {
        HttpResponse<String> made = new WebClient().post("/it-" + PageMatrixIT.class.getSimpleName()
                + MatrixWorldServlet.PATH, Map.of());
        assertEquals(200, made.statusCode(), made::body);
        Properties properties = new Properties();
        properties.load(new StringReader(made.body()));
        return MatrixWorld.fromProperties(properties);
    }

    private static Object component(MatrixWorld world, String name) {
        for (RecordComponent component : MatrixWorld.class.getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(world);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("no " + name + " in the matrix world");
    }

    /** The web root of the sources: the project is the parent of the build folder the build names. */
    private static Path webRoot() {
        String basedir = System.getProperty("basedir");
        Path project = basedir != null ? Path.of(basedir)
                : Path.of(System.getProperty("it.build.dir", "target")).toAbsolutePath().getParent();
        Path webRoot = project.resolve("src/main/webapp");
        if (!Files.isDirectory(webRoot)) {
            throw new UncheckedIOException(new IOException("no web root at " + webRoot));
        }
        return webRoot;
    }
}
