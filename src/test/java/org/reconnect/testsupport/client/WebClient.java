package org.reconnect.testsupport.client;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client with its own cookie jar: one visitor of the site, without a browser. */
public final class WebClient {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final java.net.URI base;

    /** A visitor of the test server. */
    public WebClient() {
        this(TestServer.base());
    }

    /** A visitor of another server (a cluster's balancer). */
    public WebClient(java.net.URI base) {
        this.base = base;
    }

    private java.net.URI url(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET().timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String... headers)
            throws IOException, InterruptedException {
        return http.send(formPost(path, form, headers), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest formPost(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request.build();
    }

    /** {@link #postForm}, for an answer that is a file (an export), as bytes. */
    public HttpResponse<byte[]> postFormBytes(String path, HttpResponse<String> page, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        form.put("primefaces.nonce", nonce(page));
        return http.send(formPost(path, form), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Form login as the container expects it; returns the response to the login POST. For a demo
     * admin it also passes the second step with a code from the demo key ({@link DemoTwoStep}).
     */
    public HttpResponse<String> logIn(String email, String password) throws IOException, InterruptedException {
        // the tests' own address never has to wait: the throttle's own test posts directly
        TestDatabase.update("DELETE FROM address_throttle");
        get("/home");
        HttpResponse<String> login = post("/j_security_check", Map.of("j_username", email, "j_password", password));
        if (login.statusCode() == 302 && DemoTwoStep.appliesTo(email) && !location(login).startsWith("/login")) {
            HttpResponse<String> verified = submitCode(DemoTwoStep.freshCode(email));
            if (verified.statusCode() != 302) {
                throw new IllegalStateException("the demo admin's code was refused: " + verified.body());
            }
        }
        return login;
    }

    /** Types a code on the two-step page (as the form's button would send it); returns the response. */
    public HttpResponse<String> submitCode(String code) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/account/two-step.xhtml");
        return postForm("/account/two-step.xhtml", page, Map.of(
                "twoStep", "twoStep",
                "twoStep:code", code,
                "twoStep:verify", "twoStep:verify"));
    }

    /**
     * Posts one of the page's forms as the browser would: with the page's view state and the
     * Content-Security-Policy nonce that PrimeFaces expects back on every postback.
     */
    public HttpResponse<String> postForm(String path, HttpResponse<String> page, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        form.put("primefaces.nonce", nonce(page));
        return post(path, form, headers);
    }

    /** The nonce of a page's Content-Security-Policy. */
    public static String nonce(HttpResponse<?> page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'nonce-([^']+)'")
                .matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        if (!m.find()) {
            throw new IllegalStateException("no nonce in the page's policy: " + page.headers());
        }
        return m.group(1);
    }

    /** The Faces view state of a page, for posting one of its forms. */
    public static String viewState(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no view state on the page: " + html);
        }
        return m.group(1);
    }

    /** Where a redirect points, as a path on this server. */
    public static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.isEmpty() ? "" : URI.create(location).getPath();
    }

    /** Sends this session id from now on, as someone who copied the cookie would. */
    public void useSessionId(String id) {
        java.net.HttpCookie cookie = new java.net.HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(url("/"), cookie);
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> "JSESSIONID".equals(c.getName()))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
