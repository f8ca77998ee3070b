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

    public static URI url(String path) {
        return base().resolve(path.startsWith("/") ? path.substring(1) : path);
    }
}
