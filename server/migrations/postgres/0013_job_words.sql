-- The public search's words: a trigram index over each job's title and summary, so that
-- "contains" (LIKE '%words%') reads the index instead of every published job. pg_trgm is a
-- trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX jobs_words ON jobs USING gin ((LOWER(title) || chr(10) || LOWER(COALESCE(summary, ''))) gin_trgm_ops);
