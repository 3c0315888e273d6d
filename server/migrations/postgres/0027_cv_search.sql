-- SPDX-License-Identifier: Apache-2.0
-- A talent's CVs are words of the candidate index: their writes are noted like the profile's.
CREATE TRIGGER search_talent_cv AFTER INSERT OR UPDATE OF search_text OR DELETE ON cvs FOR EACH ROW EXECUTE FUNCTION search_change('talent', 'user_id');
