-- SPDX-License-Identifier: Apache-2.0
-- Trainings: the indexes their searches and reports use.

-- The public list filtered by a skill.
CREATE INDEX training_skills_skill ON training_skills (skill_id, training_id);
-- A company's trainings by status, newest first; the public list by start date.
CREATE INDEX trainings_company_created ON trainings (company_id, created_at);
CREATE INDEX trainings_start ON trainings (status, start_date);
-- Applications per day in a training's report.
CREATE INDEX training_applications_day ON training_applications (training_id, created_at);
-- "Was this application ever accepted" in the completion rate.
CREATE INDEX training_application_events_status ON training_application_events (to_status, application_id);
