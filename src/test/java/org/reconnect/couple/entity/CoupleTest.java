package org.reconnect.couple.entity;

import org.junit.jupiter.api.Test;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.entity.Role;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoupleTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 11, 2);

    private static UserAccount client(String email) {
        return new UserAccount(email, "Someone", Set.of(Role.CLIENT));
    }

    @Test
    void newCaseStartsAsReferred() {
        assertEquals(CaseStatus.REFERRED, new Couple("RC-2026-0042", OPENED).getStatus());
    }

    @Test
    void caseNumberMustBeReadable() {
        assertThrows(IllegalArgumentException.class, () -> new Couple("42", OPENED));
        assertThrows(IllegalArgumentException.class, () -> new Couple(null, OPENED));
    }

    @Test
    void coupleHasTwoPartnersAtMost() {
        Couple couple = new Couple("RC-2026-0042", OPENED);
        new Partner(couple, client("a@demo.test"), 1, "Alex Morgan", null);
        new Partner(couple, client("b@demo.test"), 2, "Samantha Reyes", "Sam");

        assertThrows(IllegalStateException.class, () -> new Partner(couple, client("c@demo.test"), 2, "Third", null));
        assertEquals("Alex Morgan & Samantha Reyes", couple.partnerNames());
    }

    @Test
    void partnerIsAddressedByPreferredOrFirstName() {
        Couple couple = new Couple("RC-2026-0042", OPENED);

        assertEquals("Sam", new Partner(couple, client("b@demo.test"), 1, "Samantha Reyes", "Sam").getCallName());
        assertEquals("Alex", new Partner(couple, client("a@demo.test"), 2, "Alex Morgan", " ").getCallName());
    }

    @Test
    void reopeningADischargedCaseStartsANewEpisode() {
        Couple couple = new Couple("RC-2026-0042", OPENED);
        couple.moveTo(CaseStatus.DISCHARGED, "did not start", OPENED.plusDays(3));

        couple.moveTo(CaseStatus.INTAKE, "they came back", OPENED.plusDays(90));

        assertEquals(2, couple.getEpisode());
        assertEquals(OPENED.plusDays(90), couple.getStatusSince());
    }

    @Test
    void dischargedCaseRefusesAssignment() {
        Couple couple = new Couple("RC-2026-0042", OPENED);
        couple.moveTo(CaseStatus.DISCHARGED, "did not start", OPENED);

        assertThrows(IllegalStateException.class, () -> couple.assignTo(null));
    }

    @Test
    void refusedMoveNamesTheRule() {
        Couple couple = new Couple("RC-2026-0042", OPENED);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> couple.moveTo(CaseStatus.ACTIVE, "go", OPENED));

        assertEquals("case.status.notAllowed", refused.getMessage());
    }

    @Test
    void partnerNeedsAClientLogin() {
        Couple couple = new Couple("RC-2026-0042", OPENED);
        UserAccount staff = new UserAccount("maya@demo.test", "Maya Chen", Set.of(Role.THERAPIST));

        assertThrows(IllegalArgumentException.class, () -> new Partner(couple, staff, 1, "Maya Chen", null));
    }

    @Test
    void workIsPlannedFromAWeekBackToAYearAheadInTheCouplesCalendar() {
        Couple couple = new Couple("RC-2026-0042", OPENED);
        new Partner(couple, client("a@demo.test"), 1, "Alex Morgan", null).describe(null, null, java.time.ZoneId.of("Pacific/Auckland"));
        // 20:00 UTC on 1 March is already 2 March in Auckland
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-01T20:00:00Z"), java.time.ZoneOffset.UTC);
        java.time.LocalDate today = java.time.LocalDate.of(2026, 3, 2);
        assertEquals(today, couple.today(clock));
        assertTrue(couple.mayPlanFrom(today.minusDays(7), clock));
        assertFalse(couple.mayPlanFrom(today.minusDays(8), clock));
        assertTrue(couple.mayPlanFrom(today.plusYears(1), clock));
        assertFalse(couple.mayPlanFrom(today.plusYears(1).plusDays(1), clock));
    }
}
