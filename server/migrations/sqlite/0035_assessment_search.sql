-- SPDX-License-Identifier: Apache-2.0
-- The candidate index holds each talent's newest scores (the employers' filter by score): a new
-- result, or one that stops being the newest, is a change to its talent.
CREATE TRIGGER search_talent_result_insert AFTER INSERT ON assessment_results BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', new.user_id); END;
CREATE TRIGGER search_talent_result_update AFTER UPDATE OF latest, percent ON assessment_results BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', new.user_id); END;
