package org.reconnect.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test JVM (GreenMail on 127.0.0.1); the test WildFly is told to send
 * its mail here. Client-side tests read what arrived.
 */
public final class TestMail {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/account/set-password\\.xhtml\\?token=[A-Za-z0-9_-]+");
    private static GreenMail server;

    private TestMail() {
    }

    /** SMTP for the app to send to, POP3 for in-container tests to read from (login = password = the address). */
    static synchronized void start(int smtpPort, int pop3Port) {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(pop3Port, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
            server.start();
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The newest message to this address, waiting up to {@code wait} for it. */
    public static Optional<MimeMessage> lastTo(String address, Duration wait) throws InterruptedException, MessagingException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            MimeMessage[] received = server == null ? new MimeMessage[0] : server.getReceivedMessages();
            for (int i = received.length - 1; i >= 0; i--) {
                MimeMessage message = received[i];
                boolean toAddress = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                if (toAddress) {
                    return Optional.of(message);
                }
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            Thread.sleep(200);
        }
    }

    /** The set-password link in the newest message to this address. */
    public static String linkSentTo(String address) throws InterruptedException, MessagingException {
        MimeMessage message = lastTo(address, Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no mail to " + address));
        return linkIn(message).orElseThrow(() -> new AssertionError("no set-password link in the mail to " + address));
    }

    /**
     * The messages to this address, oldest first, once at least {@code expected} have arrived
     * (waiting up to 20 s); fails when they do not.
     */
    public static List<MimeMessage> awaitTo(String address, int expected) throws InterruptedException, MessagingException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<MimeMessage> to = to(address);
        while (to.size() < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + to.size() + " of " + expected + " messages reached " + address);
            }
            Thread.sleep(200);
            to = to(address);
        }
        return to;
    }

    /** The set-password link in this message, or empty when it has none. */
    public static Optional<String> linkIn(MimeMessage message) {
        Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        return link.find() ? Optional.of(link.group()) : Optional.empty();
    }

    public static int countTo(String address) throws MessagingException {
        return to(address).size();
    }

    private static List<MimeMessage> to(String address) throws MessagingException {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : server == null ? new MimeMessage[0] : server.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                to.add(message);
            }
        }
        return to;
    }
}
