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

    /** The address people use to reach the app, for links in e-mails (https://clinic.example). */
    public static Optional<String> baseUrl() {
        return value("reconnect.base.url").map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** Demo mode loads the demo clinic into an empty database; never set it in production. */
    public static boolean demoMode() {
        return flag("reconnect.demo");
    }
}
