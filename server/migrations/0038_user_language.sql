-- SPDX-License-Identifier: Apache-2.0
-- The language a person reads mail in (forms::languages()); NULL until they choose one, and
-- then mail goes in the server's mail/language.
ALTER TABLE users ADD COLUMN language TEXT;
