package org.reconnect.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate and key for the local embedded MariaDB, made once with the JDK's
 * keytool and exported as PEM. Given these files MariaDB starts in under a second instead of
 * generating its own at every start. It only secures a loopback connection to a demo database,
 * so it is generated on the developer's machine and never committed.
 */
record LocalTls(Path certificate, Path privateKey) {

    private static final char[] STORE_PASSWORD = "local-only".toCharArray();

    static LocalTls ensure(Path dir) throws IOException {
        Path cert = dir.resolve("server-cert.pem");
        Path key = dir.resolve("server-key.pem");
        if (Files.isRegularFile(cert) && Files.isRegularFile(key)) {
            return new LocalTls(cert, key);
        }
        Files.createDirectories(dir);
        Path store = dir.resolve("server.p12");
        Files.deleteIfExists(store);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair",
                "-alias", "mariadb", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                "-dname", "CN=localhost", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD)))
                .redirectErrorStream(true)
                .start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating a TLS key", e);
        }
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, STORE_PASSWORD);
            Key privateKey = keyStore.getKey("mariadb", STORE_PASSWORD);
            Certificate certificate = keyStore.getCertificate("mariadb");
            Files.writeString(key, pem("PRIVATE KEY", privateKey.getEncoded()));
            Files.writeString(cert, pem("CERTIFICATE", certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IOException("could not export the TLS key", e);
        } finally {
            Files.deleteIfExists(store);
        }
        try {
            key.toFile().setReadable(false, false);
            key.toFile().setReadable(true, true);
        } catch (SecurityException e) {
            throw new UncheckedIOException(new IOException("cannot restrict " + key, e));
        }
        return new LocalTls(cert, key);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
