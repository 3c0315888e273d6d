-- SPDX-License-Identifier: Apache-2.0
-- The search serves job cards from its index, and a card shows its company's logo: a new logo
-- must reach the index as a new name does.
DROP TRIGGER search_company_update;
CREATE TRIGGER search_company_update AFTER UPDATE OF name, logo_key, deleted_at ON companies BEGIN INSERT INTO search_changes (kind, record_id) VALUES ('company', new.id); END;
