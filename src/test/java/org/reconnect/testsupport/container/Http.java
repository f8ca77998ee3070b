package org.reconnect.testsupport.container;

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

/** A browser-like HTTP visitor, from inside the server, to the server's own pages. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static URI url(String path) {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Signs in through the form login; true when the login succeeded. The tests' own address
     * never has to wait ({@code address_throttle} is emptied first): tests that count failures
     * per account make more than the throttle lets through; its own test posts directly.
     */
    public boolean logIn(String email, String password) throws IOException, InterruptedException {
        try {
            Deployed.update("DELETE FROM address_throttle");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        get("/home");
        String form = "j_username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(url("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 302 && !response.headers().firstValue("Location").orElse("").contains("failed");
    }
}
