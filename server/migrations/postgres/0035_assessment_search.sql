-- SPDX-License-Identifier: Apache-2.0
-- The candidate index holds each talent's newest scores (the employers' filter by score): a new
-- result, or one that stops being the newest, is a change to its talent.
CREATE TRIGGER search_talent_result AFTER INSERT OR UPDATE OF latest, percent ON assessment_results FOR EACH ROW EXECUTE FUNCTION search_change('talent', 'user_id');
