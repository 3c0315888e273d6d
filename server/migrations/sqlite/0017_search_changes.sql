-- SPDX-License-Identifier: Apache-2.0
-- What the search index must look at again: every write to a job, its skills, its company's name
-- or deletion, and a skill's name, noted in the same transaction by triggers, so that no code
-- path can change a job without its index hearing of it. Each instance's index remembers the
-- last change it applied and catches up from here (docs/architecture.md, "Search").
CREATE TABLE search_changes (
    id {{id}},
    kind TEXT NOT NULL,
    record_id BIGINT NOT NULL
);
CREATE TRIGGER search_job_insert AFTER INSERT ON jobs BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('job', new.id); END;
CREATE TRIGGER search_job_update AFTER UPDATE ON jobs BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('job', new.id); END;
CREATE TRIGGER search_job_delete AFTER DELETE ON jobs BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('job', old.id); END;
CREATE TRIGGER search_job_skill_insert AFTER INSERT ON job_skills BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('job', new.job_id); END;
CREATE TRIGGER search_job_skill_delete AFTER DELETE ON job_skills BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('job', old.job_id); END;
CREATE TRIGGER search_company_update AFTER UPDATE OF name, deleted_at ON companies BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('company', new.id); END;
CREATE TRIGGER search_skill_update AFTER UPDATE OF name ON skills BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('skill', new.id); END;
-- The search index finds the words now: the trigram table of migration 0013 goes.
DROP TRIGGER job_words_insert;
DROP TRIGGER job_words_update;
DROP TRIGGER job_words_delete;
DROP TABLE job_words;
