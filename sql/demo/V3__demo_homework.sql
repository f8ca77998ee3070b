-- Eight weeks of homework history for the demo clinic (demo mode only), so that the charts tell
-- a story: Alex and Sam are improving (more bids turned toward, rising date ratings), Jordan
-- and Riley are slipping (fewer entries, more bids turned away, nothing logged for a week).
-- Days are relative to the day the demo is loaded. Refers to rows by email, case number and
-- assignment title only.

-- program steps
INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 1, CURRENT_DATE - INTERVAL 84 DAY, CURRENT_DATE - INTERVAL 70 DAY, 'Named the flatmate pattern without blame.', 'maya@demo.test' FROM couple WHERE case_number = 'RC-2026-0001';
INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 2, CURRENT_DATE - INTERVAL 70 DAY, CURRENT_DATE - INTERVAL 56 DAY, 'First calm conversation at home went well.', 'maya@demo.test' FROM couple WHERE case_number = 'RC-2026-0001';
INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 3, CURRENT_DATE - INTERVAL 56 DAY, CURRENT_DATE - INTERVAL 42 DAY, NULL, 'maya@demo.test' FROM couple WHERE case_number = 'RC-2026-0001';
INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 4, CURRENT_DATE - INTERVAL 42 DAY, CURRENT_DATE - INTERVAL 14 DAY, 'Turn-toward ratio rising for both.', 'maya@demo.test' FROM couple WHERE case_number = 'RC-2026-0001';
INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 5, CURRENT_DATE - INTERVAL 14 DAY, NULL, 'Ready for weekly dates.', 'maya@demo.test' FROM couple WHERE case_number = 'RC-2026-0001';
UPDATE couple SET current_step = 5 WHERE case_number = 'RC-2026-0001';

INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 1, CURRENT_DATE - INTERVAL 70 DAY, CURRENT_DATE - INTERVAL 56 DAY, NULL, 'omar@demo.test' FROM couple WHERE case_number = 'RC-2026-0002';
INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 2, CURRENT_DATE - INTERVAL 56 DAY, CURRENT_DATE - INTERVAL 42 DAY, NULL, 'omar@demo.test' FROM couple WHERE case_number = 'RC-2026-0002';
INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 3, CURRENT_DATE - INTERVAL 42 DAY, CURRENT_DATE - INTERVAL 28 DAY, 'Needs exercise showed a big mismatch.', 'omar@demo.test' FROM couple WHERE case_number = 'RC-2026-0002';
INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 4, CURRENT_DATE - INTERVAL 28 DAY, NULL, 'Watch Riley: bids go unanswered.', 'omar@demo.test' FROM couple WHERE case_number = 'RC-2026-0002';
UPDATE couple SET current_step = 4 WHERE case_number = 'RC-2026-0002';

INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 1, CURRENT_DATE - INTERVAL 40 DAY, NULL, 'Individual work only until screening is reviewed.', 'maya@demo.test' FROM couple WHERE case_number = 'RC-2026-0003';
UPDATE couple SET current_step = 1 WHERE case_number = 'RC-2026-0003';

INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 1, CURRENT_DATE - INTERVAL 30 DAY, CURRENT_DATE - INTERVAL 16 DAY, NULL, 'director@demo.test' FROM couple WHERE case_number = 'RC-2026-0007';
INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 2, CURRENT_DATE - INTERVAL 16 DAY, NULL, NULL, 'director@demo.test' FROM couple WHERE case_number = 'RC-2026-0007';
UPDATE couple SET current_step = 2 WHERE case_number = 'RC-2026-0007';

INSERT INTO couple_step (couple_id, step_number, started_on, completed_on, comment, moved_by)
SELECT id, 1, CURRENT_DATE - INTERVAL 10 DAY, NULL, NULL, 'omar@demo.test' FROM couple WHERE case_number = 'RC-2026-0009';
UPDATE couple SET current_step = 1 WHERE case_number = 'RC-2026-0009';

-- assignments
INSERT INTO homework_assignment (couple_id, partner_id, type, title, instructions, cadence, target, starts_on, ends_on,
    visibility, status, step_number, created_at, created_by, changed_at, changed_by)
