package org.reconnect.homework.control;

import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.HomeworkEntry;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.entity.Role;
import org.reconnect.shared.entity.TrackedEntity;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Couples, homework and entries as the rules see them, made without a database: the ids and
 * the creation time that the database and the stamp listener would set are set by hand.
 */
final class Fixtures {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    private static long nextId = 1;

    private Fixtures() {
    }

    /** A couple with two partners (ids set), neither screened yet. */
    static Couple couple() {
        Couple couple = withId(new Couple("RC-2026-" + String.format("%04d", nextId), MONDAY.minusMonths(1)), nextId++);
        partner(couple, 1, "Alex Morgan");
        partner(couple, 2, "Sam Reyes");
        return couple;
    }

    private static Partner partner(Couple couple, int position, String name) {
        UserAccount account = new UserAccount("p" + nextId + "@demo.test", name, Set.of(Role.CLIENT));
        return withId(new Partner(couple, account, position, name, null), nextId++);
    }

    static Partner first(Couple couple) {
        return couple.getPartners().stream().filter(p -> p.getPosition() == 1).findFirst().orElseThrow();
    }

    static Partner second(Couple couple) {
        return couple.getPartners().stream().filter(p -> p.getPosition() == 2).findFirst().orElseThrow();
    }

    /** Homework for one partner ({@code forPartner}) or both (null), with an id. */
    static HomeworkAssignment assignment(Couple couple, Partner forPartner, HomeworkType type, Cadence cadence,
                                         LocalDate startsOn, LocalDate endsOn, Visibility visibility) {
        return withId(new HomeworkAssignment(couple, forPartner, type, "Homework", "Do it.", cadence, 1, startsOn, endsOn,
                visibility, null), nextId++);
    }

    static HomeworkEntry entry(HomeworkAssignment assignment, Partner author, LocalDate day) {
        return withId(new HomeworkEntry(assignment, author, day, CoupleCalendar.periodKey(assignment.getCadence(), day)),
                nextId++);
    }

    static <T> T withId(T entity, long id) {
        return set(entity, "id", id);
    }

    /** As the stamp listener sets it when the entity is first saved. */
    static <T extends TrackedEntity> T createdAt(T entity, Instant at) {
        return set(entity, "createdAt", at);
    }

    private static <T> T set(T entity, String name, Object value) {
        for (Class<?> c = entity.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                field.set(entity, value);
                return entity;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + entity.getClass());
    }
}
