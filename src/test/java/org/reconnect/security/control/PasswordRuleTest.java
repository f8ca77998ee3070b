package org.reconnect.security.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordRuleTest {

    @Test
    void passwordOfTwelveCharactersOrMoreIsAccepted() {
        assertEquals(Optional.empty(), PasswordRule.problem("quiet-river-41".toCharArray(), "maya@demo.test"));
    }

    @Test
    void shorterPasswordIsRefused() {
        assertEquals(Optional.of("password.tooShort"), PasswordRule.problem("elevenchars".toCharArray(), "maya@demo.test"));
        assertEquals(Optional.of("password.tooShort"), PasswordRule.problem(null, "maya@demo.test"));
    }

    @Test
    void passwordContainingTheEmailsNameIsRefusedWhateverTheCase() {
        assertEquals(Optional.of("password.containsEmail"),
                PasswordRule.problem("my-MAYA-password-1".toCharArray(), "maya@demo.test"));
    }
}
