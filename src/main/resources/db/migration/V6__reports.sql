-- Reports read the case event log and the budget ledger by type and time. Portable across H2 and PostgreSQL.

CREATE INDEX case_event_type ON case_event (event_type, occurred_at);
CREATE INDEX ledger_entry_pool_booked ON ledger_entry (pool_id, booked_at);

-- From this release "Record decision" logs DECIDED at the moment the caseworker decided. Cases decided
-- before it get the event from the application's decision time, so the reports' wait for a decision
-- covers them too. The decision clock had started (decision_due_at), so the caseworker decided, not the
-- eligibility rules; a pool without money rejects an application the caseworker approved.
INSERT INTO case_event (application_id, event_type, occurred_at, actor, detail)
SELECT g.id, 'DECIDED', g.decided_at, NULL,
       CASE WHEN g.granted_amount IS NOT NULL OR g.decision_reason = 'pool exhausted' THEN 'APPROVED' ELSE 'REJECTED' END
FROM grant_application g
WHERE g.decided_at IS NOT NULL
  AND g.decision_due_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.application_id = g.id AND e.event_type = 'DECIDED');
