package org.reconnect.security.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;
import org.wildfly.security.auth.server.SecurityIdentity;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The Elytron JDBC realm over the application's accounts: bcrypt, roles, disabled accounts. */
@ExtendWith(ArquillianExtension.class)
class LoginRealmIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(LoginRealmIT.class);
    }

    @Test
    void adminLogsInWithTheAdminRole() throws Exception {
        assertEquals(Set.of("ADMIN"), rolesOf("admin@demo.test"));
    }

    @Test
    void clinicDirectorHoldsBothStaffRoles() throws Exception {
        assertEquals(Set.of("ADMIN", "THERAPIST"), rolesOf("director@demo.test"));
    }

    @Test
    void therapistLogsInWithTheTherapistRole() throws Exception {
        assertEquals(Set.of("THERAPIST"), rolesOf("maya@demo.test"));
    }

    @Test
    void partnerLogsInWithTheClientRole() throws Exception {
        assertEquals(Set.of("CLIENT"), rolesOf("alex@demo.test"));
    }

    @Test
    void loginIgnoresTheCaseOfTheEmail() throws Exception {
        assertEquals("maya@demo.test", RunAs.identity("Maya@Demo.TEST", RunAs.DEMO_PASSWORD).getPrincipal().getName());
    }

    @Test
    void disabledUserCannotLogIn() {
        assertThrows(SecurityException.class, () -> RunAs.identity("former@demo.test", RunAs.DEMO_PASSWORD));
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThrows(SecurityException.class, () -> RunAs.identity("maya@demo.test", "Reconnect-demo-2"));
    }

    @Test
    void unknownEmailIsRefusedTheSameWay() {
        assertThrows(SecurityException.class, () -> RunAs.identity("nobody@demo.test", RunAs.DEMO_PASSWORD));
    }

    private static Set<String> rolesOf(String email) throws Exception {
        SecurityIdentity identity = RunAs.identity(email, RunAs.DEMO_PASSWORD);
        assertEquals(email, identity.getPrincipal().getName());
        Set<String> roles = new TreeSet<>();
        identity.getRoles().forEach(roles::add);
        return roles;
    }
}
