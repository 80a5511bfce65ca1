-- An open yellow warning whose line turns red is escalated in place (one warning per lapse), so a
-- later recovery shows as a recovered red; the period of the escalation is kept.
ALTER TABLE warning ADD COLUMN escalated_period char(7);
