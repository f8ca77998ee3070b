package org.reconnect.testsupport.container;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's mailbox, read over POP3 from the test run's GreenMail (the app's real mail path:
 * mail session, SMTP, after commit). Every address is a mailbox whose password is the address.
 */
public final class Inbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/account/set-password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    private Inbox() {
    }

    /** How many messages this address has received. */
    public static int count(String address) throws Exception {
        Store store;
        try {
            store = open(address);
        } catch (AuthenticationFailedException noMailboxYet) {
            return 0; // GreenMail creates a mailbox with the first message to it
        }
        try (store) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.getMessageCount();
            } finally {
                inbox.close(false);
            }
        }
    }

    /** Waits (up to 20 s) until this address has at least {@code expected} messages. */
    public static void awaitCount(String address, int expected) throws Exception {
        Awaitility.await("at least " + expected + " messages to " + address)
                .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> count(address) >= expected);
    }

    /**
     * Checks that nothing more arrives: the address holds exactly {@code expected} messages, and
     * still does after the time a sent mail takes to arrive here (a mail is sent after its commit,
     * so an assertion at once would pass before a wrong one arrived).
     */
    public static void staysAt(String address, int expected, String why) throws Exception {
        Awaitility.await(why + " (" + address + " stays at " + expected + " messages)")
                .during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> count(address) == expected);
    }

    /** The token of the set-password link in the newest message to this address (waits for it). */
    public static String newestToken(String address) throws Exception {
        return newestToken(address, 1);
    }

    /** The token in the newest message, once at least {@code messages} have arrived. */
    public static String newestToken(String address, int messages) throws Exception {
        return newest(address, messages, message -> {
            Matcher link = LINK.matcher(text(message));
            if (!link.find()) {
                throw new AssertionError("no set-password link in the newest mail to " + address);
            }
            return link.group(1);
        });
    }

    /** What a test reads from a message. */
    private interface Reading<T> {
        T from(Message message) throws Exception;
    }

    /** Reads the newest message to this address, once at least {@code messages} have arrived. */
    private static <T> T newest(String address, int messages, Reading<T> reading) throws Exception {
        awaitCount(address, messages);
        try (Store store = open(address)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return reading.from(inbox.getMessage(inbox.getMessageCount()));
            } finally {
                inbox.close(false);
            }
        }
    }

    /** The plain text of the newest message to this address (waits for it). */
    public static String newestText(String address) throws Exception {
        return newest(address, 1, Inbox::text);
    }

    /** Subject and plain text of every message to this address, oldest first (none: an empty list). */
    public static java.util.List<String> texts(String address) throws Exception {
        if (count(address) == 0) {
            return java.util.List.of();
        }
        try (Store store = open(address)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                java.util.List<String> all = new java.util.ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    all.add(m.getSubject() + "\n" + text(m));
                }
                return all;
            } finally {
                inbox.close(false);
            }
        }
    }

    /** A file a message carried: its MIME type as sent and its text. */
    public record Attached(String subject, String body, String contentType, String text) {
    }

    /**
     * The calendar file ({@code text/calendar}) of the newest message, once at least
     * {@code messages} have arrived; fails when it carries none.
     */
    public static Attached newestCalendar(String address, int messages) throws Exception {
        return newest(address, messages, message -> {
            if (message.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                    if (part.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("text/calendar")) {
                        String text = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        return new Attached(message.getSubject(), text(message), part.getContentType(), text);
                    }
                }
            }
            throw new AssertionError("no calendar file in the newest mail to " + address + ": " + text(message));
        });
    }

    private static String text(Message message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            return String.valueOf(multipart.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }

    private static Store open(String address) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.pop3.host", "127.0.0.1");
        properties.put("mail.pop3.port", System.getProperty("it.pop3.port", "3126"));
        Store store = Session.getInstance(properties).getStore("pop3");
        store.connect(address, address);
        return store;
    }
}
