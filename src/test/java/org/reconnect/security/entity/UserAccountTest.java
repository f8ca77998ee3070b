package org.reconnect.security.entity;

import org.reconnect.shared.entity.Role;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    @Test
    void emailIsTheLoginInLowerCase() {
        assertEquals("maya@demo.test", new UserAccount(" Maya@Demo.test", "Maya Chen", Set.of(Role.THERAPIST)).getEmail());
    }

    @Test
    void accountNeedsARoleAndAName() {
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("a@demo.test", "A", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("a@demo.test", " ", Set.of(Role.CLIENT)));
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("not-an-email", "A", Set.of(Role.CLIENT)));
    }

    @Test
    void onePersonMayHoldSeveralRoles() {
        UserAccount director = new UserAccount("director@demo.test", "Dr. Helen Ortiz", Set.of(Role.ADMIN, Role.THERAPIST));

        assertTrue(director.hasRole(Role.ADMIN) && director.hasRole(Role.THERAPIST));
        assertFalse(director.hasRole(Role.CLIENT));
    }

    @Test
    void disabledAccountIsKeptNotDeleted() {
        UserAccount account = new UserAccount("former@demo.test", "Lena Fischer", Set.of(Role.THERAPIST));

        account.disable();

        assertFalse(account.isEnabled());
        assertEquals("former@demo.test", account.getEmail());
    }
}
