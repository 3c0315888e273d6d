-- The public search's words: a trigram index over each job's title and summary, so that
-- "contains" (LIKE '%words%') reads the index instead of every published job. Kept by triggers;
-- the text is stored lower-cased, title and summary on two lines.
CREATE VIRTUAL TABLE job_words USING fts5(words, tokenize = 'trigram');
INSERT INTO job_words (rowid, words) SELECT id, LOWER(title) || char(10) || LOWER(COALESCE(summary, '')) FROM jobs;
CREATE TRIGGER job_words_insert AFTER INSERT ON jobs BEGIN INSERT INTO job_words (rowid, words) VALUES (new.id, LOWER(new.title) || char(10) || LOWER(COALESCE(new.summary, ''))); END;
CREATE TRIGGER job_words_update AFTER UPDATE OF title, summary ON jobs BEGIN UPDATE job_words SET words = LOWER(new.title) || char(10) || LOWER(COALESCE(new.summary, '')) WHERE rowid = new.id; END;
CREATE TRIGGER job_words_delete AFTER DELETE ON jobs BEGIN DELETE FROM job_words WHERE rowid = old.id; END;
