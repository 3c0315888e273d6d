-- SPDX-License-Identifier: Apache-2.0
-- A talent's CVs are words of the candidate index: their writes are noted like the profile's.
CREATE TRIGGER search_talent_cv_insert AFTER INSERT ON cvs BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', new.user_id); END;
CREATE TRIGGER search_talent_cv_update AFTER UPDATE OF search_text ON cvs BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', new.user_id); END;
CREATE TRIGGER search_talent_cv_delete AFTER DELETE ON cvs BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', old.user_id); END;
