-- When an ended application's personal data was anonymised (on request, or by the nightly sweep some
-- time after it closed); null while it still holds them. Set once: the sweep skips anonymised cases.

ALTER TABLE grant_application ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX grant_application_closed ON grant_application (closed_at);
