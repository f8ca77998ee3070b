-- A few months of questionnaires for the demo clinic (demo mode only): the Connection Check
-- every three or four weeks and the weekly Step Pulse. Alex and Sam improve reliably (both
-- cross the cutoff: recovered); Jordan deteriorates reliably while Riley barely changes, and
-- their latest questionnaires are overdue; Chris and Taylor experience their relationship very
-- differently (a large partner discrepancy). One of Sam's pulses is marked entered in error.
-- Answers are written while a response is open and submitted afterwards, as the database
-- requires. Days are relative to the day the demo is loaded; rows are found by email, case
-- number and instrument code.


-- RC-2026-0001: connection-check, every 3 week(s), 5 times
INSERT INTO assessment_plan (couple_id, partner_id, instrument_id, recurrence, every_weeks, times, first_due, share_results, status, created_at, created_by, changed_at, changed_by)
SELECT id, NULL, (SELECT id FROM instrument WHERE code = 'connection-check' AND version = 1), 'WEEKS', 3, 5, CURRENT_DATE - INTERVAL 91 DAY, TRUE, 'ACTIVE', TIMESTAMP(CURRENT_DATE - INTERVAL 94 DAY, '10:00:00'), 'maya@demo.test', TIMESTAMP(CURRENT_DATE - INTERVAL 94 DAY, '10:00:00'), 'maya@demo.test' FROM couple WHERE case_number = 'RC-2026-0001';
SET @plan = LAST_INSERT_ID();
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -91 DAY, CURRENT_DATE + INTERVAL -94 DAY, CURRENT_DATE + INTERVAL -74 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 1), (@adm, 'q2', 3), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 2), (@adm, 'q7', 2), (@adm, 'q8', 2), (@adm, 'q9', 3), (@adm, 'q10', 1), (@adm, 'q11', 3), (@adm, 'q12', 1);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -91 DAY, '21:10:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -91 DAY, CURRENT_DATE + INTERVAL -94 DAY, CURRENT_DATE + INTERVAL -74 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 1), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 2), (@adm, 'q7', 2), (@adm, 'q8', 2), (@adm, 'q9', 2), (@adm, 'q10', 1), (@adm, 'q11', 3), (@adm, 'q12', 1);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -91 DAY, '20:10:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -70 DAY, CURRENT_DATE + INTERVAL -73 DAY, CURRENT_DATE + INTERVAL -53 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 1), (@adm, 'q2', 3), (@adm, 'q3', 1), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 2), (@adm, 'q7', 2), (@adm, 'q8', 2), (@adm, 'q9', 2), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -70 DAY, '19:11:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -70 DAY, CURRENT_DATE + INTERVAL -73 DAY, CURRENT_DATE + INTERVAL -53 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 1), (@adm, 'q2', 3), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 2), (@adm, 'q7', 2), (@adm, 'q8', 2), (@adm, 'q9', 2), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -70 DAY, '21:11:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -49 DAY, CURRENT_DATE + INTERVAL -52 DAY, CURRENT_DATE + INTERVAL -32 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 3), (@adm, 'q6', 2), (@adm, 'q7', 2), (@adm, 'q8', 2), (@adm, 'q9', 2), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -49 DAY, '20:12:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -49 DAY, CURRENT_DATE + INTERVAL -52 DAY, CURRENT_DATE + INTERVAL -32 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 2), (@adm, 'q7', 2), (@adm, 'q8', 2), (@adm, 'q9', 2), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -49 DAY, '19:12:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -28 DAY, CURRENT_DATE + INTERVAL -31 DAY, CURRENT_DATE + INTERVAL -11 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 1), (@adm, 'q7', 3), (@adm, 'q8', 3), (@adm, 'q9', 1), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -28 DAY, '21:13:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -28 DAY, CURRENT_DATE + INTERVAL -31 DAY, CURRENT_DATE + INTERVAL -11 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 3), (@adm, 'q6', 1), (@adm, 'q7', 3), (@adm, 'q8', 2), (@adm, 'q9', 2), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -28 DAY, '20:13:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -7 DAY, CURRENT_DATE + INTERVAL -10 DAY, NULL, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 3), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 2), (@adm, 'q7', 3), (@adm, 'q8', 3), (@adm, 'q9', 1), (@adm, 'q10', 3), (@adm, 'q11', 1), (@adm, 'q12', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -7 DAY, '19:14:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -7 DAY, CURRENT_DATE + INTERVAL -10 DAY, NULL, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 1), (@adm, 'q7', 3), (@adm, 'q8', 3), (@adm, 'q9', 1), (@adm, 'q10', 3), (@adm, 'q11', 1), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -7 DAY, '21:14:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;

-- RC-2026-0001: step-pulse, every 1 week(s), 12 times
INSERT INTO assessment_plan (couple_id, partner_id, instrument_id, recurrence, every_weeks, times, first_due, share_results, status, created_at, created_by, changed_at, changed_by)
SELECT id, NULL, (SELECT id FROM instrument WHERE code = 'step-pulse' AND version = 1), 'WEEKS', 1, 12, CURRENT_DATE - INTERVAL 70 DAY, FALSE, 'ACTIVE', TIMESTAMP(CURRENT_DATE - INTERVAL 73 DAY, '10:00:00'), 'maya@demo.test', TIMESTAMP(CURRENT_DATE - INTERVAL 73 DAY, '10:00:00'), 'maya@demo.test' FROM couple WHERE case_number = 'RC-2026-0001';
SET @plan = LAST_INSERT_ID();
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -70 DAY, CURRENT_DATE + INTERVAL -73 DAY, CURRENT_DATE + INTERVAL -67 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 2), (@adm, 'p2', 2), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -70 DAY, '21:10:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -70 DAY, CURRENT_DATE + INTERVAL -73 DAY, CURRENT_DATE + INTERVAL -67 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 2), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -70 DAY, '20:10:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -63 DAY, CURRENT_DATE + INTERVAL -66 DAY, CURRENT_DATE + INTERVAL -60 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 2), (@adm, 'p3', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -63 DAY, '19:11:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -63 DAY, CURRENT_DATE + INTERVAL -66 DAY, CURRENT_DATE + INTERVAL -60 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 2), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -63 DAY, '21:11:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -56 DAY, CURRENT_DATE + INTERVAL -59 DAY, CURRENT_DATE + INTERVAL -53 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 2), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -56 DAY, '20:12:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -56 DAY, CURRENT_DATE + INTERVAL -59 DAY, CURRENT_DATE + INTERVAL -53 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -56 DAY, '19:12:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -49 DAY, CURRENT_DATE + INTERVAL -52 DAY, CURRENT_DATE + INTERVAL -46 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -49 DAY, '21:13:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -49 DAY, CURRENT_DATE + INTERVAL -52 DAY, CURRENT_DATE + INTERVAL -46 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -49 DAY, '20:13:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -42 DAY, CURRENT_DATE + INTERVAL -45 DAY, CURRENT_DATE + INTERVAL -39 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -42 DAY, '19:14:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -42 DAY, CURRENT_DATE + INTERVAL -45 DAY, CURRENT_DATE + INTERVAL -39 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 4);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -42 DAY, '21:14:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -35 DAY, CURRENT_DATE + INTERVAL -38 DAY, CURRENT_DATE + INTERVAL -32 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 4), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -35 DAY, '20:15:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -35 DAY, CURRENT_DATE + INTERVAL -38 DAY, CURRENT_DATE + INTERVAL -32 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 4), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -35 DAY, '19:15:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
UPDATE assessment_administration SET status = 'ENTERED_IN_ERROR', error_reason = 'Answered for the week before by mistake.', error_at = TIMESTAMP(CURRENT_DATE + INTERVAL -33 DAY, '09:00:00'), error_by = 'maya@demo.test', changed_by = 'maya@demo.test', version = 2 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -28 DAY, CURRENT_DATE + INTERVAL -31 DAY, CURRENT_DATE + INTERVAL -25 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 4);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -28 DAY, '21:16:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -28 DAY, CURRENT_DATE + INTERVAL -31 DAY, CURRENT_DATE + INTERVAL -25 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 4), (@adm, 'p3', 4);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -28 DAY, '20:16:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -21 DAY, CURRENT_DATE + INTERVAL -24 DAY, CURRENT_DATE + INTERVAL -18 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 4), (@adm, 'p2', 4), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -21 DAY, '19:17:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -21 DAY, CURRENT_DATE + INTERVAL -24 DAY, CURRENT_DATE + INTERVAL -18 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 4), (@adm, 'p2', 3), (@adm, 'p3', 4);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -21 DAY, '21:17:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -14 DAY, CURRENT_DATE + INTERVAL -17 DAY, CURRENT_DATE + INTERVAL -11 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 4), (@adm, 'p2', 4), (@adm, 'p3', 4);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -14 DAY, '20:18:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -14 DAY, CURRENT_DATE + INTERVAL -17 DAY, CURRENT_DATE + INTERVAL -11 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 4), (@adm, 'p2', 4), (@adm, 'p3', 4);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -14 DAY, '19:18:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -7 DAY, CURRENT_DATE + INTERVAL -10 DAY, CURRENT_DATE + INTERVAL -4 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 4), (@adm, 'p2', 4), (@adm, 'p3', 5);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -7 DAY, '21:19:00'), changed_by = 'alex@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -7 DAY, CURRENT_DATE + INTERVAL -10 DAY, CURRENT_DATE + INTERVAL -4 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 4), (@adm, 'p2', 4), (@adm, 'p3', 4);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -7 DAY, '20:19:00'), changed_by = 'sam@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL 0 DAY, CURRENT_DATE + INTERVAL -3 DAY, CURRENT_DATE + INTERVAL 3 DAY, 'DUE', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL 0 DAY, CURRENT_DATE + INTERVAL -3 DAY, CURRENT_DATE + INTERVAL 3 DAY, 'DUE', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test'), instrument_id, CURRENT_DATE + INTERVAL 7 DAY, CURRENT_DATE + INTERVAL 4 DAY, NULL, 'DUE', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'sam@demo.test'), instrument_id, CURRENT_DATE + INTERVAL 7 DAY, CURRENT_DATE + INTERVAL 4 DAY, NULL, 'DUE', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();

