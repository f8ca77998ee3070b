package org.reconnect.couple.entity;

import org.reconnect.couple.entity.CaseAccess;

import org.junit.jupiter.api.Test;
import org.reconnect.couple.entity.CaseFacts;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.couple.entity.CaseAccess.Level.CLINICAL;
import static org.reconnect.couple.entity.CaseAccess.Level.METADATA;
import static org.reconnect.couple.entity.CaseAccess.Level.NONE;
import static org.reconnect.couple.entity.CaseAccess.Level.PARTNER;

class CaseAccessTest {

    private static final long MAYA = 3;
    private static final long OMAR = 4;
    private static final long ALEX = 10;
    private static final long SAM = 11;
    private static final long JORDAN = 12;
    private static final long DIRECTOR = 2;
    private static final long ADMIN = 1;

    /** Alex and Sam's case, assigned to Maya. */
    private static final CaseFacts MAYAS_COUPLE = new CaseFacts(MAYA, Set.of(ALEX, SAM));
    private static final CaseFacts UNASSIGNED = new CaseFacts(null, Set.of(20L, 21L));

    private static Caller caller(long id, Role... roles) {
        return new Caller(id, "user" + id + "@demo.test", "User " + id, EnumSet.of(roles[0], roles));
    }

    @Test
    void assignedTherapistSeesTheClinicalRecord() {
        assertEquals(CLINICAL, CaseAccess.levelFor(caller(MAYA, Role.THERAPIST), MAYAS_COUPLE));
    }

    @Test
    void otherTherapistSeesNothing() {
        assertEquals(NONE, CaseAccess.levelFor(caller(OMAR, Role.THERAPIST), MAYAS_COUPLE));
    }

    @Test
    void noTherapistSeesAnUnassignedCouple() {
        assertEquals(NONE, CaseAccess.levelFor(caller(MAYA, Role.THERAPIST), UNASSIGNED));
    }

    @Test
    void eachPartnerSeesTheirOwnCouple() {
        assertEquals(PARTNER, CaseAccess.levelFor(caller(ALEX, Role.CLIENT), MAYAS_COUPLE));
        assertEquals(PARTNER, CaseAccess.levelFor(caller(SAM, Role.CLIENT), MAYAS_COUPLE));
    }

    @Test
    void partnerCannotSeeAnotherCouple() {
        assertEquals(NONE, CaseAccess.levelFor(caller(JORDAN, Role.CLIENT), MAYAS_COUPLE));
    }

    @Test
    void clientWhoseIdMatchesTheTherapistGetsNoClinicalAccess() {
        assertEquals(NONE, CaseAccess.levelFor(caller(MAYA, Role.CLIENT), MAYAS_COUPLE));
    }

    @Test
    void adminSeesMetadataOnly() {
        assertEquals(METADATA, CaseAccess.levelFor(caller(ADMIN, Role.ADMIN), MAYAS_COUPLE));
        assertEquals(METADATA, CaseAccess.levelFor(caller(ADMIN, Role.ADMIN), UNASSIGNED));
    }

    @Test
    void directorWhoIsAlsoTheAssignedTherapistSeesTheClinicalRecord() {
        CaseFacts directorsCouple = new CaseFacts(DIRECTOR, Set.of(30L, 31L));

        assertEquals(CLINICAL, CaseAccess.levelFor(caller(DIRECTOR, Role.ADMIN, Role.THERAPIST), directorsCouple));
        assertEquals(METADATA, CaseAccess.levelFor(caller(DIRECTOR, Role.ADMIN, Role.THERAPIST), MAYAS_COUPLE));
    }

    @Test
    void nobodySeesAnythingWithoutACaller() {
        assertEquals(NONE, CaseAccess.levelFor(null, MAYAS_COUPLE));
        assertTrue(CaseAccess.scopeFor(null).isEmpty());
    }

    @Test
    void scopeOfATherapistIsTheirOwnCasesOnly() {
        CaseAccess.Scope scope = CaseAccess.scopeFor(caller(MAYA, Role.THERAPIST));

        assertFalse(scope.allCases());
        assertEquals(MAYA, scope.asTherapistUserId());
        assertEquals(CaseAccess.Scope.NOBODY, scope.asPartnerUserId());
    }

    @Test
    void scopeOfAPartnerIsTheirOwnCoupleOnly() {
        CaseAccess.Scope scope = CaseAccess.scopeFor(caller(ALEX, Role.CLIENT));

        assertFalse(scope.allCases());
        assertEquals(CaseAccess.Scope.NOBODY, scope.asTherapistUserId());
        assertEquals(ALEX, scope.asPartnerUserId());
    }

    @Test
    void scopeOfAnAdminIsEveryCase() {
        assertTrue(CaseAccess.scopeFor(caller(ADMIN, Role.ADMIN)).allCases());
    }
}
