-- SPDX-License-Identifier: Apache-2.0
-- A workbook is read by the import's first job, off the request threads: its bytes wait here
-- until then (next_offset -1), and the CSV text it becomes replaces them.
ALTER TABLE user_imports ADD COLUMN workbook {{blob}};
