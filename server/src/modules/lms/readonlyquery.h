// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

namespace wn {

class Database;

/** @brief What a read-only query answered. */
struct QueryResult
{
    QStringList columns;
    QJsonArray rows; ///< each row an array, in the order of columns
    bool truncated = false; ///< more rows were there than the cap
};

/**
 * @brief The super admin's "run query", made safe. The text must be one SELECT (no second
 * statement, no comments, no SELECT ... INTO) that names only tables and views of an allow-list
 * (queryableTables(): the learning tables, companies, trainings, jobs, reference lists, and
 * lms_people, the accounts without their password hashes); no other table, no system catalogue
 * and no function that reads files or runs SQL of its own is accepted. That reading of the text
 * gives clear refusals; the guard is the database's own:
 *
 * - SQLite opens the file read-only, an authorizer refuses every read outside the allow-list and
 *   every action but reading, and no value may grow past the answer's cap (SQLITE_LIMIT_LENGTH).
 * - PostgreSQL runs it logged in as a role of its own (`<database>_lms_query`, made ready by the
 *   server with a password derived from @p roleSecret) that holds SELECT on the allow-list and
 *   nothing else, in a READ ONLY transaction under statement_timeout; a row larger than the cap
 *   is refused without being sent. Without the right to make that role (CREATEROLE), or to log
 *   in as it, the answer is 503 saying what the administrator must do.
 *
 * At most @p rowCap rows and 8 MiB of values come back; past @p timeoutMs it is stopped. A
 * refusal is an ApiError 400 naming "sql" and why.
 */
QueryResult runReadOnlyQuery(Database &database, const QString &sql, int rowCap, int timeoutMs,
                             const QByteArray &roleSecret);

/** The tables and views a query may read. */
const QStringList &queryableTables();

} // namespace wn