-- RC-2026-0002: connection-check, every 3 week(s), 5 times
INSERT INTO assessment_plan (couple_id, partner_id, instrument_id, recurrence, every_weeks, times, first_due, share_results, status, created_at, created_by, changed_at, changed_by)
SELECT id, NULL, (SELECT id FROM instrument WHERE code = 'connection-check' AND version = 1), 'WEEKS', 3, 5, CURRENT_DATE - INTERVAL 86 DAY, FALSE, 'ACTIVE', TIMESTAMP(CURRENT_DATE - INTERVAL 89 DAY, '10:00:00'), 'omar@demo.test', TIMESTAMP(CURRENT_DATE - INTERVAL 89 DAY, '10:00:00'), 'omar@demo.test' FROM couple WHERE case_number = 'RC-2026-0002';
SET @plan = LAST_INSERT_ID();
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -86 DAY, CURRENT_DATE + INTERVAL -89 DAY, CURRENT_DATE + INTERVAL -69 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 3), (@adm, 'q6', 1), (@adm, 'q7', 3), (@adm, 'q8', 3), (@adm, 'q9', 1), (@adm, 'q10', 3), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -86 DAY, '20:10:00'), changed_by = 'jordan@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -86 DAY, CURRENT_DATE + INTERVAL -89 DAY, CURRENT_DATE + INTERVAL -69 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 1), (@adm, 'q5', 3), (@adm, 'q6', 1), (@adm, 'q7', 3), (@adm, 'q8', 2), (@adm, 'q9', 2), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -86 DAY, '19:10:00'), changed_by = 'riley@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -65 DAY, CURRENT_DATE + INTERVAL -68 DAY, CURRENT_DATE + INTERVAL -48 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 1), (@adm, 'q7', 3), (@adm, 'q8', 3), (@adm, 'q9', 1), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -65 DAY, '21:11:00'), changed_by = 'jordan@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -65 DAY, CURRENT_DATE + INTERVAL -68 DAY, CURRENT_DATE + INTERVAL -48 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 3), (@adm, 'q6', 1), (@adm, 'q7', 3), (@adm, 'q8', 2), (@adm, 'q9', 2), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -65 DAY, '20:11:00'), changed_by = 'riley@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -44 DAY, CURRENT_DATE + INTERVAL -47 DAY, CURRENT_DATE + INTERVAL -27 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 2), (@adm, 'q7', 3), (@adm, 'q8', 2), (@adm, 'q9', 2), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -44 DAY, '19:12:00'), changed_by = 'jordan@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -44 DAY, CURRENT_DATE + INTERVAL -47 DAY, CURRENT_DATE + INTERVAL -27 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 1), (@adm, 'q7', 2), (@adm, 'q8', 2), (@adm, 'q9', 2), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -44 DAY, '21:12:00'), changed_by = 'riley@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -23 DAY, CURRENT_DATE + INTERVAL -26 DAY, CURRENT_DATE + INTERVAL -6 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 1), (@adm, 'q6', 3), (@adm, 'q7', 1), (@adm, 'q8', 2), (@adm, 'q9', 2), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -23 DAY, '20:13:00'), changed_by = 'jordan@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -23 DAY, CURRENT_DATE + INTERVAL -26 DAY, CURRENT_DATE + INTERVAL -6 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 2), (@adm, 'q2', 2), (@adm, 'q3', 2), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 3), (@adm, 'q7', 2), (@adm, 'q8', 2), (@adm, 'q9', 2), (@adm, 'q10', 2), (@adm, 'q11', 2), (@adm, 'q12', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -23 DAY, '19:13:00'), changed_by = 'riley@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -2 DAY, CURRENT_DATE + INTERVAL -5 DAY, NULL, 'DUE', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -2 DAY, CURRENT_DATE + INTERVAL -5 DAY, NULL, 'DUE', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();

