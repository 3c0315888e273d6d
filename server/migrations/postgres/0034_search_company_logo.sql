-- SPDX-License-Identifier: Apache-2.0
-- The search serves job cards from its index, and a card shows its company's logo: a new logo
-- must reach the index as a new name does.
DROP TRIGGER search_company ON companies;
CREATE TRIGGER search_company AFTER UPDATE OF name, logo_key, deleted_at ON companies FOR EACH ROW EXECUTE FUNCTION search_change('company', 'id');