SELECT c.id, NULL, 'MICRO_MOMENT_LOG', 'Notice bids for connection', 'Each day, log at least one small moment when one of you reached out, and how it was answered.', 'DAILY', 1, CURRENT_DATE - INTERVAL 55 DAY, NULL,
    'SHARED', 'ACTIVE', 4, NOW(6), 'maya@demo.test', NOW(6), 'maya@demo.test' FROM couple c WHERE c.case_number = 'RC-2026-0001';
INSERT INTO homework_assignment (couple_id, partner_id, type, title, instructions, cadence, target, starts_on, ends_on,
    visibility, status, step_number, created_at, created_by, changed_at, changed_by)
SELECT c.id, NULL, 'EMOTIONAL_DATE', 'Sunday evening date', 'Thirty minutes about the two of you, phones off. Rate how connected you felt, each on your own.', 'WEEKLY', 1, CURRENT_DATE - INTERVAL 41 DAY, NULL,
    'REVEAL_WHEN_BOTH', 'ACTIVE', 5, NOW(6), 'maya@demo.test', NOW(6), 'maya@demo.test' FROM couple c WHERE c.case_number = 'RC-2026-0001';
INSERT INTO homework_assignment (couple_id, partner_id, type, title, instructions, cadence, target, starts_on, ends_on,
    visibility, status, step_number, created_at, created_by, changed_at, changed_by)
SELECT c.id, NULL, 'DAILY_TALK', '10 minutes after dinner', 'Phones in the drawer; best and hardest part of the day.', 'DAILY', 1, CURRENT_DATE - INTERVAL 13 DAY, NULL,
    'SHARED', 'ACTIVE', 5, NOW(6), 'maya@demo.test', NOW(6), 'maya@demo.test' FROM couple c WHERE c.case_number = 'RC-2026-0001';
INSERT INTO homework_assignment (couple_id, partner_id, type, title, instructions, cadence, target, starts_on, ends_on,
    visibility, status, step_number, created_at, created_by, changed_at, changed_by)
SELECT c.id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), 'SELF_CARE_JOURNAL', 'My self-care journal', 'A few lines on how you look after yourself, and your mood.', 'WEEKLY', 2, CURRENT_DATE - INTERVAL 35 DAY, NULL,
    'PRIVATE', 'ACTIVE', 4, NOW(6), 'maya@demo.test', NOW(6), 'maya@demo.test' FROM couple c WHERE c.case_number = 'RC-2026-0001';
INSERT INTO homework_assignment (couple_id, partner_id, type, title, instructions, cadence, target, starts_on, ends_on,
    visibility, status, step_number, created_at, created_by, changed_at, changed_by)
SELECT c.id, NULL, 'MICRO_MOMENT_LOG', 'Bids for connection', 'Each day, log at least one small moment when one of you reached out, and how it was answered.', 'DAILY', 1, CURRENT_DATE - INTERVAL 55 DAY, NULL,
    'SHARED', 'ACTIVE', 2, NOW(6), 'omar@demo.test', NOW(6), 'omar@demo.test' FROM couple c WHERE c.case_number = 'RC-2026-0002';
INSERT INTO homework_assignment (couple_id, partner_id, type, title, instructions, cadence, target, starts_on, ends_on,
    visibility, status, step_number, created_at, created_by, changed_at, changed_by)
SELECT c.id, NULL, 'EMOTIONAL_DATE', 'Friday date night', 'Thirty minutes, phones off, about your relationship. Each of you rates the connection.', 'WEEKLY', 1, CURRENT_DATE - INTERVAL 41 DAY, NULL,
    'REVEAL_WHEN_BOTH', 'ACTIVE', 3, NOW(6), 'omar@demo.test', NOW(6), 'omar@demo.test' FROM couple c WHERE c.case_number = 'RC-2026-0002';
INSERT INTO homework_assignment (couple_id, partner_id, type, title, instructions, cadence, target, starts_on, ends_on,
    visibility, status, step_number, created_at, created_by, changed_at, changed_by)
SELECT c.id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), 'KINDNESS_PRACTICE', 'One kindness a day', 'One small, deliberate kindness for Riley each day.', 'DAILY', 1, CURRENT_DATE - INTERVAL 27 DAY, NULL,
    'SHARED', 'ACTIVE', 4, NOW(6), 'omar@demo.test', NOW(6), 'omar@demo.test' FROM couple c WHERE c.case_number = 'RC-2026-0002';
INSERT INTO homework_assignment (couple_id, partner_id, type, title, instructions, cadence, target, starts_on, ends_on,
    visibility, status, step_number, created_at, created_by, changed_at, changed_by)
