package org.reconnect.shared.boundary;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mail through the WildFly mail session {@code java:jboss/mail/Reconnect} (SMTP host and port
 * from {@code reconnect.smtp.host} / {@code reconnect.smtp.port}). A message is sent only after
 * the transaction that wrote it commits: nobody receives a link that was rolled back.
 * Without {@code reconnect.smtp.host} nothing is sent; callers then say so on the page.
 */
@ApplicationScoped
public class OutgoingMail {

    private static final Logger LOG = Logger.getLogger(OutgoingMail.class.getName());

    @Resource(lookup = "java:jboss/mail/Reconnect")
    Session session;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    public boolean isConfigured() {
        return Settings.value("reconnect.smtp.host").isPresent();
    }

    /**
     * Queues a plain-text message, sent in the background once the transaction has committed;
     * returns false when mail is not configured. A failed send is logged; the link it carried
     * stays valid and a new one can be sent.
     */
    public boolean sendAfterCommit(String to, String subject, String body) {
        return sendAfterCommit(to, subject, body, null);
    }

    /**
     * A file sent with a message: its name, its MIME type with any parameters (a calendar
     * invitation's {@code text/calendar; method=REQUEST}) and its content.
     */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** The same, with a file attached after the text ({@code null}: none). */
    public boolean sendAfterCommit(String to, String subject, String body, Attachment attachment) {
        if (!isConfigured()) {
            return false;
        }
        // in a transaction: off the request thread once committed, a slow mail server must not hold up the page
        boolean inTransaction = transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
        Runnable sending = () -> send(to, subject, body, attachment);
        AfterCommit.run(transactions, inTransaction ? () -> executor.execute(sending) : sending);
        return true;
    }

    /** The address messages come from (the mail session's {@code from}), which a calendar invitation names as its organizer. */
    public String senderAddress() {
        String from = session.getProperty("mail.from");
        return from == null || from.isBlank() ? "reconnect@localhost" : from;
    }

    private void send(String to, String subject, String body, Attachment attachment) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            if (attachment == null) {
                message.setText(body, StandardCharsets.UTF_8.name());
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(body, StandardCharsets.UTF_8.name());
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                file.setFileName(attachment.fileName());
                message.setContent(new MimeMultipart(text, file));
            }
            Transport.send(message);
        } catch (MessagingException e) {
            // the link stays valid and can be sent again; the page tells the admin to resend
            LOG.log(Level.WARNING, "could not send mail to " + to + ": " + e.getMessage());
        }
    }
}