-- RC-2026-0002: step-pulse, every 1 week(s), 10 times
INSERT INTO assessment_plan (couple_id, partner_id, instrument_id, recurrence, every_weeks, times, first_due, share_results, status, created_at, created_by, changed_at, changed_by)
SELECT id, NULL, (SELECT id FROM instrument WHERE code = 'step-pulse' AND version = 1), 'WEEKS', 1, 10, CURRENT_DATE - INTERVAL 70 DAY, FALSE, 'ACTIVE', TIMESTAMP(CURRENT_DATE - INTERVAL 73 DAY, '10:00:00'), 'omar@demo.test', TIMESTAMP(CURRENT_DATE - INTERVAL 73 DAY, '10:00:00'), 'omar@demo.test' FROM couple WHERE case_number = 'RC-2026-0002';
SET @plan = LAST_INSERT_ID();
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -70 DAY, CURRENT_DATE + INTERVAL -73 DAY, CURRENT_DATE + INTERVAL -67 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 4), (@adm, 'p3', 4);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -70 DAY, '20:10:00'), changed_by = 'jordan@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -70 DAY, CURRENT_DATE + INTERVAL -73 DAY, CURRENT_DATE + INTERVAL -67 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 4), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -70 DAY, '19:10:00'), changed_by = 'riley@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -63 DAY, CURRENT_DATE + INTERVAL -66 DAY, CURRENT_DATE + INTERVAL -60 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 4), (@adm, 'p2', 3), (@adm, 'p3', 4);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -63 DAY, '21:11:00'), changed_by = 'jordan@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -63 DAY, CURRENT_DATE + INTERVAL -66 DAY, CURRENT_DATE + INTERVAL -60 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 4), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -63 DAY, '20:11:00'), changed_by = 'riley@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -56 DAY, CURRENT_DATE + INTERVAL -59 DAY, CURRENT_DATE + INTERVAL -53 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 4), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -56 DAY, '19:12:00'), changed_by = 'jordan@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -56 DAY, CURRENT_DATE + INTERVAL -59 DAY, CURRENT_DATE + INTERVAL -53 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 4);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -56 DAY, '21:12:00'), changed_by = 'riley@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -49 DAY, CURRENT_DATE + INTERVAL -52 DAY, CURRENT_DATE + INTERVAL -46 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -49 DAY, '20:13:00'), changed_by = 'jordan@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -49 DAY, CURRENT_DATE + INTERVAL -52 DAY, CURRENT_DATE + INTERVAL -46 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -49 DAY, '19:13:00'), changed_by = 'riley@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -42 DAY, CURRENT_DATE + INTERVAL -45 DAY, CURRENT_DATE + INTERVAL -39 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -42 DAY, '21:14:00'), changed_by = 'jordan@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -42 DAY, CURRENT_DATE + INTERVAL -45 DAY, CURRENT_DATE + INTERVAL -39 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -42 DAY, '20:14:00'), changed_by = 'riley@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -35 DAY, CURRENT_DATE + INTERVAL -38 DAY, CURRENT_DATE + INTERVAL -32 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -35 DAY, '19:15:00'), changed_by = 'jordan@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -35 DAY, CURRENT_DATE + INTERVAL -38 DAY, CURRENT_DATE + INTERVAL -32 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -35 DAY, '21:15:00'), changed_by = 'riley@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -28 DAY, CURRENT_DATE + INTERVAL -31 DAY, CURRENT_DATE + INTERVAL -25 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 2), (@adm, 'p2', 3), (@adm, 'p3', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -28 DAY, '20:16:00'), changed_by = 'jordan@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -28 DAY, CURRENT_DATE + INTERVAL -31 DAY, CURRENT_DATE + INTERVAL -25 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 3), (@adm, 'p2', 3), (@adm, 'p3', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -28 DAY, '19:16:00'), changed_by = 'riley@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -21 DAY, CURRENT_DATE + INTERVAL -24 DAY, CURRENT_DATE + INTERVAL -18 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 2), (@adm, 'p2', 2), (@adm, 'p3', 2);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -21 DAY, '21:17:00'), changed_by = 'jordan@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -21 DAY, CURRENT_DATE + INTERVAL -24 DAY, CURRENT_DATE + INTERVAL -18 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 2), (@adm, 'p2', 3), (@adm, 'p3', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -21 DAY, '20:17:00'), changed_by = 'riley@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -14 DAY, CURRENT_DATE + INTERVAL -17 DAY, CURRENT_DATE + INTERVAL -11 DAY, 'DUE', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -14 DAY, CURRENT_DATE + INTERVAL -17 DAY, CURRENT_DATE + INTERVAL -11 DAY, 'DUE', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'jordan@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -7 DAY, CURRENT_DATE + INTERVAL -10 DAY, NULL, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'p1', 2);
UPDATE assessment_administration SET version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -7 DAY, CURRENT_DATE + INTERVAL -10 DAY, NULL, 'DUE', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();

