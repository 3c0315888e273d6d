-- SPDX-License-Identifier: Apache-2.0
-- What the candidate index must look at again (kind 'talent', the user's id): every write to a
-- talent's account fields it shows, profile, skills, education and experience.
CREATE TRIGGER search_talent_insert AFTER INSERT ON users FOR EACH ROW WHEN (NEW.role = 'talent') EXECUTE FUNCTION search_change('talent', 'id');
CREATE TRIGGER search_talent_update AFTER UPDATE OF first_name, last_name, role, status, country_code, state, bvn_verified_at, nin_verified_at, deleted_at ON users FOR EACH ROW WHEN (NEW.role = 'talent' OR OLD.role = 'talent') EXECUTE FUNCTION search_change('talent', 'id');
CREATE TRIGGER search_talent_profile AFTER INSERT OR UPDATE ON talent_profiles FOR EACH ROW EXECUTE FUNCTION search_change('talent', 'user_id');
CREATE TRIGGER search_talent_skill AFTER INSERT OR DELETE ON talent_skills FOR EACH ROW EXECUTE FUNCTION search_change('talent', 'user_id');
CREATE TRIGGER search_talent_education AFTER INSERT OR DELETE ON talent_education FOR EACH ROW EXECUTE FUNCTION search_change('talent', 'user_id');
CREATE TRIGGER search_talent_experience AFTER INSERT OR DELETE ON talent_experience FOR EACH ROW EXECUTE FUNCTION search_change('talent', 'user_id');
