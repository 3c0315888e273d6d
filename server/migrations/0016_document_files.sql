-- SPDX-License-Identifier: Apache-2.0
-- A private file asked for with a token is served to whoever may see what it belongs to; a
-- programme's documents are found by their file key for that.
CREATE INDEX sponsorship_documents_file ON sponsorship_documents (file_key);
