package org.reconnect.security.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.dev.EmbeddedMariaDb;
import org.reconnect.testsupport.client.TestDatabase;
import org.reconnect.testsupport.client.TestServer;
import org.reconnect.testsupport.client.WebClient;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the server offers on the wire: HTTPS with TLS 1.3 and, for TLS 1.2, forward-secret AEAD
 * suites only; no remoting, HTTP invoker or cleartext HTTP/2 upgrade on the public listener; and
 * the application's database connections over TLS (the database refuses it any other).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestServer.marker(TransportIT.class);
    }

    /** The protocol and suite the server agrees to, or an SSLException when it agrees to none. */
    private static String handshake(String protocol, String suite) throws Exception {
        try (SSLSocket socket = (SSLSocket) TestServer.trustingSelfSigned().getSocketFactory()
                .createSocket("localhost", TestServer.httpsPort())) {
            socket.setSoTimeout(10_000);
            socket.setEnabledProtocols(new String[] {protocol});
            socket.setEnabledCipherSuites(new String[] {suite});
            socket.startHandshake();
            return socket.getSession().getProtocol() + " " + socket.getSession().getCipherSuite();
        }
    }

    @Test
    void httpsOffersTls13AndForwardSecretAeadSuitesOfTls12Only() throws Exception {
        assertEquals("TLSv1.3 TLS_AES_128_GCM_SHA256", handshake("TLSv1.3", "TLS_AES_128_GCM_SHA256"));
        assertEquals("TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", handshake("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        for (String weak : new String[] {"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
                "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA"}) {
            assertThrows(SSLException.class, () -> handshake("TLSv1.2", weak), weak + " is refused");
        }
    }

    @Test
    void thePublicListenerServesTheApplicationOnly() throws Exception {
        assertEquals(404, new WebClient().get("/wildfly-services").statusCode());
        assertFalse(rawStatusLine("Upgrade: jboss-remoting").contains(" 101 "), "no remoting upgrade");
        assertFalse(rawStatusLine("Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__").contains(" 101 "), "no cleartext HTTP/2");
    }

    private static String rawStatusLine(String upgrade) throws Exception {
        try (Socket socket = new Socket(TestServer.base().getHost(), TestServer.base().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\n" + upgrade + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        }
    }

    @Test
    void theApplicationReachesItsDatabaseOverTlsOnly() throws Exception {
        try (var c = TestDatabase.connect(); var statement = c.createStatement();
             var result = statement.executeQuery("SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS"
                     + " WHERE VARIABLE_NAME = 'SSL_VERSION'")) {
            assertTrue(result.next() && result.getString(1).startsWith("TLSv1."), "the URL the server uses asks for TLS");
        }
        String plain = TestDatabase.url().replace("sslMode=REQUIRED", "sslMode=DISABLED");
        assertTrue(plain.contains("sslMode=DISABLED"));
        assertThrows(SQLException.class, () -> DriverManager.getConnection(plain, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
                .close(), "the database refuses the application user without TLS");
    }
}
