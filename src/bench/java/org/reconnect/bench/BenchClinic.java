package org.reconnect.bench;

import org.reconnect.dev.EmbeddedMariaDb;
import org.reconnect.dev.LargeClinic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The clinic a benchmark runs on, with its database started: a generated clinic of a given size
 * ({@code org.reconnect.dev.LargeClinic}), or the demo clinic (for trying the instrument out).
 */
record BenchClinic(EmbeddedMariaDb database, String name, int couples, boolean demo, String password,
                   List<String> therapists, List<String> partners, List<String> admins, String adminSecret) {

    /** The demo clinic's published key and password (README, "Demo logins"). */
    private static final String DEMO_PASSWORD = "Reconnect-demo-1";
    private static final String DEMO_KEY = "RECONNECTDEMOADMINTWOSTEPSECRET2";

    static BenchClinic demo(Path binaries, Path dataRoot, int port) {
        EmbeddedMariaDb database = EmbeddedMariaDb.start(binaries, dataRoot, port);
        return new BenchClinic(database, "demo clinic", 10, true, DEMO_PASSWORD,
                List.of("maya@demo.test", "omar@demo.test"),
                List.of("alex@demo.test", "sam@demo.test", "jordan@demo.test", "riley@demo.test"),
                List.of("admin@demo.test"), DEMO_KEY);
    }

    /** A generated clinic of this many couples ({@link LargeClinic}), made on the first run and kept in {@code dataDir}. */
    static BenchClinic generated(Path dataDir, int couples, int port) {
        LargeClinic.Generated made = LargeClinic.ensure(dataDir, couples, port);
        return new BenchClinic(made.database(), couples + " couples", made.couples(), false, made.password(),
                made.therapistLogins(), made.partnerLogins(), made.adminLogins(), made.adminTotpSecret());
    }

    /** The logins the simulation uses, for the Gatling JVM. */
    void writeTo(Path file) {
        Properties properties = new Properties();
        properties.setProperty("password", password);
        properties.setProperty("adminSecret", adminSecret);
        properties.setProperty("therapists", String.join(",", therapists));
        properties.setProperty("partners", String.join(",", partners));
        properties.setProperty("admins", String.join(",", admins));
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "the benchmark's clinic: " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
