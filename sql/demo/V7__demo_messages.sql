-- A few weeks of messages for the demo clinic (demo mode only), so that messaging shows on the
-- first run: Alex & Sam's joint thread with Maya, and Alex's own thread with her; Jordan & Riley's
-- joint thread with Omar, and Riley's own. Days are relative to the day the demo is loaded; the
-- newest messages to each therapist are left unread, so the counts show.

INSERT INTO message_thread (couple_id, partner_id, thread_key, created_at)
SELECT c.id, NULL, 'joint', TIMESTAMP(CURRENT_DATE - INTERVAL 30 DAY, '09:00:00') FROM couple c WHERE c.case_number IN ('RC-2026-0001', 'RC-2026-0002');
INSERT INTO message_thread (couple_id, partner_id, thread_key, created_at)
SELECT p.couple_id, p.id, CONCAT('partner:', p.id), TIMESTAMP(CURRENT_DATE - INTERVAL 30 DAY, '09:00:00')
FROM partner p JOIN couple c ON c.id = p.couple_id WHERE c.case_number IN ('RC-2026-0001', 'RC-2026-0002');

SET @alexSamJoint = (SELECT t.id FROM message_thread t JOIN couple c ON c.id = t.couple_id WHERE c.case_number = 'RC-2026-0001' AND t.thread_key = 'joint');
SET @alexOwn = (SELECT t.id FROM message_thread t JOIN partner p ON p.id = t.partner_id JOIN user_account u ON u.id = p.user_id WHERE u.email = 'alex@demo.test');
SET @jordanRileyJoint = (SELECT t.id FROM message_thread t JOIN couple c ON c.id = t.couple_id WHERE c.case_number = 'RC-2026-0002' AND t.thread_key = 'joint');
SET @rileyOwn = (SELECT t.id FROM message_thread t JOIN partner p ON p.id = t.partner_id JOIN user_account u ON u.id = p.user_id WHERE u.email = 'riley@demo.test');
SET @alex = (SELECT id FROM user_account WHERE email = 'alex@demo.test');
SET @sam = (SELECT id FROM user_account WHERE email = 'sam@demo.test');
SET @maya = (SELECT id FROM user_account WHERE email = 'maya@demo.test');
SET @jordan = (SELECT id FROM user_account WHERE email = 'jordan@demo.test');
SET @riley = (SELECT id FROM user_account WHERE email = 'riley@demo.test');
SET @omar = (SELECT id FROM user_account WHERE email = 'omar@demo.test');

