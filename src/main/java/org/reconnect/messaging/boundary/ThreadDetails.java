package org.reconnect.messaging.boundary;

import org.reconnect.couple.entity.SecretsPolicy;
import org.reconnect.messaging.control.ThreadAccess;

import java.io.Serializable;
import java.util.List;

/**
 * One thread as its page shows it: the newest messages (oldest first), whether the caller may
 * write, and why not; for a partner's own thread, the couple's secrets policy.
 *
 * @param partnerName  the partner whose own thread it is; {@code null} for the joint thread
 * @param olderHidden  how many older messages are not shown
 * @param secretsPolicy the policy the couple consented to, for a partner's own thread; {@code null} otherwise
 */
public record ThreadDetails(long id, long coupleId, String caseNumber, boolean joint, String partnerName,
                            List<MessageRow> messages, long olderHidden, ThreadAccess.ReadOnly readOnly, boolean canWrite,
                            SecretsPolicy secretsPolicy) implements Serializable {

    public ThreadDetails {
        messages = List.copyOf(messages);
    }
}
