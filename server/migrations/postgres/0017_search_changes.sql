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
CREATE FUNCTION search_change() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE r jsonb; BEGIN IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF; INSERT INTO search_changes (kind, record_id) VALUES (TG_ARGV[0], (r ->> TG_ARGV[1])::bigint); RETURN NULL; END $$;
CREATE TRIGGER search_job AFTER INSERT OR UPDATE OR DELETE ON jobs FOR EACH ROW EXECUTE FUNCTION search_change('job', 'id');
CREATE TRIGGER search_job_skill AFTER INSERT OR DELETE ON job_skills FOR EACH ROW EXECUTE FUNCTION search_change('job', 'job_id');
CREATE TRIGGER search_company AFTER UPDATE OF name, deleted_at ON companies FOR EACH ROW EXECUTE FUNCTION search_change('company', 'id');
CREATE TRIGGER search_skill AFTER UPDATE OF name ON skills FOR EACH ROW EXECUTE FUNCTION search_change('skill', 'id');
-- The search index finds the words now: the trigram index of migration 0013 goes.
DROP INDEX jobs_words;
