-- SPDX-License-Identifier: Apache-2.0
-- Stored files have a life: a presigned upload URL is spent by the first PUT that claims its
-- key here (one INSERT, so PUTs sent together find it taken instead of racing to store the file
-- twice), and a file is deleted once nothing refers to it. Whether anything still does is asked
-- of every column that holds a file key, so each gets an index.
CREATE TABLE upload_claims (
    stem TEXT PRIMARY KEY,
    owner_id BIGINT NOT NULL,
    claimed_at TEXT NOT NULL
);
CREATE INDEX upload_claims_claimed ON upload_claims (claimed_at);

CREATE INDEX files_created ON files (created_at);
CREATE INDEX users_avatar ON users (avatar_key);
CREATE INDEX companies_logo ON companies (logo_key);
CREATE INDEX talent_profiles_video ON talent_profiles (intro_video_key);
CREATE INDEX applications_cv ON applications (cv_key);
CREATE INDEX sponsorship_application_documents_file ON sponsorship_application_documents (file_key);
CREATE INDEX kpi_submissions_file ON kpi_submissions (file_key);