INSERT INTO message (thread_id, author_id, author_name, author_role, body, client_key, sent_at) VALUES
    (@alexSamJoint, @maya, 'Maya Chen', 'THERAPIST', 'Welcome to your conversation with me. This is for questions between sessions and for sharing how the homework goes. It is not for emergencies: the "Need help right now?" link is at the top of every page.', 'demo-as-01', TIMESTAMP(CURRENT_DATE - INTERVAL 27 DAY, '10:05:00')),
    (@alexSamJoint, @sam, 'Sam', 'PARTNER', 'Thank you, Maya. Quick question: does a bid count if it was just a text message during the day?', 'demo-as-02', TIMESTAMP(CURRENT_DATE - INTERVAL 26 DAY, '19:40:00')),
    (@alexSamJoint, @maya, 'Maya Chen', 'THERAPIST', 'Yes. A text that says "thinking of you" or sends a photo is a bid. Log it, and how the other answered.', 'demo-as-03', TIMESTAMP(CURRENT_DATE - INTERVAL 26 DAY, '21:02:00')),
    (@alexSamJoint, @alex, 'Alex', 'PARTNER', 'We did our first emotional date on Saturday. Phones off for the whole hour, which was harder than it sounds.', 'demo-as-04', TIMESTAMP(CURRENT_DATE - INTERVAL 19 DAY, '22:15:00')),
    (@alexSamJoint, @maya, 'Maya Chen', 'THERAPIST', 'That is a real step. Notice what made it hard; we can talk about it on Tuesday.\nThe worksheet for the 10-minute talk is here: https://example.org/reconnect/daily-talk', 'demo-as-05', TIMESTAMP(CURRENT_DATE - INTERVAL 18 DAY, '09:30:00')),
    (@alexSamJoint, @sam, 'Sam', 'PARTNER', 'We missed two daily talks this week because of late shifts. Can we do them in the morning instead?', 'demo-as-06', TIMESTAMP(CURRENT_DATE - INTERVAL 6 DAY, '07:50:00')),
    (@alexSamJoint, @maya, 'Maya Chen', 'THERAPIST', 'Of course: the time of day matters less than doing it most days. Pick a time you can both keep.', 'demo-as-07', TIMESTAMP(CURRENT_DATE - INTERVAL 6 DAY, '12:20:00')),
    (@alexSamJoint, @alex, 'Alex', 'PARTNER', 'Mornings work. Three this week so far.', 'demo-as-08', TIMESTAMP(CURRENT_DATE - INTERVAL 2 DAY, '08:10:00')),
    (@alexOwn, @alex, 'Alex', 'PARTNER', 'Something I did not want to say in front of Sam: I still feel I am the one who starts every conversation. Is that normal at this stage?', 'demo-ao-01', TIMESTAMP(CURRENT_DATE - INTERVAL 12 DAY, '23:05:00')),
    (@alexOwn, @maya, 'Maya Chen', 'THERAPIST', 'Thank you for telling me. It is common, and worth bringing into a session when you feel ready. Shall we make room for it next time?', 'demo-ao-02', TIMESTAMP(CURRENT_DATE - INTERVAL 11 DAY, '09:15:00')),
    (@alexOwn, @alex, 'Alex', 'PARTNER', 'Yes, next time. I will bring it up myself.', 'demo-ao-03', TIMESTAMP(CURRENT_DATE - INTERVAL 1 DAY, '20:30:00')),
    (@jordanRileyJoint, @omar, 'Omar Haddad', 'THERAPIST', 'Hello Jordan and Riley. You can reach me here between sessions. I read messages in office hours; for anything urgent use the "Need help right now?" link.', 'demo-jr-01', TIMESTAMP(CURRENT_DATE - INTERVAL 24 DAY, '11:00:00')),
    (@jordanRileyJoint, @jordan, 'Jordan', 'PARTNER', 'The questionnaire asked things I did not know how to answer. Should I guess?', 'demo-jr-02', TIMESTAMP(CURRENT_DATE - INTERVAL 16 DAY, '18:25:00')),
    (@jordanRileyJoint, @omar, 'Omar Haddad', 'THERAPIST', 'Answer with what is closest to how the last two weeks felt. There are no right answers.', 'demo-jr-03', TIMESTAMP(CURRENT_DATE - INTERVAL 16 DAY, '19:02:00')),
    (@jordanRileyJoint, @riley, 'Riley', 'PARTNER', 'We had a hard week. Can we move Thursday to next week?', 'demo-jr-04', TIMESTAMP(CURRENT_DATE - INTERVAL 3 DAY, '21:40:00')),
    (@rileyOwn, @riley, 'Riley', 'PARTNER', 'I am not sure I want to keep going with the joint sessions. I have not said this to Jordan.', 'demo-ro-01', TIMESTAMP(CURRENT_DATE - INTERVAL 4 DAY, '22:55:00')),
    (@rileyOwn, @omar, 'Omar Haddad', 'THERAPIST', 'Thank you for trusting me with this. Would you like an individual session first, before we meet together again?', 'demo-ro-02', TIMESTAMP(CURRENT_DATE - INTERVAL 3 DAY, '09:40:00')),
    (@rileyOwn, @riley, 'Riley', 'PARTNER', 'Yes, I think that would help.', 'demo-ro-03', TIMESTAMP(CURRENT_DATE - INTERVAL 1 DAY, '07:35:00'));

-- who has read how far: each partner has read their threads; each therapist all but the newest
INSERT INTO message_read (thread_id, user_id, last_read_id, read_at)
SELECT m.thread_id, u.id, MAX(m.id), TIMESTAMP(CURRENT_DATE - INTERVAL 1 DAY, '22:00:00')
FROM message m JOIN user_account u ON u.id IN (@alex, @sam) WHERE m.thread_id = @alexSamJoint GROUP BY m.thread_id, u.id;
INSERT INTO message_read (thread_id, user_id, last_read_id, read_at)
SELECT @alexOwn, @alex, MAX(id), TIMESTAMP(CURRENT_DATE - INTERVAL 1 DAY, '20:31:00') FROM message WHERE thread_id = @alexOwn;
INSERT INTO message_read (thread_id, user_id, last_read_id, read_at)
SELECT m.thread_id, u.id, MAX(m.id), TIMESTAMP(CURRENT_DATE - INTERVAL 1 DAY, '22:00:00')
FROM message m JOIN user_account u ON u.id IN (@jordan, @riley) WHERE m.thread_id = @jordanRileyJoint GROUP BY m.thread_id, u.id;
INSERT INTO message_read (thread_id, user_id, last_read_id, read_at)
SELECT @rileyOwn, @riley, MAX(id), TIMESTAMP(CURRENT_DATE - INTERVAL 1 DAY, '07:36:00') FROM message WHERE thread_id = @rileyOwn;
INSERT INTO message_read (thread_id, user_id, last_read_id, read_at)
SELECT thread_id, @maya, MAX(id), TIMESTAMP(CURRENT_DATE - INTERVAL 3 DAY, '12:00:00')
FROM message WHERE thread_id IN (@alexSamJoint, @alexOwn) AND sent_at < CURRENT_DATE - INTERVAL 3 DAY GROUP BY thread_id;
INSERT INTO message_read (thread_id, user_id, last_read_id, read_at)
SELECT thread_id, @omar, MAX(id), TIMESTAMP(CURRENT_DATE - INTERVAL 3 DAY, '10:00:00')
FROM message WHERE thread_id IN (@jordanRileyJoint, @rileyOwn) AND sent_at < CURRENT_DATE - INTERVAL 3 DAY GROUP BY thread_id;
