// SPDX-License-Identifier: Apache-2.0
#pragma once

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
 * and no function that reads files or runs SQL of its own is accepted. It runs on a read-only
 * connection: SQLite opens the file read-only and an authorizer refuses every read outside the
 * allow-list and every action but reading, PostgreSQL runs it in a READ ONLY transaction whose
 * plan must read nothing else, under statement_timeout. At most @p rowCap rows come back; past
 * @p timeoutMs it is stopped. A refusal is an ApiError 400 naming "sql" and why.
 */
QueryResult runReadOnlyQuery(Database &database, const QString &sql, int rowCap, int timeoutMs);

/** The tables and views a query may read. */
const QStringList &queryableTables();

} // namespace wn
