-- SPDX-License-Identifier: Apache-2.0
-- A company's saved candidate searches (docs/workflows.md, "Saved searches"): the query as the
-- candidate search takes it (JSON), whether its creator is told of new matches, when it was last
-- opened, and the newest change of search_changes when it was saved (the alerts job, on its first
-- run, starts from the oldest search's).
CREATE TABLE saved_searches (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    alerts BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    opened_at TEXT,
    since_change BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX saved_searches_company ON saved_searches (company_id, id);

-- Every talent a saved search has matched, once ever: those matching when it was saved (not
-- new), and each found later by the alerts job (new until the search is next opened). A talent
-- with a row here is never announced to the search again.
CREATE TABLE saved_search_talents (
    saved_search_id BIGINT NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
    talent_id BIGINT NOT NULL REFERENCES users (id),
    is_new BOOLEAN NOT NULL,
    found_at TEXT NOT NULL,
    PRIMARY KEY (saved_search_id, talent_id)
);
CREATE INDEX saved_search_talents_new ON saved_search_talents (saved_search_id, is_new);