SELECT c.id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'chris@demo.test'), 'I_STATEMENT_PRACTICE', 'Say it with I feel', 'Rewrite one blaming sentence a day as I feel ... when ..., and I need ....', 'WEEKLY', 3, CURRENT_DATE - INTERVAL 20 DAY, NULL,
    'PRIVATE', 'ACTIVE', 1, NOW(6), 'maya@demo.test', NOW(6), 'maya@demo.test' FROM couple c WHERE c.case_number = 'RC-2026-0003';

-- Alex and Sam: micro-moments, more of them turned toward week by week
INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, occurred_at, bid_by, bid_kind,
    response, text, created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day, DATE_FORMAT(d.day, '%Y-%m-%d'), TIMESTAMP(d.day, d.t), d.bid_by, d.bid_kind,
    d.response, d.text, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 55 DAY AS day, '11:10:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 54 DAY AS day, '07:45:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 53 DAY AS day, '08:40:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 52 DAY AS day, '17:25:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_AGAINST' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 52 DAY AS day, '14:55:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 51 DAY AS day, '11:00:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 51 DAY AS day, '18:30:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 49 DAY AS day, '21:25:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_AWAY' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 47 DAY AS day, '20:00:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 45 DAY AS day, '18:40:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 45 DAY AS day, '19:15:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 44 DAY AS day, '18:45:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 44 DAY AS day, '07:25:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 43 DAY AS day, '14:30:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 39 DAY AS day, '15:25:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 37 DAY AS day, '14:40:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 37 DAY AS day, '16:40:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 36 DAY AS day, '20:10:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 36 DAY AS day, '17:10:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 35 DAY AS day, '08:15:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 34 DAY AS day, '17:30:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AGAINST' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 34 DAY AS day, '14:10:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 33 DAY AS day, '11:25:00' AS t, 'PARTNER' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 31 DAY AS day, '09:55:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 28 DAY AS day, '15:00:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 27 DAY AS day, '10:00:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 27 DAY AS day, '21:30:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 26 DAY AS day, '20:00:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 26 DAY AS day, '20:00:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 25 DAY AS day, '16:25:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AGAINST' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 24 DAY AS day, '16:45:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 23 DAY AS day, '19:15:00' AS t, 'PARTNER' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AGAINST' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 23 DAY AS day, '08:45:00' AS t, 'PARTNER' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 22 DAY AS day, '10:10:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AGAINST' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 21 DAY AS day, '19:40:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 20 DAY AS day, '16:55:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 20 DAY AS day, '08:45:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 19 DAY AS day, '21:45:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 19 DAY AS day, '11:40:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 18 DAY AS day, '11:00:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 18 DAY AS day, '20:00:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 16 DAY AS day, '10:15:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 16 DAY AS day, '13:30:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 15 DAY AS day, '07:00:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 15 DAY AS day, '14:45:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 14 DAY AS day, '14:10:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 14 DAY AS day, '21:55:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 13 DAY AS day, '12:10:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 13 DAY AS day, '14:10:00' AS t, 'PARTNER' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AGAINST' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 12 DAY AS day, '12:30:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 12 DAY AS day, '16:10:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 11 DAY AS day, '20:10:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 10 DAY AS day, '14:55:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_AWAY' AS response, 'Snapped back, tired.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 10 DAY AS day, '12:10:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 9 DAY AS day, '12:30:00' AS t, 'PARTNER' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 8 DAY AS day, '07:40:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 8 DAY AS day, '15:15:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 7 DAY AS day, '13:30:00' AS t, 'PARTNER' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 6 DAY AS day, '09:30:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 6 DAY AS day, '13:00:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 5 DAY AS day, '20:30:00' AS t, 'PARTNER' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 5 DAY AS day, '10:55:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 4 DAY AS day, '21:25:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, 'Snapped back, tired.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 3 DAY AS day, '12:30:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 1 DAY AS day, '15:25:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
) d
JOIN couple c ON c.case_number = 'RC-2026-0001'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = 'Notice bids for connection'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'alex@demo.test';

INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, occurred_at, bid_by, bid_kind,
    response, text, created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day, DATE_FORMAT(d.day, '%Y-%m-%d'), TIMESTAMP(d.day, d.t), d.bid_by, d.bid_kind,
    d.response, d.text, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 53 DAY AS day, '18:30:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_AGAINST' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 53 DAY AS day, '17:15:00' AS t, 'PARTNER' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 52 DAY AS day, '15:55:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_AGAINST' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 50 DAY AS day, '13:15:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AGAINST' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 49 DAY AS day, '15:40:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 49 DAY AS day, '18:40:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 46 DAY AS day, '14:25:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 45 DAY AS day, '21:55:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 44 DAY AS day, '17:25:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_AWAY' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 43 DAY AS day, '19:45:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 42 DAY AS day, '08:40:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 41 DAY AS day, '16:25:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 40 DAY AS day, '10:00:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 39 DAY AS day, '08:10:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 39 DAY AS day, '07:40:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_AWAY' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 37 DAY AS day, '16:00:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 35 DAY AS day, '18:10:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 34 DAY AS day, '18:00:00' AS t, 'PARTNER' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_AWAY' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 33 DAY AS day, '08:40:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AGAINST' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 33 DAY AS day, '09:45:00' AS t, 'PARTNER' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 31 DAY AS day, '17:00:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AGAINST' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 31 DAY AS day, '07:15:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 30 DAY AS day, '18:00:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AGAINST' AS response, 'Snapped back, tired.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 30 DAY AS day, '11:10:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 28 DAY AS day, '11:00:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, 'Snapped back, tired.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 27 DAY AS day, '10:10:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 27 DAY AS day, '08:25:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 26 DAY AS day, '21:25:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 25 DAY AS day, '13:15:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 24 DAY AS day, '12:30:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 23 DAY AS day, '11:25:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 22 DAY AS day, '10:10:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 21 DAY AS day, '19:55:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 20 DAY AS day, '12:45:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 19 DAY AS day, '13:25:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 18 DAY AS day, '18:55:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 17 DAY AS day, '20:55:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 16 DAY AS day, '14:30:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 16 DAY AS day, '21:10:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 15 DAY AS day, '13:10:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 13 DAY AS day, '10:40:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 13 DAY AS day, '09:45:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 12 DAY AS day, '09:55:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 11 DAY AS day, '18:15:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 10 DAY AS day, '09:45:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 9 DAY AS day, '13:55:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 9 DAY AS day, '17:10:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 8 DAY AS day, '21:00:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 7 DAY AS day, '20:10:00' AS t, 'PARTNER' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 6 DAY AS day, '21:10:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 5 DAY AS day, '19:15:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 4 DAY AS day, '10:10:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 3 DAY AS day, '16:55:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 2 DAY AS day, '08:40:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 1 DAY AS day, '09:00:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, 'Snapped back, tired.' AS text
) d
JOIN couple c ON c.case_number = 'RC-2026-0001'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = 'Notice bids for connection'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'sam@demo.test';

-- Jordan and Riley: keen at first, then fewer entries and more bids turned away; nothing for 8 days
INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, occurred_at, bid_by, bid_kind,
    response, text, created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day, DATE_FORMAT(d.day, '%Y-%m-%d'), TIMESTAMP(d.day, d.t), d.bid_by, d.bid_kind,
    d.response, d.text, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 55 DAY AS day, '16:55:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 54 DAY AS day, '10:25:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 53 DAY AS day, '09:25:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 51 DAY AS day, '09:00:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_AWAY' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 51 DAY AS day, '14:45:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 50 DAY AS day, '21:40:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AGAINST' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 49 DAY AS day, '19:30:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 49 DAY AS day, '16:45:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 48 DAY AS day, '16:15:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AWAY' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 47 DAY AS day, '11:30:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AGAINST' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 44 DAY AS day, '09:00:00' AS t, 'PARTNER' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 43 DAY AS day, '19:00:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 43 DAY AS day, '11:25:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 42 DAY AS day, '10:45:00' AS t, 'PARTNER' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 41 DAY AS day, '12:15:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 40 DAY AS day, '16:10:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 39 DAY AS day, '13:30:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_AGAINST' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 38 DAY AS day, '12:00:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_AGAINST' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 37 DAY AS day, '21:40:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 37 DAY AS day, '16:00:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 36 DAY AS day, '12:15:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_AWAY' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 33 DAY AS day, '20:00:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 32 DAY AS day, '12:15:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 30 DAY AS day, '20:25:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 30 DAY AS day, '17:25:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 29 DAY AS day, '10:40:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 29 DAY AS day, '19:10:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 28 DAY AS day, '11:55:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_AWAY' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 28 DAY AS day, '13:00:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 27 DAY AS day, '15:45:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_AGAINST' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 23 DAY AS day, '10:10:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 23 DAY AS day, '07:00:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 22 DAY AS day, '09:30:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_AWAY' AS response, 'Snapped back, tired.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 22 DAY AS day, '07:10:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_AWAY' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 18 DAY AS day, '21:10:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 18 DAY AS day, '21:15:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 15 DAY AS day, '15:45:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 15 DAY AS day, '07:00:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_AWAY' AS response, 'Snapped back, tired.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 14 DAY AS day, '18:10:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 13 DAY AS day, '13:30:00' AS t, 'PARTNER' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AWAY' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 13 DAY AS day, '13:10:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AGAINST' AS response, 'Snapped back, tired.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 9 DAY AS day, '15:45:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
) d
JOIN couple c ON c.case_number = 'RC-2026-0002'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = 'Bids for connection'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'jordan@demo.test';

INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, occurred_at, bid_by, bid_kind,
    response, text, created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day, DATE_FORMAT(d.day, '%Y-%m-%d'), TIMESTAMP(d.day, d.t), d.bid_by, d.bid_kind,
    d.response, d.text, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 55 DAY AS day, '09:10:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 55 DAY AS day, '11:00:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 54 DAY AS day, '21:00:00' AS t, 'PARTNER' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 53 DAY AS day, '20:40:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 53 DAY AS day, '10:15:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 52 DAY AS day, '15:30:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 51 DAY AS day, '10:45:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 51 DAY AS day, '10:30:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 50 DAY AS day, '15:55:00' AS t, 'PARTNER' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 48 DAY AS day, '17:55:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 47 DAY AS day, '10:40:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Laughed about the cat together.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 46 DAY AS day, '10:10:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 45 DAY AS day, '21:30:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_AWAY' AS response, 'Did not look up from the laptop.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 45 DAY AS day, '09:45:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 44 DAY AS day, '11:45:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 43 DAY AS day, '12:40:00' AS t, 'ME' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 41 DAY AS day, '07:15:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 41 DAY AS day, '14:25:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 40 DAY AS day, '17:25:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_AGAINST' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 40 DAY AS day, '14:00:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 39 DAY AS day, '14:25:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 38 DAY AS day, '13:30:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_AWAY' AS response, 'Snapped back, tired.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 36 DAY AS day, '21:00:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, 'Brought tea without being asked.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 36 DAY AS day, '21:15:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 35 DAY AS day, '13:25:00' AS t, 'PARTNER' AS bid_by, 'STORY' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 32 DAY AS day, '17:25:00' AS t, 'PARTNER' AS bid_by, 'HELP' AS bid_kind, 'TURNED_AGAINST' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 31 DAY AS day, '07:15:00' AS t, 'PARTNER' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 30 DAY AS day, '10:15:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 29 DAY AS day, '10:00:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 26 DAY AS day, '14:00:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AGAINST' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 25 DAY AS day, '16:15:00' AS t, 'PARTNER' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_AGAINST' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 23 DAY AS day, '20:10:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 23 DAY AS day, '11:45:00' AS t, 'PARTNER' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, 'Held hands on the walk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 21 DAY AS day, '21:40:00' AS t, 'PARTNER' AS bid_by, 'QUESTION' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 21 DAY AS day, '19:55:00' AS t, 'ME' AS bid_by, 'AFFECTION' AS bid_kind, 'TURNED_AGAINST' AS response, 'Was on the phone, missed it.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 20 DAY AS day, '19:15:00' AS t, 'ME' AS bid_by, 'TOUCH' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 18 DAY AS day, '21:00:00' AS t, 'ME' AS bid_by, 'JOKE' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 16 DAY AS day, '16:55:00' AS t, 'ME' AS bid_by, 'HELP' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 16 DAY AS day, '20:30:00' AS t, 'ME' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, 'Asked about the interview and really listened.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 15 DAY AS day, '07:40:00' AS t, 'PARTNER' AS bid_by, 'OTHER' AS bid_kind, 'TURNED_TOWARD' AS response, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 13 DAY AS day, '16:55:00' AS t, 'ME' AS bid_by, 'STORY' AS bid_kind, 'TURNED_AWAY' AS response, NULL AS text
) d
JOIN couple c ON c.case_number = 'RC-2026-0002'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = 'Bids for connection'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'riley@demo.test';

