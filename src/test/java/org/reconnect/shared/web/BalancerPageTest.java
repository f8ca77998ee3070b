package org.reconnect.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The load balancer's page for a request no node can take is a static file (nothing of the
 * application answers then): it must say what the application's own outage page says, and give
 * the same crisis help, word for word, as the crisis page.
 */
class BalancerPageTest {

    @Test
    void itGivesTheApplicationsOutageTitleAndItsCrisisHelpWordForWord() throws IOException {
        String page = Files.readString(Path.of("wildfly-config", "balancer-unavailable.html"), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/org/reconnect/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        for (String key : List.of("error.503.title", "crisis.title", "crisis.intro", "crisis.emergency", "crisis.suicide", "crisis.violence",
                "crisis.therapist")) {
            String text = messages.getProperty(key);
            assertTrue(text != null && page.contains(text), () -> "the balancer's page lacks " + key + ": " + text);
        }
        assertTrue(page.contains("<html lang=\"en\">"), "the page names its language");
        assertTrue(page.contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\""), "the page fits a phone");
    }
}
