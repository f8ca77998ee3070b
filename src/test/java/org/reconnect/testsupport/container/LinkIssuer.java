package org.reconnect.testsupport.container;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.UserTransaction;
import org.reconnect.security.boundary.AccountLinks;
import org.reconnect.security.entity.LinkPurpose;
import org.reconnect.security.entity.UserAccount;

import javax.naming.InitialContext;

/**
 * Issues a set-password link through the real {@link AccountLinks#issue} and hands the token to
 * the test, the way the e-mail would hand it to a person. (The test server mails every link to
 * GreenMail in the test JVM, out of reach of in-container code.)
 */
public final class LinkIssuer {

    private LinkIssuer() {
    }

    public static String issue(String asStaffEmail, String forEmail, LinkPurpose purpose) throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:jboss/UserTransaction");
        EntityManagerFactory factory = InitialContext.doLookup("java:global/reconnect/entityManagerFactory");
        transaction.begin();
        try {
            EntityManager em = factory.createEntityManager();
            em.joinTransaction();
            UserAccount account = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                    .setParameter("email", forEmail.toLowerCase())
                    .getSingleResult();
            String token = RunAs.user(asStaffEmail, () -> Deployed.boundary(AccountLinks.class).issue(account, purpose));
            transaction.commit();
            return token;
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }
}