-- emotional dates: both partners rate each one; Alex has rated this week's, Sam not yet
INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, minutes, phones_off, prompts, rating, text,
    created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day,
    CASE a.cadence WHEN 'DAILY' THEN DATE_FORMAT(d.day, '%Y-%m-%d') WHEN 'WEEKLY' THEN DATE_FORMAT(d.day, '%x-W%v') ELSE 'ONCE' END,
    d.minutes, d.phones_off, d.prompts, d.rating, d.text, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 41 DAY AS day, 45 AS minutes, TRUE AS phones_off, 'What made us laugh this week?' AS prompts, 5 AS rating, 'Awkward at first.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 34 DAY AS day, 40 AS minutes, TRUE AS phones_off, 'A memory of our first year' AS prompts, 6 AS rating, 'Nice to remember.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 27 DAY AS day, 50 AS minutes, TRUE AS phones_off, 'What I need more of' AS prompts, 6 AS rating, 'Hard but good.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 20 DAY AS day, 60 AS minutes, TRUE AS phones_off, 'Our best day this month' AS prompts, 7 AS rating, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 13 DAY AS day, 55 AS minutes, TRUE AS phones_off, 'What I appreciate about you' AS prompts, 8 AS rating, 'Felt close.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 6 DAY AS day, 60 AS minutes, TRUE AS phones_off, 'Plans for the spring' AS prompts, 8 AS rating, 'Best one yet.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 0 DAY AS day, 40 AS minutes, TRUE AS phones_off, 'How we handle busy weeks' AS prompts, 8 AS rating, NULL AS text
) d
JOIN couple c ON c.case_number = 'RC-2026-0001'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = 'Sunday evening date'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'alex@demo.test';

INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, minutes, phones_off, prompts, rating, text,
    created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day,
    CASE a.cadence WHEN 'DAILY' THEN DATE_FORMAT(d.day, '%Y-%m-%d') WHEN 'WEEKLY' THEN DATE_FORMAT(d.day, '%x-W%v') ELSE 'ONCE' END,
    d.minutes, d.phones_off, d.prompts, d.rating, d.text, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 41 DAY AS day, 45 AS minutes, TRUE AS phones_off, 'What made us laugh this week?' AS prompts, 4 AS rating, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 34 DAY AS day, 40 AS minutes, TRUE AS phones_off, 'A memory of our first year' AS prompts, 5 AS rating, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 27 DAY AS day, 50 AS minutes, TRUE AS phones_off, 'What I need more of' AS prompts, 6 AS rating, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 20 DAY AS day, 60 AS minutes, TRUE AS phones_off, 'Our best day this month' AS prompts, 7 AS rating, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 13 DAY AS day, 55 AS minutes, TRUE AS phones_off, 'What I appreciate about you' AS prompts, 7 AS rating, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 6 DAY AS day, 60 AS minutes, TRUE AS phones_off, 'Plans for the spring' AS prompts, 8 AS rating, NULL AS text
) d
JOIN couple c ON c.case_number = 'RC-2026-0001'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = 'Sunday evening date'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'sam@demo.test';

INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, minutes, phones_off, prompts, rating, text,
    created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day,
    CASE a.cadence WHEN 'DAILY' THEN DATE_FORMAT(d.day, '%Y-%m-%d') WHEN 'WEEKLY' THEN DATE_FORMAT(d.day, '%x-W%v') ELSE 'ONCE' END,
    d.minutes, d.phones_off, d.prompts, d.rating, d.text, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 40 DAY AS day, 50 AS minutes, TRUE AS phones_off, 'What drew us together' AS prompts, 7 AS rating, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 33 DAY AS day, 45 AS minutes, TRUE AS phones_off, 'Our week' AS prompts, 6 AS rating, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 26 DAY AS day, 30 AS minutes, FALSE AS phones_off, 'Money worries' AS prompts, 4 AS rating, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 19 DAY AS day, 20 AS minutes, FALSE AS phones_off, NULL AS prompts, 3 AS rating, NULL AS text
) d
JOIN couple c ON c.case_number = 'RC-2026-0002'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = 'Friday date night'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'jordan@demo.test';

INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, minutes, phones_off, prompts, rating, text,
    created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day,
    CASE a.cadence WHEN 'DAILY' THEN DATE_FORMAT(d.day, '%Y-%m-%d') WHEN 'WEEKLY' THEN DATE_FORMAT(d.day, '%x-W%v') ELSE 'ONCE' END,
    d.minutes, d.phones_off, d.prompts, d.rating, d.text, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 40 DAY AS day, 50 AS minutes, TRUE AS phones_off, 'What drew us together' AS prompts, 6 AS rating, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 33 DAY AS day, 45 AS minutes, TRUE AS phones_off, 'Our week' AS prompts, 6 AS rating, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 26 DAY AS day, 30 AS minutes, FALSE AS phones_off, 'Money worries' AS prompts, 5 AS rating, NULL AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 19 DAY AS day, 20 AS minutes, FALSE AS phones_off, NULL AS prompts, 4 AS rating, NULL AS text
) d
JOIN couple c ON c.case_number = 'RC-2026-0002'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = 'Friday date night'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'riley@demo.test';

-- daily talks for Alex and Sam
INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, minutes, prompt, rating,
    created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day,
    CASE a.cadence WHEN 'DAILY' THEN DATE_FORMAT(d.day, '%Y-%m-%d') WHEN 'WEEKLY' THEN DATE_FORMAT(d.day, '%x-W%v') ELSE 'ONCE' END,
    d.minutes, d.prompt, d.rating, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 13 DAY AS day, 10 AS minutes, 'Something I was proud of' AS prompt, 9 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 12 DAY AS day, 10 AS minutes, 'Something I was proud of' AS prompt, 8 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 11 DAY AS day, 10 AS minutes, 'Best and hardest part of the day' AS prompt, 6 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 10 DAY AS day, 10 AS minutes, 'Best and hardest part of the day' AS prompt, 6 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 9 DAY AS day, 10 AS minutes, 'What I worried about' AS prompt, 6 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 7 DAY AS day, 10 AS minutes, 'What I worried about' AS prompt, 8 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 6 DAY AS day, 10 AS minutes, 'Best and hardest part of the day' AS prompt, 8 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 4 DAY AS day, 10 AS minutes, 'What I worried about' AS prompt, 6 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 3 DAY AS day, 10 AS minutes, 'Best and hardest part of the day' AS prompt, 8 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 2 DAY AS day, 10 AS minutes, 'Something I was proud of' AS prompt, 6 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 1 DAY AS day, 10 AS minutes, 'What I worried about' AS prompt, 6 AS rating
) d
JOIN couple c ON c.case_number = 'RC-2026-0001'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = '10 minutes after dinner'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'alex@demo.test';

INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, minutes, prompt, rating,
    created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day,
    CASE a.cadence WHEN 'DAILY' THEN DATE_FORMAT(d.day, '%Y-%m-%d') WHEN 'WEEKLY' THEN DATE_FORMAT(d.day, '%x-W%v') ELSE 'ONCE' END,
    d.minutes, d.prompt, d.rating, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 13 DAY AS day, 15 AS minutes, 'What I worried about' AS prompt, 8 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 12 DAY AS day, 12 AS minutes, 'Something I was proud of' AS prompt, 8 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 10 DAY AS day, 10 AS minutes, 'Best and hardest part of the day' AS prompt, 9 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 8 DAY AS day, 12 AS minutes, 'What I worried about' AS prompt, 8 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 6 DAY AS day, 12 AS minutes, 'What I worried about' AS prompt, 6 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 5 DAY AS day, 15 AS minutes, 'Best and hardest part of the day' AS prompt, 7 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 4 DAY AS day, 15 AS minutes, 'Something I was proud of' AS prompt, 6 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 2 DAY AS day, 12 AS minutes, 'Something I was proud of' AS prompt, 9 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 1 DAY AS day, 15 AS minutes, 'What I worried about' AS prompt, 8 AS rating
) d
JOIN couple c ON c.case_number = 'RC-2026-0001'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = '10 minutes after dinner'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'sam@demo.test';

