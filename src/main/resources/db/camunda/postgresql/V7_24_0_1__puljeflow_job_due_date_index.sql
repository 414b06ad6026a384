-- Puljeflow's one addition to Camunda's tables: the job executor finds due jobs through this index
-- (with ensureJobDueDateNotNull every job has a due date; see dk.puljeflow.database.EngineIndexes).
-- Versioned after the Camunda release whose tables it indexes, so a Camunda upgrade script comes after it.
create index if not exists PULJEFLOW_IDX_JOB_DUEDATE on ACT_RU_JOB(DUEDATE_);
