-- When the clinic reads messages: shown beside every box to write a message in (messages are not
-- for emergencies). Free text an admin keeps up to date under Settings.
INSERT INTO clinic_setting (name, value, changed_at, changed_by) VALUES
    ('messaging.officeHours', 'Monday to Friday, 9:00 to 17:00', NOW(6), 'reconnect');
