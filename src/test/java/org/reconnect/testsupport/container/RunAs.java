package org.reconnect.testsupport.container;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.security.PrivilegedExceptionAction;

/**
 * Runs test code as a real user of the application: authenticated by the same Elytron domain and
 * JDBC realm as a browser login, so the boundaries see the caller, the roles and the ownership
 * exactly as in production.
 */
public final class RunAs {

    public static final String DEMO_PASSWORD = "Reconnect-demo-1";

    private RunAs() {
    }

    public static <T> T user(String email, PrivilegedExceptionAction<T> work) throws Exception {
        return identity(email, DEMO_PASSWORD).runAs(work);
    }

    public static void user(String email, ThrowingRunnable work) throws Exception {
        user(email, () -> {
            work.run();
            return null;
        });
    }

    /** Logs in; throws {@link SecurityException} when the realm refuses the login. */
    public static SecurityIdentity identity(String email, String password) throws Exception {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("the test deployment has no security domain (see InContainer)");
        }
        return domain.authenticate(email, new PasswordGuessEvidence(password.toCharArray()));
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
