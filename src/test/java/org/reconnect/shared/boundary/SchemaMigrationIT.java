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
    void demoClinicIsLoadedOnceAndApartFromTheSchema() throws Exception {
        assertEquals(1, Deployed.numberAsOwner("SELECT COUNT(*) FROM flyway_demo_history WHERE version = '1' AND success = 1"));
        assertEquals(0, Deployed.numberAsOwner("SELECT COUNT(*) FROM flyway_schema_history WHERE script LIKE '%demo%'"));
        assertEquals(10, Deployed.number("SELECT COUNT(*) FROM couple WHERE case_number LIKE 'RC-20%'"));
    }
}
