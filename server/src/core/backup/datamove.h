// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace wn {

/** @brief What a move copied. */
struct DataMoveSummary
{
    int tables = 0;
    qint64 rows = 0;
};

/**
 * Copies every row of a SQLite database into an empty PostgreSQL database (migrated first, in
 * one transaction, identity sequences set past the copied ids), then checks every table's count.
 * Throws std::runtime_error if the target already holds data or anything fails; the target is
 * then left as it was.
 */
DataMoveSummary moveSqliteToPostgres(const QString &sqliteUrl, const QString &postgresUrl);

} // namespace wn
