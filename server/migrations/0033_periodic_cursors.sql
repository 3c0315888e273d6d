-- SPDX-License-Identifier: Apache-2.0
-- Where a periodic job that works in slices (the files sweep) goes on from at its next run, on
-- whichever instance runs it.
CREATE TABLE periodic_cursors (
    kind TEXT PRIMARY KEY,
    cursor TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
