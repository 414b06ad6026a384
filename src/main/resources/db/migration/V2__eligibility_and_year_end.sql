-- Scheme facts the eligibility rules read, the rules' findings, and the pool year-end close.

ALTER TABLE pool ADD COLUMN eligibility_decision VARCHAR(64) DEFAULT 'eligibilityGeneric' NOT NULL;
ALTER TABLE pool ADD COLUMN carried_over_to VARCHAR(64);

ALTER TABLE grant_application ADD COLUMN activity_category VARCHAR(32);
ALTER TABLE grant_application ADD COLUMN offered_by_municipality BOOLEAN;
ALTER TABLE grant_application ADD COLUMN released_from_duty BOOLEAN;
ALTER TABLE grant_application ADD COLUMN release_period_ends DATE;
ALTER TABLE grant_application ADD COLUMN newly_graduated_social_workers INTEGER;
ALTER TABLE grant_application ADD COLUMN med_committee_informed BOOLEAN;
ALTER TABLE grant_application ADD COLUMN coordinator_name VARCHAR(200);
ALTER TABLE grant_application ADD COLUMN working_group VARCHAR(1000);
ALTER TABLE grant_application ADD COLUMN employed_in_job_centre BOOLEAN;
ALTER TABLE grant_application ADD COLUMN module_level VARCHAR(16);
ALTER TABLE grant_application ADD COLUMN module_count INTEGER;
ALTER TABLE grant_application ADD COLUMN eligibility_checked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE grant_application ADD COLUMN ineligibility_reasons VARCHAR(2000);