-- Sam's private journal
INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, text, rating,
    created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day,
    CASE a.cadence WHEN 'DAILY' THEN DATE_FORMAT(d.day, '%Y-%m-%d') WHEN 'WEEKLY' THEN DATE_FORMAT(d.day, '%x-W%v') ELSE 'ONCE' END,
    d.text, d.rating, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 33 DAY AS day, 'Went for a run before work. Felt less tense all day.' AS text, 5 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 29 DAY AS day, 'Said no to an extra shift. Guilty, but rested.' AS text, 6 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 22 DAY AS day, 'Coffee with my sister. I needed that.' AS text, 7 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 16 DAY AS day, 'Slept badly, but did the breathing exercise.' AS text, 5 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 9 DAY AS day, 'Long walk on my own. Quiet and good.' AS text, 7 AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 3 DAY AS day, 'Feeling more like myself lately.' AS text, 8 AS rating
) d
JOIN couple c ON c.case_number = 'RC-2026-0001'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = 'My self-care journal'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'sam@demo.test';

-- Jordan's kindness log, fading
INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, text, rating,
    created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day,
    CASE a.cadence WHEN 'DAILY' THEN DATE_FORMAT(d.day, '%Y-%m-%d') WHEN 'WEEKLY' THEN DATE_FORMAT(d.day, '%x-W%v') ELSE 'ONCE' END,
    d.text, d.rating, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 27 DAY AS day, 'Made Riley breakfast.' AS text, NULL AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 26 DAY AS day, 'Thanked Riley for fixing the bike.' AS text, NULL AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 24 DAY AS day, 'Left a note in the lunch box.' AS text, NULL AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 20 DAY AS day, 'Picked up the groceries.' AS text, NULL AS rating
    UNION ALL SELECT CURRENT_DATE - INTERVAL 15 DAY AS day, 'Said the dinner was great.' AS text, NULL AS rating
) d
JOIN couple c ON c.case_number = 'RC-2026-0002'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = 'One kindness a day'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'jordan@demo.test';

-- Chris's I-statements (individual homework while joint work is blocked)
INSERT INTO homework_entry (assignment_id, couple_id, author_id, type, logged_for, period_key, text,
    created_at, created_by, changed_at, changed_by)
SELECT a.id, a.couple_id, p.id, a.type, d.day,
    CASE a.cadence WHEN 'DAILY' THEN DATE_FORMAT(d.day, '%Y-%m-%d') WHEN 'WEEKLY' THEN DATE_FORMAT(d.day, '%x-W%v') ELSE 'ONCE' END,
    d.text, TIMESTAMP(d.day, '21:30:00'), u.email, TIMESTAMP(d.day, '21:30:00'), u.email
FROM (
    SELECT CURRENT_DATE - INTERVAL 18 DAY AS day, 'You never listen -> I feel unheard when I am interrupted, and I need a minute to finish.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 15 DAY AS day, 'You are always on your phone -> I feel lonely in the evenings, and I would like us to talk.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 11 DAY AS day, 'You do not care -> I feel worried when plans change without a word, and I need a message.' AS text
    UNION ALL SELECT CURRENT_DATE - INTERVAL 4 DAY AS day, 'You always forget -> I feel let down when the bills are late, and I need us to share a list.' AS text
) d
JOIN couple c ON c.case_number = 'RC-2026-0003'
JOIN homework_assignment a ON a.couple_id = c.id AND a.title = 'Say it with I feel'
JOIN partner p ON p.couple_id = c.id
JOIN user_account u ON u.id = p.user_id AND u.email = 'chris@demo.test';

-- therapist feedback: one shown to the couple, one private note
INSERT INTO homework_feedback (entry_id, text, shown_to_couple, created_at, created_by)
SELECT e.id, 'Lovely: you both noticed this one. Keep an eye out for the small bids too.', TRUE, NOW(6), 'maya@demo.test'
FROM homework_entry e JOIN homework_assignment a ON a.id = e.assignment_id JOIN couple c ON c.id = a.couple_id
WHERE c.case_number = 'RC-2026-0001' AND a.title = 'Sunday evening date' AND e.logged_for = CURRENT_DATE - INTERVAL 6 DAY
ORDER BY e.id LIMIT 1;
INSERT INTO homework_feedback (entry_id, text, shown_to_couple, created_at, created_by)
SELECT e.id, 'Ratings dropping with phones on; raise at the next session.', FALSE, NOW(6), 'omar@demo.test'
FROM homework_entry e JOIN homework_assignment a ON a.id = e.assignment_id JOIN couple c ON c.id = a.couple_id
WHERE c.case_number = 'RC-2026-0002' AND a.title = 'Friday date night' AND e.logged_for = CURRENT_DATE - INTERVAL 19 DAY
ORDER BY e.id LIMIT 1;
