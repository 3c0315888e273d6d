// SPDX-License-Identifier: Apache-2.0
// Transactions, with SQLite's writers taking turns within the process (database.h), and the
// text times are stored as.
#include "database.h"

#include <QDateTime>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

#include <utility>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** Runs BEGIN, COMMIT or ROLLBACK: kept prepared on SQLite (PostgreSQL cannot prepare them). */
void transactionControl(const QSqlDatabase &db, const QString &statement)
{
    if (db.driver()->dbmsType() == QSqlDriver::SQLite) {
        Sql(db, statement).exec();
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(statement))
        throw DatabaseError(q.lastError(), db.driver());
}

} // namespace

namespace {

// SQLite's writers of this process, in turn (see Transaction). Recursive, as a thread may
// write to two databases at once (tests run several servers in one process).
QRecursiveMutex sqliteWriters;
thread_local int openTransactions = 0;
constexpr int writerTurnTimeoutMs = 10000; // as the connections' busy_timeout

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // SQLite: take the write lock up front, so two writers wait for each other (busy_timeout)
    // instead of one failing when its read lock cannot be upgraded.
    const bool sqlite = m_db.driver()->dbmsType() == QSqlDriver::SQLite;
    // Past the timeout, BEGIN IMMEDIATE waits (and fails) as it would have without the turn.
    m_writerTurn = sqlite && sqliteWriters.tryLock(writerTurnTimeoutMs);
    try {
        transactionControl(m_db, sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    } catch (...) {
        releaseWriterTurn();
        throw;
    }
    ++openTransactions;
}

Transaction::~Transaction()
{
    if (!m_done) {
        // Rare, so not kept prepared; it fails only when there is nothing left to undo (the
        // database rolled back already), and the caller's error stands.
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
        --openTransactions;
    }
    releaseWriterTurn();
}

void Transaction::commit()
{
    transactionControl(m_db, u"COMMIT"_s);
    m_done = true;
    --openTransactions;
    releaseWriterTurn();
}

bool Transaction::openOnThisThread()
{
    return openTransactions > 0;
}

void Transaction::releaseWriterTurn()
{
    if (std::exchange(m_writerTurn, false))
        sqliteWriters.unlock();
}

void lockRow(QSqlDatabase db, const QString &table, qint64 id)
{
    if (db.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        Sql(db, u"SELECT id FROM %1 WHERE id = :id FOR NO KEY UPDATE"_s.arg(table))
                .bind(u":id"_s, id)
                .exec();
}

QString nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

} // namespace wn
