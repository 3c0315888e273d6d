-- SPDX-License-Identifier: Apache-2.0
-- Hiring pipelines and the candidate search (docs/architecture.md, "Pipelines"); the
-- triggers that keep the candidate index current are 0024_pipelines_search, per dialect.
-- A talent decides whether employers find them (hidden) and says when they could start
-- (availability, one of forms::availabilities()).
ALTER TABLE talent_profiles ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE talent_profiles ADD COLUMN availability TEXT;

-- A company's hiring project (a role it is filling, say), holding its pipelines; its name is
-- unique within the company, ignoring case.
CREATE TABLE pipeline_projects (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    job_id BIGINT REFERENCES jobs (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    UNIQUE (company_id, name_key)
);

CREATE TABLE pipelines (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    project_id BIGINT NOT NULL REFERENCES pipeline_projects (id),
    name TEXT NOT NULL,
    description TEXT,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX pipelines_company ON pipelines (company_id, id);
CREATE INDEX pipelines_project ON pipelines (project_id);

-- The stages a pipeline's candidates pass through, in the order the company set. A stage taken
-- out of the pipeline keeps its row (removed_at) for the moves that name it.
CREATE TABLE pipeline_stages (
    id {{id}},
    pipeline_id BIGINT NOT NULL REFERENCES pipelines (id),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    removed_at TEXT
);
CREATE INDEX pipeline_stages_pipeline ON pipeline_stages (pipeline_id, position);

-- A talent in a pipeline, once: found by search or come through an application.
CREATE TABLE pipeline_candidates (
    id {{id}},
    pipeline_id BIGINT NOT NULL REFERENCES pipelines (id),
    talent_id BIGINT NOT NULL REFERENCES users (id),
    stage_id BIGINT NOT NULL REFERENCES pipeline_stages (id),
    application_id BIGINT REFERENCES applications (id),
    source TEXT NOT NULL,
    added_by BIGINT NOT NULL REFERENCES users (id),
    added_at TEXT NOT NULL,
    moved_at TEXT NOT NULL,
    UNIQUE (pipeline_id, talent_id)
);
CREATE INDEX pipeline_candidates_stage ON pipeline_candidates (stage_id);
CREATE INDEX pipeline_candidates_talent ON pipeline_candidates (talent_id);

-- Every move of a candidate between stages (the first entry: where they were added), by whom.
CREATE TABLE pipeline_moves (
    id {{id}},
    candidate_id BIGINT NOT NULL REFERENCES pipeline_candidates (id),
    from_stage_id BIGINT REFERENCES pipeline_stages (id),
    to_stage_id BIGINT NOT NULL REFERENCES pipeline_stages (id),
    moved_by BIGINT NOT NULL REFERENCES users (id),
    moved_at TEXT NOT NULL
);
CREATE INDEX pipeline_moves_candidate ON pipeline_moves (candidate_id, id);

CREATE TABLE pipeline_comments (
    id {{id}},
    candidate_id BIGINT NOT NULL REFERENCES pipeline_candidates (id),
    author_id BIGINT NOT NULL REFERENCES users (id),
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX pipeline_comments_candidate ON pipeline_comments (candidate_id, id);
