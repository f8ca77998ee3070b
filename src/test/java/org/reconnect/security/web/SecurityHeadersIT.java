package org.reconnect.security.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.WebClient;
import org.reconnect.testsupport.container.RunAs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security headers on every kind of response: a page, an ajax response, a static resource,
 * error pages and a redirect; the page's policy carries a fresh nonce that its scripts carry too;
 * over HTTPS also HSTS and a Secure session cookie (the test server has WildFly's own HTTPS
 * listener with a self-signed certificate).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(SecurityHeadersIT.class);
    }

    private static void assertCommonHeaders(String what, HttpHeaders headers) {
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), what);
        assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"), what);
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        assertFalse(csp.contains("unsafe-eval"), what + ": " + csp);
        assertFalse(csp.matches(".*script-src[^;]*'unsafe-inline'.*"), what + ": " + csp);
        assertFalse(headers.firstValue("Strict-Transport-Security").isPresent(), what + ": no HSTS over plain HTTP");
    }

    private static String nonce(HttpHeaders headers) {
        Matcher m = NONCE.matcher(headers.firstValue("Content-Security-Policy").orElse(""));
        assertTrue(m.find(), headers.firstValue("Content-Security-Policy").orElse("(none)"));
        return m.group(1);
    }

    @Test
    void aPageHasAPolicyWithAFreshNonceThatItsScriptsCarry() throws Exception {
        WebClient client = new WebClient();
        client.logIn("maya@demo.test", RunAs.DEMO_PASSWORD);
        HttpResponse<String> page = client.get("/therapist/index.xhtml");
        assertEquals(200, page.statusCode());
        assertCommonHeaders("page", page.headers());
        String nonce = nonce(page.headers());
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        while (inline.find()) {
            assertTrue(inline.group(1).contains("nonce=\"" + nonce + "\""), "an inline script without the nonce: " + inline.group());
        }
        assertFalse(Pattern.compile("\\son(click|change|load|submit|keyup|keydown|blur|focus)=").matcher(page.body()).find(),
                "no inline event handler attributes");
        assertNotEquals(nonce, nonce(client.get("/therapist/index.xhtml").headers()), "a new nonce per response");
    }

    @Test
    void anAjaxResponseHasThemToo() throws Exception {
        WebClient client = new WebClient();
        client.logIn("maya@demo.test", RunAs.DEMO_PASSWORD);
        HttpResponse<String> page = client.get("/therapist/index.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "idleForm:stay");
        form.put("jakarta.faces.partial.execute", "idleForm:stay");
        form.put("idleForm", "idleForm");
        form.put("idleForm:stay", "idleForm:stay");
        HttpResponse<String> ajax = client.postForm("/therapist/index.xhtml", page, form, "Faces-Request", "partial/ajax");
        assertEquals(200, ajax.statusCode());
        assertTrue(ajax.body().contains("<partial-response"), ajax.body());
        assertFalse(ajax.body().contains("<error>"), ajax.body());
        assertCommonHeaders("ajax", ajax.headers());
    }

    @Test
    void staticResourcesHaveThemWithAPolicyThatAllowsNothingToRun() throws Exception {
        HttpResponse<String> js = new WebClient().get("/jakarta.faces.resource/core.js.xhtml?ln=primefaces");
        assertEquals(200, js.statusCode());
        assertCommonHeaders("resource", js.headers());
        assertTrue(js.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
    }

    @Test
    void errorPagesAndRedirectsHaveThem() throws Exception {
        HttpResponse<String> missing = new WebClient().get("/no/such/page.xhtml");
        assertEquals(404, missing.statusCode());
        assertCommonHeaders("404", missing.headers());

        WebClient partner = new WebClient();
        partner.logIn("alex@demo.test", RunAs.DEMO_PASSWORD);
        HttpResponse<String> forbidden = partner.get("/admin/index.xhtml");
        assertEquals(403, forbidden.statusCode());
        assertCommonHeaders("403", forbidden.headers());

        HttpResponse<String> login = new WebClient().get("/login.xhtml");
        assertCommonHeaders("login", login.headers());
        HttpResponse<String> redirect = new WebClient().get("/");
        assertEquals(302, redirect.statusCode());
        assertEquals("nosniff", redirect.headers().firstValue("X-Content-Type-Options").orElse(null), "redirect");
        assertEquals("DENY", redirect.headers().firstValue("X-Frame-Options").orElse(null), "redirect");
    }

    @Test
    void overHttpsThereIsHstsAndTheSessionCookieIsSecure() throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(TestServer.trustingSelfSigned())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        int port = TestServer.httpsPort();
        HttpResponse<String> response = https.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/therapist/"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals("max-age=31536000; includeSubDomains", response.headers().firstValue("Strict-Transport-Security").orElse(null));
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElse("");
        String flags = cookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(flags.contains("; secure") && flags.contains("; httponly") && flags.contains("samesite=lax"), cookie);

        String plain = new WebClient().get("/therapist/").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
        assertFalse(plain.toLowerCase(java.util.Locale.ROOT).contains("; secure"), "not over plain HTTP, where the browser would drop it: " + plain);
    }
}
