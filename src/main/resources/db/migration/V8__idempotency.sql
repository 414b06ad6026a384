-- The Idempotency-Key of POST /api/applications: a retried request gets the application the first one
-- created. The unique constraint is what stops two concurrent requests with one key from both creating;
-- the hash of the first request's body tells a retry from a different application sent with the same key.

ALTER TABLE grant_application ADD COLUMN idempotency_key VARCHAR(100);
ALTER TABLE grant_application ADD COLUMN request_hash VARCHAR(64);
ALTER TABLE grant_application ADD CONSTRAINT grant_application_idempotency_key UNIQUE (idempotency_key);
