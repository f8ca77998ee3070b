-- Why a session was cancelled, when the system cancelled it: a safety screening that blocks joint
-- work cancels the joint sessions booked ahead, a reassignment or a discharge every session
-- booked ahead. NULL for a session the therapist cancelled by hand (and for every other status).
ALTER TABLE appointment ADD COLUMN cancel_reason VARCHAR(20) NULL;
