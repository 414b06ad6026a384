-- When an ended recruitment candidate's personal data was anonymised (on request, or by the nightly sweep
-- some time after the candidate's path ended); null while the row still holds them. Set once.

ALTER TABLE candidate ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX candidate_closed ON candidate (closed_at);
