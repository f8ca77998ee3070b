package org.reconnect.bench;

import org.reconnect.dev.EmbeddedMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
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

    /**
     * A generated clinic of this many couples, made on the first run and kept in {@code dataDir}.
     * Reached by reflection: the generator lives in src/dev, next to the run command.
     */
    @SuppressWarnings("unchecked")
    static BenchClinic generated(Path dataDir, int couples, int port) {
        try {
            Class<?> generator = Class.forName("org.reconnect.dev.LargeClinic");
            Method ensure = generator.getMethod("ensure", Path.class, int.class, int.class);
            Object made = ensure.invoke(null, dataDir, couples, port);
            Class<?> type = made.getClass();
            return new BenchClinic((EmbeddedMariaDb) type.getMethod("database").invoke(made), couples + " couples",
                    (int) type.getMethod("couples").invoke(made), false, (String) type.getMethod("password").invoke(made),
                    (List<String>) type.getMethod("therapistLogins").invoke(made),
                    (List<String>) type.getMethod("partnerLogins").invoke(made),
                    (List<String>) type.getMethod("adminLogins").invoke(made),
                    (String) type.getMethod("adminTotpSecret").invoke(made));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no clinic generator (org.reconnect.dev.LargeClinic) yet: use -Dbench.clinic=demo", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the clinic generator failed: " + e.getCause(), e);
        }
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
