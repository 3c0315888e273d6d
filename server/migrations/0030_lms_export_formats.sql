-- SPDX-License-Identifier: Apache-2.0
-- An LMS export is written as CSV or as an XLSX workbook.
ALTER TABLE lms_exports ADD COLUMN format TEXT NOT NULL DEFAULT 'csv';