-- RC-2026-0003: connection-check, every 4 week(s), 3 times
INSERT INTO assessment_plan (couple_id, partner_id, instrument_id, recurrence, every_weeks, times, first_due, share_results, status, created_at, created_by, changed_at, changed_by)
SELECT id, NULL, (SELECT id FROM instrument WHERE code = 'connection-check' AND version = 1), 'WEEKS', 4, 3, CURRENT_DATE - INTERVAL 56 DAY, FALSE, 'ACTIVE', TIMESTAMP(CURRENT_DATE - INTERVAL 59 DAY, '10:00:00'), 'maya@demo.test', TIMESTAMP(CURRENT_DATE - INTERVAL 59 DAY, '10:00:00'), 'maya@demo.test' FROM couple WHERE case_number = 'RC-2026-0003';
SET @plan = LAST_INSERT_ID();
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'chris@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -56 DAY, CURRENT_DATE + INTERVAL -59 DAY, CURRENT_DATE + INTERVAL -32 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 1), (@adm, 'q2', 3), (@adm, 'q3', 1), (@adm, 'q4', 2), (@adm, 'q5', 2), (@adm, 'q6', 3), (@adm, 'q7', 1), (@adm, 'q8', 1), (@adm, 'q9', 3), (@adm, 'q10', 1), (@adm, 'q11', 3), (@adm, 'q12', 1);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -56 DAY, '19:10:00'), changed_by = 'chris@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'taylor@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -56 DAY, CURRENT_DATE + INTERVAL -59 DAY, CURRENT_DATE + INTERVAL -32 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 3), (@adm, 'q2', 1), (@adm, 'q3', 3), (@adm, 'q4', 1), (@adm, 'q5', 3), (@adm, 'q6', 1), (@adm, 'q7', 3), (@adm, 'q8', 3), (@adm, 'q9', 1), (@adm, 'q10', 3), (@adm, 'q11', 1), (@adm, 'q12', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -56 DAY, '20:10:00'), changed_by = 'taylor@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'chris@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -28 DAY, CURRENT_DATE + INTERVAL -31 DAY, CURRENT_DATE + INTERVAL -4 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 1), (@adm, 'q2', 3), (@adm, 'q3', 1), (@adm, 'q4', 3), (@adm, 'q5', 2), (@adm, 'q6', 2), (@adm, 'q7', 2), (@adm, 'q8', 1), (@adm, 'q9', 3), (@adm, 'q10', 1), (@adm, 'q11', 3), (@adm, 'q12', 1);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -28 DAY, '20:11:00'), changed_by = 'chris@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'taylor@demo.test'), instrument_id, CURRENT_DATE + INTERVAL -28 DAY, CURRENT_DATE + INTERVAL -31 DAY, CURRENT_DATE + INTERVAL -4 DAY, 'IN_PROGRESS', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_answer (administration_id, item_id, answer_value) VALUES (@adm, 'q1', 3), (@adm, 'q2', 1), (@adm, 'q3', 3), (@adm, 'q4', 1), (@adm, 'q5', 3), (@adm, 'q6', 0), (@adm, 'q7', 3), (@adm, 'q8', 3), (@adm, 'q9', 1), (@adm, 'q10', 3), (@adm, 'q11', 1), (@adm, 'q12', 3);
UPDATE assessment_administration SET status = 'SUBMITTED', submitted_at = TIMESTAMP(CURRENT_DATE + INTERVAL -28 DAY, '21:11:00'), changed_by = 'taylor@demo.test', version = 1 WHERE id = @adm;
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'chris@demo.test'), instrument_id, CURRENT_DATE + INTERVAL 0 DAY, CURRENT_DATE + INTERVAL -3 DAY, NULL, 'DUE', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
INSERT INTO assessment_administration (plan_id, couple_id, partner_id, instrument_id, due_on, opens_on, closes_on, status, created_at, created_by, changed_at, changed_by)
SELECT @plan, couple_id, (SELECT p.id FROM partner p JOIN user_account u ON u.id = p.user_id WHERE u.email = 'taylor@demo.test'), instrument_id, CURRENT_DATE + INTERVAL 0 DAY, CURRENT_DATE + INTERVAL -3 DAY, NULL, 'DUE', created_at, created_by, created_at, created_by FROM assessment_plan WHERE id = @plan;
SET @adm = LAST_INSERT_ID();
