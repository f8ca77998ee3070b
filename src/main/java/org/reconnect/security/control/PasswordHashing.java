package org.reconnect.security.control;

import org.reconnect.security.entity.UserAccount;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;

/**
 * bcrypt through Elytron, the same library whose JDBC realm verifies logins, so that what this
 * class writes is exactly what the login reads. Elytron encodes the {@code $2a$} variant, which
 * its own modular-crypt decoder accepts (it rejects {@code $2b$}).
 */
public final class PasswordHashing {

    /** bcrypt cost: 2^10 rounds, about 50-100 ms on a server core. */
    public static final int COST = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashing() {
    }

    public static String hash(char[] password) {
        try {
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            RANDOM.nextBytes(salt);
            Password hashed = factory().generatePassword(new EncryptablePasswordSpec(password,
                    new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(hashed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    public static boolean matches(char[] password, String modularCrypt) {
        if (modularCrypt == null || password == null) {
            return false;
        }
        try {
            PasswordFactory factory = factory();
            Password stored = factory.translate(ModularCrypt.decode(modularCrypt));
            return factory.verify(stored, password);
        } catch (InvalidKeySpecException | InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
    }

    /** Whether this is the account's password (re-authentication before signing). */
    public static boolean matches(UserAccount account, char[] password) {
        return account.getPasswordHash() != null && password != null && password.length > 0
                && matches(password, account.getPasswordHash());
    }
}
