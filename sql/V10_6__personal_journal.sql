-- Every partner has a private journal of their own, from the portal's home, whether or not the
-- therapist assigned one: a self-care journal assignment the partner opens themselves. It is
-- nobody's homework: adherence, reminders and the therapist's homework list leave it out; its
-- entries are private (the author and the therapist read them, never the other partner).
ALTER TABLE homework_assignment ADD COLUMN personal BOOLEAN NOT NULL DEFAULT FALSE;
