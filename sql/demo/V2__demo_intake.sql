-- The demo clinic after intake: consents, screenings (one couple flagged, one with a documented
-- decision), referral sources, histories of status and assignment. Refers to rows by email and
-- case number only.

UPDATE couple SET status_since = opened_on,
                  secrets_policy = 'NO_SECRETS',
                  referral_source = 'Self-referred (website)',
                  reason = 'They feel like flatmates: little talk about feelings, no time together.'
WHERE case_number IN ('RC-2026-0001', 'RC-2026-0002', 'RC-2026-0007', 'RC-2026-0009');

UPDATE couple SET status_since = CURRENT_DATE - INTERVAL 21 DAY, secrets_policy = 'LIMITED_SECRETS',
                  referral_source = 'GP referral', reason = 'Distance since the birth of their second child.'
WHERE case_number = 'RC-2026-0003';

UPDATE couple SET status_since = CURRENT_DATE - INTERVAL 30 DAY, referral_source = 'Employee assistance programme',
                  reason = 'Long working hours; one partner feels invisible.'
WHERE case_number = 'RC-2026-0004';

UPDATE couple SET status_since = opened_on, referral_source = 'Former client'
WHERE case_number IN ('RC-2026-0005', 'RC-2026-0006', 'RC-2026-0008');

UPDATE couple SET status_since = CURRENT_DATE - INTERVAL 40 DAY, portal_after_close = 'READ_ONLY',
                  referral_source = 'Self-referred (website)'
WHERE case_number = 'RC-2025-0042';

-- consent and the secrets policy: everyone beyond the intake stage has given both
UPDATE partner p JOIN couple c ON c.id = p.couple_id
SET p.consent_on = c.opened_on, p.consent_form_version = 'CT-2026.1', p.secrets_ack_on = c.opened_on,
    p.time_zone = 'Europe/London'
WHERE c.case_number NOT IN ('RC-2026-0005', 'RC-2026-0006', 'RC-2026-0008');

UPDATE partner p JOIN user_account u ON u.id = p.user_id SET p.pronouns = 'they/them' WHERE u.email = 'alex@demo.test';
UPDATE partner p JOIN user_account u ON u.id = p.user_id SET p.pronouns = 'she/her', p.phone = '+44 20 7946 0018'
WHERE u.email = 'sam@demo.test';

-- screenings: cleared for every couple in active work, except Chris and Taylor (concerns, no
-- decision yet: joint work is blocked) and Pat and Morgan (not cleared, decision recorded)
UPDATE partner p JOIN couple c ON c.id = p.couple_id
SET p.screening = 'CLEARED', p.screened_on = c.opened_on + INTERVAL 7 DAY, p.screened_by = 'Maya Chen'
WHERE c.case_number IN ('RC-2026-0001', 'RC-2025-0042');
UPDATE partner p JOIN couple c ON c.id = p.couple_id
SET p.screening = 'CLEARED', p.screened_on = c.opened_on + INTERVAL 7 DAY, p.screened_by = 'Omar Haddad'
WHERE c.case_number IN ('RC-2026-0002', 'RC-2026-0009');
UPDATE partner p JOIN couple c ON c.id = p.couple_id
SET p.screening = 'CLEARED', p.screened_on = c.opened_on + INTERVAL 7 DAY, p.screened_by = 'Dr. Helen Ortiz'
WHERE c.case_number = 'RC-2026-0007';
UPDATE partner p JOIN user_account u ON u.id = p.user_id
SET p.screening = 'CLEARED', p.screened_on = CURRENT_DATE - INTERVAL 50 DAY, p.screened_by = 'Maya Chen'
WHERE u.email = 'taylor@demo.test';
UPDATE partner p JOIN user_account u ON u.id = p.user_id
SET p.screening = 'CONCERNS', p.screened_on = CURRENT_DATE - INTERVAL 50 DAY, p.screened_by = 'Maya Chen',
    p.screening_note = 'Reports being shouted at during arguments; no physical harm reported. Review individually.'
WHERE u.email = 'chris@demo.test';
UPDATE partner p JOIN user_account u ON u.id = p.user_id
SET p.screening = 'CLEARED', p.screened_on = CURRENT_DATE - INTERVAL 110 DAY, p.screened_by = 'Maya Chen'
WHERE u.email IN ('pat@demo.test');
UPDATE couple SET joint_decision = 'Morgan declined the screening interview; both agree to joint sessions with a safety plan. Revisit at every session.',
                  joint_decision_by = 'Maya Chen', joint_decision_on = CURRENT_DATE - INTERVAL 100 DAY
WHERE case_number = 'RC-2026-0004';

-- histories: how each case got where it is
INSERT INTO case_status_change (couple_id, episode, from_status, to_status, reason, changed_at, changed_by)
SELECT id, 1, NULL, 'REFERRED', 'Case opened at intake', TIMESTAMP(opened_on), 'admin@demo.test' FROM couple;

INSERT INTO case_status_change (couple_id, episode, from_status, to_status, reason, changed_at, changed_by)
SELECT id, 1, 'REFERRED', 'INTAKE', 'Intake started', TIMESTAMP(opened_on) + INTERVAL 1 HOUR, 'admin@demo.test'
FROM couple WHERE status <> 'REFERRED';

INSERT INTO case_status_change (couple_id, episode, from_status, to_status, reason, changed_at, changed_by)
SELECT id, 1, 'INTAKE', 'ACTIVE', 'Both partners consented; first joint session booked', TIMESTAMP(opened_on + INTERVAL 7 DAY),
       'admin@demo.test'
FROM couple WHERE status IN ('ACTIVE', 'PAUSED', 'DISCHARGED');

INSERT INTO case_status_change (couple_id, episode, from_status, to_status, reason, changed_at, changed_by)
SELECT id, 1, 'ACTIVE', 'PAUSED', 'Family emergency abroad; they will be back in touch', TIMESTAMP(status_since), 'maya@demo.test'
FROM couple WHERE status = 'PAUSED';

INSERT INTO case_status_change (couple_id, episode, from_status, to_status, reason, changed_at, changed_by)
SELECT id, 1, 'ACTIVE', 'DISCHARGED', 'Program completed; they feel close again', TIMESTAMP(status_since), 'maya@demo.test'
FROM couple WHERE status = 'DISCHARGED';

INSERT INTO therapist_assignment (couple_id, from_therapist_id, to_therapist_id, reason, over_capacity, assigned_at, assigned_by)
SELECT c.id, NULL, c.therapist_id, 'Matched at intake', FALSE, TIMESTAMP(c.opened_on) + INTERVAL 2 HOUR, 'admin@demo.test'
FROM couple c WHERE c.therapist_id IS NOT NULL;

INSERT INTO case_number_sequence (year, last_number)
SELECT CAST(SUBSTRING(case_number, 4, 4) AS UNSIGNED), MAX(CAST(SUBSTRING(case_number, 9) AS UNSIGNED))
FROM couple
GROUP BY CAST(SUBSTRING(case_number, 4, 4) AS UNSIGNED)
ON DUPLICATE KEY UPDATE last_number = GREATEST(last_number, VALUES(last_number));
