-- SPDX-License-Identifier: Apache-2.0
-- Who may see a talent's results on the platform's assessments (forms::assessmentVisibilities()):
-- 'private', the talent and platform staff; 'applications', also the companies the talent has
-- applied to (what every result was before this setting); 'employers', every company, which then
-- also finds the talent by those scores in the candidate search. A company's own assessment's
-- results are that company's whatever this says: the talent took it at the company's invitation.
ALTER TABLE talent_profiles ADD COLUMN assessment_visibility TEXT NOT NULL DEFAULT 'applications';
