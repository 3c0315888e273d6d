-- An import whose processing failed for good says so, instead of showing "running" for ever.
ALTER TABLE user_imports ADD COLUMN error TEXT;
