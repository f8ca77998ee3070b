package org.reconnect.testsupport.client;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.net.URI;

/**
 * Client-side tests (HTTP and browser) talk to the real WAR that the test server deployed at
 * boot. Arquillian still needs a deployment to start the server, so they deploy this marker.
 */
public final class TestServer {

    private TestServer() {
    }

    /** A tiny archive whose only purpose is to make Arquillian start the shared test server. */
    public static WebArchive marker(Class<?> testClass) {
        return ShrinkWrap.create(WebArchive.class, "client-" + testClass.getSimpleName() + ".war")
                .addAsWebResource(new StringAsset("marker"), "marker.txt");
    }

    public static URI base() {
        int offset = Integer.getInteger("it.port.offset", 100);
        return URI.create("http://localhost:" + (8080 + offset) + "/");
    }

    /** The HTTPS port of the test server (WildFly's built-in listener, port offset applied). */
    public static int httpsPort() {
        return 8443 + Integer.getInteger("it.port.offset", 100);
    }

    /** WildFly's built-in HTTPS listener presents a self-signed certificate for localhost: trusted here, nowhere else. */
    public static javax.net.ssl.SSLContext trustingSelfSigned() throws java.security.GeneralSecurityException {
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                // not used
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                // the test server's own self-signed certificate
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, new java.security.SecureRandom());
        return context;
    }

    public static URI url(String path) {
        return base().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The management port of the test server (health, port offset applied). */
    public static int managementPort() {
        return 9990 + Integer.getInteger("it.port.offset", 100);
    }
}
