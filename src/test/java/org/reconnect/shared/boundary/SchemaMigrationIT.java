package org.reconnect.shared.boundary;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.InContainer;

import javax.naming.InitialContext;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema comes from Flyway, Hibernate only validates it, demo data sits apart. */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(SchemaMigrationIT.class);
    }

    @Test
    void everyMigrationIsAppliedSuccessfully() throws Exception {
        long applied = Deployed.numberAsOwner("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL");
        long failed = Deployed.numberAsOwner("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0");

        assertNotNull(SchemaMigration.class.getClassLoader().getResource("db/migration/V1__core.sql"));
        assertTrue(applied >= 1, "at least V1 is applied");
        assertEquals(0, failed);
        assertEquals(1, Deployed.numberAsOwner("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success = 1"));
    }

    @Test
    void mappingMatchesTheMigratedSchema() throws Exception {
        EntityManagerFactory factory = InitialContext.doLookup("java:global/reconnect/entityManagerFactory");

        assertDoesNotThrow(() -> factory.unwrap(SessionFactoryImplementor.class).getSchemaManager().validateMappedObjects());
    }

    @Test
    void aTimerStillNamingTheReminderRoundsOldClassIsForgotten() throws Exception {
        assertEquals(1, Deployed.numberAsOwner("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '13' AND success = 1"));
        // a database from before the round moved holds its timer under the old class (in a partition
        // of its own here, so the running timer service never loads it); V13 run again forgets it
        String old = "org.reconnect.homework.boundary.Reminders";
        Deployed.updateAsOwner("""
                INSERT INTO JBOSS_EJB_TIMER (ID, TIMED_OBJECT_ID, PARTITION_NAME, TIMEOUT_METHOD_DECLARING_CLASS)
                VALUES ('stale-reminders', 'reconnect.reconnect.Reminders', 'not-this-server', ?)""", old);
        String script;
        try (var in = SchemaMigration.class.getClassLoader().getResourceAsStream("db/migration/V13__reminder_timer_moved.sql")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (var connection = Deployed.ownerDataSource().getConnection(); var statement = connection.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        assertEquals(0, Deployed.numberAsOwner("SELECT COUNT(*) FROM JBOSS_EJB_TIMER WHERE TIMEOUT_METHOD_DECLARING_CLASS = ?", old));
        assertTrue(Deployed.numberAsOwner("SELECT COUNT(*) FROM JBOSS_EJB_TIMER WHERE TIMEOUT_METHOD_DECLARING_CLASS = ?",
                "org.reconnect.reminders.boundary.Reminders") >= 1, "the round's own timer stays");
    }

    @Test
    void demoClinicIsLoadedOnceAndApartFromTheSchema() throws Exception {
        assertEquals(1, Deployed.numberAsOwner("SELECT COUNT(*) FROM flyway_demo_history WHERE version = '1' AND success = 1"));
        assertEquals(0, Deployed.numberAsOwner("SELECT COUNT(*) FROM flyway_schema_history WHERE script LIKE '%demo%'"));
        assertEquals(10, Deployed.number("SELECT COUNT(*) FROM couple WHERE case_number LIKE 'RC-20%'"));
    }
}
