-- The demo clinic (demo mode only). All passwords are Reconnect-demo-1; the hashes are bcrypt.
-- Rows refer to each other by email and case number, never by fixed id.
-- former@demo.test is a deactivated therapist: the account exists and cannot log in.

INSERT INTO user_account (email, display_name, password_hash, enabled, created_at, created_by, changed_at, changed_by) VALUES
    ('admin@demo.test', 'Dana Whitfield', '$2a$10$wIhcl4IGe/L9fuWJnMBT1eDiZXjy.73NvavVZsqS/BzjbBTlAhunK', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('director@demo.test', 'Dr. Helen Ortiz', '$2a$10$cCroSjx5U58WXluRcKOOMe69gSh4ReWLwdBAKhd.bAdsphh5Z7bEO', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('maya@demo.test', 'Maya Chen', '$2a$10$/uQz6kMAAFNO2/Ndu2FCze/UNY3kLjb5C64W4gkkXvmYjW0eJwi3u', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('omar@demo.test', 'Omar Haddad', '$2a$10$8nhj2dDs9.5ABIupRJ9G4e8s7WIfEKL0GaD8Ob9sZb5Q5iuG3m/Je', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('former@demo.test', 'Lena Fischer', '$2a$10$.1JFjloAfr.wo0BcP1QGUeOTPCV2YkLiqREz0VJvjBaRVBYqW6FQu', FALSE, NOW(6), 'demo', NOW(6), 'demo'),
    ('alex@demo.test', 'Alex Morgan', '$2a$10$tAwFbuMIsvcgiePCFhLeAeg6rdp0jkRnIbrLo8vdtbj4teGWE6f8u', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('sam@demo.test', 'Samantha Reyes', '$2a$10$JfkWZ0I8KlsuIlCZ3.WrjuaCbhzH691FdZCoycjMMiP9v6PkKMHrq', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('jordan@demo.test', 'Jordan Lee', '$2a$10$PSpwonm5kY6lBygil3xjk.TLIxZUaIWQIhWhaIH/B3Rg8CN4dCFt6', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('riley@demo.test', 'Riley Brooks', '$2a$10$A.RuniL4JA4XOdb06ecs8Onm6VpjKk7N5nz8d8GgtRlIEXkXlhN.K', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('chris@demo.test', 'Christopher Nash', '$2a$10$s967KV.9hd8qCaZ8N9MvPeC2/V5gl7W72CNPMwLXDAYrfMd1lmi0G', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('taylor@demo.test', 'Taylor Nash', '$2a$10$7Q6datimW4huyI4gfL5CQe6H/J4WegqfLstXNBtyASpZHs3zsrj9W', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('pat@demo.test', 'Patricia Owens', '$2a$10$HgrFM6NZIu70YNV2iXyFA.oGqloFgxWZT4yFKmKDLXKWXr6.DZzJm', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('morgan@demo.test', 'Morgan Owens', '$2a$10$nqsISpTG16UelnEM4IK7WOl9/pqx0QMIhp6uqcB/RG5CmXCwD5sJC', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('jamie@demo.test', 'Jamie Park', '$2a$10$4JpxeBQDJyajHHI8owH.YeJHNQP1Zjw9DC4rVPkUFZ9p2nFLg3j5u', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('casey@demo.test', 'Casey Park', '$2a$10$7SGg15SGTFcxf3PzWNws7eVTQQP1YEDRjxBfiKytE5spocKeU.wem', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('drew@demo.test', 'Drew Santos', '$2a$10$oAjb.UIMKYXsBG9qOe7xRuZOyZEdO2FdvUU0Otr80g8655rR6l9yS', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('quinn@demo.test', 'Quinn Santos', '$2a$10$uIpNVJldXjtalWgco..yuOhbtrUIAxpE7LpHx/JdwLGzBeVFk75p.', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('lee@demo.test', 'Lee Wong', '$2a$10$DSh6NuWoKe85EDpk.Mm5Lut7ZK3V8uq.ItKTQCJjbAm4EiKN6pqKq', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('robin@demo.test', 'Robin Wong', '$2a$10$EGdqQAx/wxCejyYnsFPZYu4Bgjd8UDrZ8a1gnOJ76Z66IIb36qZ5m', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('kim@demo.test', 'Kim Alvarez', '$2a$10$NvdMFfXz0QBWagVURV5XCeYep3Rc4Ha0MKZ8FQUqcD9tqFhR81Cmu', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('jesse@demo.test', 'Jesse Alvarez', '$2a$10$H8sfelXkJPtjx70cInNwBOA86CQ1u9eikLo.Eo7nWga2xsrWhEnJ6', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('avery@demo.test', 'Avery Clarke', '$2a$10$r5UZZxMrgDOBMdK9ByyLF.U8gltXC07nZAUatlI6Kfvfc05Kg/QTS', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('blake@demo.test', 'Blake Clarke', '$2a$10$9jazoy8fmoysu2F.tkbg8OS52egaweTGIKl9J846BbF/JftMo4jji', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('noor@demo.test', 'Noor Hassan', '$2a$10$O9f/7F4VXihZ9rnuBKS8H.8Rrlto4Rumi3blFFU3jmREnPc5u9ooO', TRUE, NOW(6), 'demo', NOW(6), 'demo'),
    ('eli@demo.test', 'Eli Hassan', '$2a$10$WrH1Ei.fGoxj1NXHqXtoU.nDJdBer0Ce.LKvgnfCgnfpDT3onffUq', TRUE, NOW(6), 'demo', NOW(6), 'demo');

INSERT INTO user_role (user_id, role)
    SELECT id, 'ADMIN' FROM user_account WHERE email = 'admin@demo.test'
UNION ALL SELECT id, 'ADMIN' FROM user_account WHERE email = 'director@demo.test'
UNION ALL SELECT id, 'THERAPIST' FROM user_account WHERE email = 'director@demo.test'
UNION ALL SELECT id, 'THERAPIST' FROM user_account WHERE email = 'maya@demo.test'
UNION ALL SELECT id, 'THERAPIST' FROM user_account WHERE email = 'omar@demo.test'
UNION ALL SELECT id, 'THERAPIST' FROM user_account WHERE email = 'former@demo.test';

INSERT INTO user_role (user_id, role)
SELECT id, 'CLIENT' FROM user_account WHERE email IN ('alex@demo.test', 'sam@demo.test', 'jordan@demo.test', 'riley@demo.test', 'chris@demo.test', 'taylor@demo.test', 'pat@demo.test', 'morgan@demo.test', 'jamie@demo.test', 'casey@demo.test', 'drew@demo.test', 'quinn@demo.test', 'lee@demo.test', 'robin@demo.test', 'kim@demo.test', 'jesse@demo.test', 'avery@demo.test', 'blake@demo.test', 'noor@demo.test', 'eli@demo.test');

INSERT INTO therapist (user_id, credentials, max_caseload, accepting_new, created_at, created_by, changed_at, changed_by)
SELECT id, 'PhD, LMFT, clinical director', 10, TRUE, NOW(6), 'demo', NOW(6), 'demo' FROM user_account WHERE email = 'director@demo.test';
INSERT INTO therapist (user_id, credentials, max_caseload, accepting_new, created_at, created_by, changed_at, changed_by)
SELECT id, 'LMFT', 25, TRUE, NOW(6), 'demo', NOW(6), 'demo' FROM user_account WHERE email = 'maya@demo.test';
INSERT INTO therapist (user_id, credentials, max_caseload, accepting_new, created_at, created_by, changed_at, changed_by)
SELECT id, 'LCSW', 20, TRUE, NOW(6), 'demo', NOW(6), 'demo' FROM user_account WHERE email = 'omar@demo.test';
INSERT INTO therapist (user_id, credentials, max_caseload, accepting_new, created_at, created_by, changed_at, changed_by)
SELECT id, 'LMFT (left the clinic)', 0, FALSE, NOW(6), 'demo', NOW(6), 'demo' FROM user_account WHERE email = 'former@demo.test';

INSERT INTO couple (case_number, status, therapist_id, opened_on, created_at, created_by, changed_at, changed_by)
SELECT 'RC-2026-0001', 'ACTIVE', t.id, CURRENT_DATE - INTERVAL 84 DAY, NOW(6), 'demo', NOW(6), 'demo'
FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = 'maya@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 1, 'Alex Morgan', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0001' AND u.email = 'alex@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 2, 'Samantha Reyes', 'Sam', NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0001' AND u.email = 'sam@demo.test';

INSERT INTO couple (case_number, status, therapist_id, opened_on, created_at, created_by, changed_at, changed_by)
SELECT 'RC-2026-0002', 'ACTIVE', t.id, CURRENT_DATE - INTERVAL 70 DAY, NOW(6), 'demo', NOW(6), 'demo'
FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = 'omar@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 1, 'Jordan Lee', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0002' AND u.email = 'jordan@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 2, 'Riley Brooks', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0002' AND u.email = 'riley@demo.test';

INSERT INTO couple (case_number, status, therapist_id, opened_on, created_at, created_by, changed_at, changed_by)
SELECT 'RC-2026-0003', 'ACTIVE', t.id, CURRENT_DATE - INTERVAL 56 DAY, NOW(6), 'demo', NOW(6), 'demo'
FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = 'maya@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 1, 'Christopher Nash', 'Chris', NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0003' AND u.email = 'chris@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 2, 'Taylor Nash', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0003' AND u.email = 'taylor@demo.test';

INSERT INTO couple (case_number, status, therapist_id, opened_on, created_at, created_by, changed_at, changed_by)
SELECT 'RC-2026-0004', 'PAUSED', t.id, CURRENT_DATE - INTERVAL 120 DAY, NOW(6), 'demo', NOW(6), 'demo'
FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = 'maya@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 1, 'Patricia Owens', 'Pat', NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0004' AND u.email = 'pat@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 2, 'Morgan Owens', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0004' AND u.email = 'morgan@demo.test';

INSERT INTO couple (case_number, status, therapist_id, opened_on, created_at, created_by, changed_at, changed_by)
SELECT 'RC-2026-0005', 'INTAKE', t.id, CURRENT_DATE - INTERVAL 9 DAY, NOW(6), 'demo', NOW(6), 'demo'
FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = 'omar@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 1, 'Jamie Park', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0005' AND u.email = 'jamie@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 2, 'Casey Park', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0005' AND u.email = 'casey@demo.test';

INSERT INTO couple (case_number, status, therapist_id, opened_on, created_at, created_by, changed_at, changed_by)
VALUES ('RC-2026-0006', 'REFERRED', NULL, CURRENT_DATE - INTERVAL 3 DAY, NOW(6), 'demo', NOW(6), 'demo');
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 1, 'Drew Santos', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0006' AND u.email = 'drew@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 2, 'Quinn Santos', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0006' AND u.email = 'quinn@demo.test';

INSERT INTO couple (case_number, status, therapist_id, opened_on, created_at, created_by, changed_at, changed_by)
SELECT 'RC-2026-0007', 'ACTIVE', t.id, CURRENT_DATE - INTERVAL 40 DAY, NOW(6), 'demo', NOW(6), 'demo'
FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = 'director@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 1, 'Lee Wong', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0007' AND u.email = 'lee@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 2, 'Robin Wong', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0007' AND u.email = 'robin@demo.test';

INSERT INTO couple (case_number, status, therapist_id, opened_on, created_at, created_by, changed_at, changed_by)
SELECT 'RC-2025-0042', 'DISCHARGED', t.id, CURRENT_DATE - INTERVAL 300 DAY, NOW(6), 'demo', NOW(6), 'demo'
FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = 'maya@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 1, 'Kim Alvarez', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2025-0042' AND u.email = 'kim@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 2, 'Jesse Alvarez', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2025-0042' AND u.email = 'jesse@demo.test';

INSERT INTO couple (case_number, status, therapist_id, opened_on, created_at, created_by, changed_at, changed_by)
VALUES ('RC-2026-0008', 'INTAKE', NULL, CURRENT_DATE - INTERVAL 5 DAY, NOW(6), 'demo', NOW(6), 'demo');
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 1, 'Avery Clarke', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0008' AND u.email = 'avery@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 2, 'Blake Clarke', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0008' AND u.email = 'blake@demo.test';

INSERT INTO couple (case_number, status, therapist_id, opened_on, created_at, created_by, changed_at, changed_by)
SELECT 'RC-2026-0009', 'ACTIVE', t.id, CURRENT_DATE - INTERVAL 28 DAY, NOW(6), 'demo', NOW(6), 'demo'
FROM therapist t JOIN user_account u ON u.id = t.user_id WHERE u.email = 'omar@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 1, 'Noor Hassan', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0009' AND u.email = 'noor@demo.test';
INSERT INTO partner (couple_id, user_id, position, full_name, preferred_name, created_at, created_by, changed_at, changed_by)
SELECT c.id, u.id, 2, 'Eli Hassan', NULL, NOW(6), 'demo', NOW(6), 'demo'
FROM couple c, user_account u WHERE c.case_number = 'RC-2026-0009' AND u.email = 'eli@demo.test';
