package org.reconnect.shared.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.RunAs;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The favicon, the home-screen icons and the web app manifest, over HTTP: each answers 200 with
 * its own type, cached like the other static files and under a policy that allows nothing; every
 * layout links them from its head; the pages' policy lets the browser load them; and a sign-in
 * still waiting for its second step gets them too (not a redirect to the code page).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppIconsIT {

    private static final String PASSWORD = RunAs.DEMO_PASSWORD;
    private static final Pattern LINK = Pattern.compile("<link\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w[\\w-]*)=\"([^\"]*)\"");

    /** For each layout (WEB-INF/templates/*.xhtml), a page that uses it and who opens it (nobody: anonymous). */
    private static final Map<String, String[]> PAGE_OF_LAYOUT = Map.of(
            "public.xhtml", new String[] {"/login.xhtml", null},
            "staff.xhtml", new String[] {"/therapist/index.xhtml", "THERAPIST"},
            "portal.xhtml", new String[] {"/portal/steps.xhtml", "alex@demo.test"});

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(AppIconsIT.class);
    }

    private HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(TestServer.url(path)).GET().timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** A static file: 200, its type, a week in any cache, nosniff, a policy that allows nothing, no session. */
    private static void assertStaticFile(String path, HttpResponse<byte[]> response, String type) {
        assertEquals(200, response.statusCode(), path);
        assertTrue(header(response, "Content-Type").startsWith(type), path + " is " + header(response, "Content-Type"));
        assertEquals("public, max-age=604800", header(response, "Cache-Control"), path);
        assertEquals("nosniff", header(response, "X-Content-Type-Options"), path);
        assertTrue(header(response, "Content-Security-Policy").startsWith("default-src 'none'"), path + ": "
                + header(response, "Content-Security-Policy"));
        assertFalse(header(response, "Set-Cookie").contains("JSESSIONID"), path + " starts no session");
        assertTrue(response.body().length > 0, path);
    }

    @Test
    void theFaviconIsAnIconFileAtTheSiteRoot() throws Exception {
        HttpResponse<byte[]> favicon = fetch("/favicon.ico");
        assertStaticFile("/favicon.ico", favicon, "image/vnd.microsoft.icon");
        byte[] start = new byte[4];
        System.arraycopy(favicon.body(), 0, start, 0, 4);
        assertArrayEquals(new byte[] {0, 0, 1, 0}, start, "the header of a Windows icon file");
    }

    @Test
    void theManifestAnswersAsAManifestAndEveryIconItNamesIsThere() throws Exception {
        HttpResponse<byte[]> response = fetch("/manifest.webmanifest");
        assertStaticFile("/manifest.webmanifest", response, "application/manifest+json");
        JsonObject manifest;
        try (JsonReader json = Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8)))) {
            manifest = json.readObject();
        }
        assertEquals("Reconnect", manifest.getString("name"));
        URI base = TestServer.url("/manifest.webmanifest");
        int start = fetch(base.resolve(manifest.getString("start_url")).getPath()).statusCode();
        assertTrue(start == 200 || start == 302, "the start page answers (or sends to the login page): " + start);
        for (JsonObject icon : manifest.getJsonArray("icons").getValuesAs(JsonObject.class)) {
            String path = base.resolve(icon.getString("src")).getPath();
            assertStaticFile(path, fetch(path), icon.getString("type"));
        }
    }

    @Test
    void everyLayoutLinksTheFaviconTheIconsAndTheManifest() throws Exception {
        Set<String> layouts;
        try (Stream<Path> files = Files.list(webRoot().resolve("WEB-INF/templates"))) {
            layouts = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xhtml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(layouts, new TreeSet<>(PAGE_OF_LAYOUT.keySet()),
                "every layout needs a page in PAGE_OF_LAYOUT that shows it links the icons");

        for (Map.Entry<String, String[]> layout : PAGE_OF_LAYOUT.entrySet()) {
            WebClient client = new WebClient();
            String who = layout.getValue()[1];
            if (who != null) {
                client.logIn(who.contains("@") ? who : TestDatabase.newStaff(who), PASSWORD);
            }
            HttpResponse<String> page = client.get(layout.getValue()[0]);
            assertEquals(200, page.statusCode(), layout.getKey() + " via " + layout.getValue()[0]);
            assertTrue(page.body().contains("class=\"" + layout.getKey().replace(".xhtml", "")),
                    layout.getValue()[0] + " is a page of the " + layout.getKey() + " layout");

            Map<String, String> linked = links(page.body());
            String where = layout.getKey() + " (" + layout.getValue()[0] + ") links " + linked;
            assertEquals("/favicon.ico", linked.get("icon image/vnd.microsoft.icon"), where);
            assertEquals("/icons/reconnect.svg", linked.get("icon image/svg+xml"), where);
            assertEquals("/icons/apple-touch-icon.png", linked.get("apple-touch-icon image/png"), where);
            assertEquals("/manifest.webmanifest", linked.get("manifest application/manifest+json"), where);
            assertTrue(page.body().contains("<meta name=\"theme-color\" content=\"#1557a8\""), where);

            String policy = header(page, "Content-Security-Policy");
            assertTrue(policy.contains("manifest-src 'self'") && policy.contains("img-src 'self'"), policy);
        }
    }

    /**
     * The head's links by relation and by the type the link's target answers with (so a link to a
     * file that is not there, or not what it says, finds no key).
     */
    private Map<String, String> links(String html) throws IOException, InterruptedException {
        Map<String, String> links = new LinkedHashMap<>();
        String head = html.substring(0, Math.max(0, html.indexOf("</head>")));
        Matcher link = LINK.matcher(head);
        while (link.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(link.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2));
            }
            String rel = attributes.getOrDefault("rel", "");
            if (Set.of("icon", "apple-touch-icon", "manifest").contains(rel)) {
                String href = attributes.get("href");
                HttpResponse<byte[]> target = fetch(href);
                String type = target.statusCode() == 200 ? header(target, "Content-Type").split(";")[0] : target.statusCode() + "";
                links.put(rel + " " + type, href);
            }
        }
        return links;
    }

    @Test
    void aSignInWaitingForItsSecondStepStillGetsTheIcons() throws Exception {
        String admin = TestDatabase.newStaff("ADMIN");
        WebClient client = new WebClient();
        client.logIn(admin, PASSWORD);
        assertEquals("/account/two-step.xhtml", WebClient.location(client.get("/admin/")), "waiting for the second step");

        for (String path : new String[] {"/favicon.ico", "/icons/reconnect-192.png", "/manifest.webmanifest"}) {
            HttpResponse<String> file = client.get(path);
            assertEquals(200, file.statusCode(), path + " answered " + file.statusCode() + " " + file.headers().map());
        }
    }

    /** The web root of the sources: the project is the parent of the build folder the build names. */
    private static Path webRoot() {
        String basedir = System.getProperty("basedir");
        Path project = basedir != null ? Path.of(basedir)
                : Path.of(System.getProperty("it.build.dir", "target")).toAbsolutePath().getParent();
        return project.resolve("src/main/webapp");
    }
}
