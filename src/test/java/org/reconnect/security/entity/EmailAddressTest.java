package org.reconnect.security.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailAddressTest {

    @Test
    void loginEmailIsStoredTrimmedAndInLowerCase() {
        assertEquals("maya.chen@clinic.example", EmailAddress.normalize("  Maya.Chen@Clinic.EXAMPLE "));
    }

    @Test
    void textThatIsNotAnEmailIsRefused() {
        assertFalse(EmailAddress.isValid("maya"));
        assertFalse(EmailAddress.isValid("maya@clinic"));
        assertFalse(EmailAddress.isValid("maya chen@clinic.example"));
        assertFalse(EmailAddress.isValid("a@b@clinic.example"));
        assertFalse(EmailAddress.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.normalize("not an email"));
    }

    @Test
    void ordinaryAddressesAreAccepted() {
        assertTrue(EmailAddress.isValid("sam+reconnect@mail.example.org"));
    }
}
