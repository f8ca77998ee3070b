-- Demo: both admins have two-step sign-in set up with one published key, so that anyone trying
-- the demo can add it to an authenticator app (time-based, 6 digits, 30 s). Never in a real clinic.
INSERT INTO two_step (user_id, secret, confirmed_at)
SELECT id, 'RECONNECTDEMOADMINTWOSTEPSECRET2', NOW(6) FROM user_account
WHERE email IN ('admin@demo.test', 'director@demo.test');
