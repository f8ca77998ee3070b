package org.reconnect.shared.boundary;

import java.util.Locale;
import java.util.Optional;

/**
 * Deployment settings, read from a system property ({@code -Dreconnect.demo=true}) or, failing
 * that, the environment ({@code RECONNECT_DEMO=true}). Never from a file in the repository.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> value(String key) {
        String property = System.getProperty(key);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.trim());
        }
        String env = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_'));
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.trim());
    }

    public static boolean flag(String key) {
        return value(key).map(Boolean::parseBoolean).orElse(false);
    }

    /** Where a demo clinic on this machine answers when no address is configured (the run command). */
    static final String DEMO_ADDRESS = "http://localhost:8080";

    /**
     * The address the clinic publishes (https://clinic.example), from {@code reconnect.base.url},
     * without a trailing slash: the only source of the links in e-mails and of absolute
     * redirects, never the Host header a client sent. Required outside demo mode (the deployment
     * fails without it, see {@link #checkPublicAddress()}); a demo clinic defaults to
     * {@value #DEMO_ADDRESS}.
     */
    public static Optional<String> publicAddress() {
        Optional<String> configured = value("reconnect.base.url")
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        return configured.isPresent() || !demoMode() ? configured : Optional.of(DEMO_ADDRESS);
    }

    /** The published address, for a link that must be built now; fails when none is configured. */
    public static String requiredPublicAddress() {
        return publicAddress().orElseThrow(() -> new IllegalStateException(
                "reconnect.base.url (RECONNECT_BASE_URL) is not set: the address of the clinic's Reconnect, e.g. https://clinic.example"));
    }

    /**
     * Fails when the published address is missing or is not an http(s) address without a path,
     * query or user: checked when the application starts, so that a server never builds a link
     * from what a client claims its host is.
     */
    public static void checkPublicAddress() {
        String address = requiredPublicAddress();
        java.net.URI uri;
        try {
            uri = java.net.URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("reconnect.base.url is not an address: " + address, e);
        }
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!web || uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())) {
            throw new IllegalStateException("reconnect.base.url must be like https://clinic.example (http or https, a host, "
                    + "an optional port, nothing after it): " + address);
        }
    }

    /** Demo mode loads the demo clinic into an empty database; never set it in production. */
    public static boolean demoMode() {
        return flag("reconnect.demo");
    }

    /**
     * Whether this server runs the reminder rounds on their schedule (every 15 minutes), from
     * {@code reconnect.reminders.scheduled}, on unless set to {@code false}: a copy of the clinic
     * (staging, a restore being checked, the tests' servers) can keep its hands off the partners'
     * mailboxes; a round asked for at once ({@code Reminders.sendDue}) still runs.
     */
    public static boolean scheduledReminders() {
        return value("reconnect.reminders.scheduled").map(v -> !"false".equalsIgnoreCase(v)).orElse(true);
    }
}
