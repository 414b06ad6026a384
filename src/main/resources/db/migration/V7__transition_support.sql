-- TSL omställningsstöd: transition projects for dismissed persons, run by transition-support.bpmn.
-- A project is an application (grant_application) in a pool whose cases the process transitionSupport
-- runs; these tables hold the persons it lists, the suppliers that coach them, the project's money and
-- each supplier's savings. Portable across H2 and PostgreSQL.

-- Which process runs a pool's cases. The public pages and POST /api/applications take only pools of
-- the grant application process; a TSL pool takes transition projects through /api/transition.
ALTER TABLE pool ADD COLUMN process_key VARCHAR(64) DEFAULT 'grantApplication' NOT NULL;
