-- SPDX-License-Identifier: Apache-2.0
-- What the candidate index must look at again (kind 'talent', the user's id): every write to a
-- talent's account fields it shows, profile, skills, education and experience.
CREATE TRIGGER search_talent_insert AFTER INSERT ON users WHEN new.role = 'talent' BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', new.id); END;
CREATE TRIGGER search_talent_update AFTER UPDATE OF first_name, last_name, role, status, country_code, state, bvn_verified_at, nin_verified_at, deleted_at ON users WHEN new.role = 'talent' OR old.role = 'talent' BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', new.id); END;
CREATE TRIGGER search_talent_profile_insert AFTER INSERT ON talent_profiles BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', new.user_id); END;
CREATE TRIGGER search_talent_profile_update AFTER UPDATE ON talent_profiles BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', new.user_id); END;
CREATE TRIGGER search_talent_skill_insert AFTER INSERT ON talent_skills BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', new.user_id); END;
CREATE TRIGGER search_talent_skill_delete AFTER DELETE ON talent_skills BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', old.user_id); END;
CREATE TRIGGER search_talent_education_insert AFTER INSERT ON talent_education BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', new.user_id); END;
CREATE TRIGGER search_talent_education_delete AFTER DELETE ON talent_education BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', old.user_id); END;
CREATE TRIGGER search_talent_experience_insert AFTER INSERT ON talent_experience BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', new.user_id); END;
CREATE TRIGGER search_talent_experience_delete AFTER DELETE ON talent_experience BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('talent', old.user_id); END;
