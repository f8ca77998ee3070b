-- The reminder round moved from org.reconnect.homework.boundary.Reminders to its own capability,
-- org.reconnect.reminders.boundary.Reminders. The EJB timer service keeps each persistent timer
-- with the class that declares its timeout method; a row naming the old class can never be
-- reinstated (WildFly warns about it at every start and refresh) while the bean creates a new one.
-- Remove it. WildFly creates the table itself on its first start, so a new database may not have
-- it yet: then there is nothing to remove.
SET @timer_table := (SELECT COUNT(*) FROM information_schema.tables
                     WHERE table_schema = DATABASE() AND table_name = 'JBOSS_EJB_TIMER');
SET @forget_old_timer := IF(@timer_table > 0,
    'DELETE FROM JBOSS_EJB_TIMER WHERE TIMEOUT_METHOD_DECLARING_CLASS = ''org.reconnect.homework.boundary.Reminders''',
    'DO 0');
PREPARE forget_old_timer FROM @forget_old_timer;
EXECUTE forget_old_timer;
DEALLOCATE PREPARE forget_old_timer;
