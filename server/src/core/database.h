// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <atomic>
#include <memory>
#include <optional>
#include <stdexcept>

namespace wn {

class ApiError;

/** @brief A failed statement: logged with the driver's text; the caller sees a 500. */
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &text)
        : std::runtime_error(text.toStdString())
    { }
    explicit DatabaseError(const std::string &text)
        : std::runtime_error(text)
    { }
    /** The driver's error, remembering whether trying the same transaction again can succeed. */
    DatabaseError(const QSqlError &error, const QSqlDriver *driver);

    /** A conflict with another transaction that passes: a PostgreSQL serialization failure
     * (40001) or deadlock (40P01). The whole transaction may be run again at once; nothing about
     * the statement itself is wrong. (SQLite's busy is not: it comes after long waits.) */
    bool transient() const { return m_transient; }

private:
    bool m_transient = false;
};

enum class Dialect { Sqlite, Postgres };

/**
 * @brief Where the data lives: hands each thread its own connection (a QSqlDatabase may only be
 * used by the thread that opened it) and applies the migrations.
 */
class Database
{
public:
    /** @p url is "sqlite:<path>" or "postgres://user:pass@host:port/db"; throws DatabaseError if
     * unusable. */
    explicit Database(const QString &url);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }
    const QString &url() const { return m_url; }

    /** This thread's connection, opened on first use. */
    QSqlDatabase connection();
    /** Closes this thread's connection (call before a worker thread ends). */
    void releaseThreadConnection();

    /** Applies the migrations not yet recorded in schema_migrations, each in its own transaction. */
    void migrate();
    /** The applied migration versions, in order. */
    QStringList appliedMigrations();

    /** A second connection on this thread, for LISTEN or long work that must not share the first. */
    QSqlDatabase openExtraConnection(const QString &purpose);
    /** A second connection on this thread that cannot write: SQLite opens the file read-only
     *  (QSQLITE_OPEN_READONLY), PostgreSQL makes every transaction of the session READ ONLY. */
    QSqlDatabase openReadOnlyConnection(const QString &purpose);
    /** As openReadOnlyConnection(), logged in to PostgreSQL as @p user with @p password instead
     *  of the server's own user (a role of fewer rights). Check isOpen(): lastError() says why
     *  not. */
    QSqlDatabase openReadOnlyConnectionAs(const QString &purpose, const QString &user,
                                          const QString &password);

private:
    QSqlDatabase open(const QString &connectionName, bool readOnly = false,
                      const QString &user = {}, const QString &password = {});

    QString m_url;
    Dialect m_dialect;
    QString m_prefix;
    static std::atomic<int> s_instances;
};

/** Optional text read from the database, as JSON: null when NULL or empty, else the text. */
QJsonValue textOrNull(const QVariant &stored);
/** Optional text to store: NULL for null, a missing value or empty text, else the text. */
QVariant nullIfEmpty(const QJsonValue &value);
/** A validated input value as a column stores it: a number as a whole number, text as itself,
 *  and empty text or null as NULL. */
QVariant storedValue(const QJsonValue &value);
/** A whole number to store: NULL unless @p value is a number. */
QVariant nullIfNotNumber(const QJsonValue &value);
inline QVariant nullIfEmpty(const QString &text)
{
    return nullIfEmpty(QJsonValue(text));
}

/** @brief Where each column of a statement's rows is, by the name the statement gives it. */
struct SqlColumns
{
    QHash<QString, int> position; ///< -1 for a name the result holds twice
    int count = 0;
};

/**
 * @brief Typed reads of a row's columns by name, shared by Sql (its current row) and SqlRow (a
 * row kept after its statement). A column is named as the statement's result names it: `id` for
 * `t.id`, or its alias; a name the result lacks, or holds twice, throws DatabaseError.
 */
template<typename Row>
class ColumnReads
{
public:
    QString text(const QString &column) const { return value(column).toString(); }
    qint64 id(const QString &column) const { return value(column).toLongLong(); }
    int integer(const QString &column) const { return value(column).toInt(); }
    double number(const QString &column) const { return value(column).toDouble(); }
    /** SQLite keeps booleans as 0 and 1, PostgreSQL as booleans: both read true or false. */
    bool flag(const QString &column) const { return value(column).toBool(); }
    bool isNull(const QString &column) const { return value(column).isNull(); }
    /** Optional text as JSON (see wn::textOrNull). */
    QJsonValue textOrNull(const QString &column) const { return wn::textOrNull(value(column)); }
    /** Optional text: none when NULL or empty, as textOrNull() reads it. */
    std::optional<QString> optionalText(const QString &column) const
    {
        const QString text = value(column).toString();
        return text.isEmpty() ? std::nullopt : std::optional(text);
    }
    /** A whole number, none when NULL. */
    std::optional<qint64> optionalInteger(const QString &column) const
    {
        const QVariant stored = value(column);
        return stored.isNull() ? std::nullopt : std::optional(stored.toLongLong());
    }
    /** A whole number as JSON, null when NULL. */
    QJsonValue integerOrNull(const QString &column) const
    {
        const QVariant stored = value(column);
        return stored.isNull() ? QJsonValue() : QJsonValue(stored.toLongLong());
    }
    /** A number as JSON, null when NULL. */
    QJsonValue numberOrNull(const QString &column) const
    {
        const QVariant stored = value(column);
        return stored.isNull() ? QJsonValue() : QJsonValue(stored.toDouble());
    }

private:
    QVariant value(const QString &column) const
    {
        return static_cast<const Row *>(this)->value(column);
    }
};

/** @brief One row of a result, kept by column name after its statement is finished (Sql::one). */
class SqlRow : public ColumnReads<SqlRow>
{
public:
    SqlRow(std::shared_ptr<const SqlColumns> columns, QList<QVariant> values, QString statement)
        : m_columns(std::move(columns))
        , m_values(std::move(values))
        , m_statement(std::move(statement))
    { }
    QVariant value(const QString &column) const;

private:
    std::shared_ptr<const SqlColumns> m_columns;
    QList<QVariant> m_values;
    QString m_statement;
};

/**
 * @brief One prepared statement with named values; any failure throws DatabaseError.
 *
 * Statements are prepared once per connection and kept (the most recently used few hundred of
 * each thread's connections): parsing and planning cost SQLite more than running most of our
 * statements, and PostgreSQL a round trip to PREPARE and another to DEALLOCATE. A statement
 * already in use (the same text nested in its own loop) gets a fresh, unkept one.
 *
 * @code
 * Sql q(db, u"SELECT id, first_name FROM users WHERE email = :email"_s);
 * q.bind(u":email"_s, email).exec();
 * while (q.next())
 *     names.insert(q.id(u"id"_s), q.text(u"first_name"_s));
 * // or, for one row read after the statement is done:
 * const std::optional<SqlRow> user = q.bind(u":email"_s, email).one();
 * @endcode
 *
 * Columns are read by name (ColumnReads): adding a column to a SELECT never shifts the others.
 */
class Sql : public ColumnReads<Sql>
{
public:
    Sql(const QSqlDatabase &db, const QString &statement);
    /** Finishes the statement and hands it back to its connection's cache. */
    ~Sql();
    Q_DISABLE_COPY_MOVE(Sql)

    /** Drops the kept statements of the connection @p connectionName on this thread (before it
     *  closes). */
    static void forgetConnection(const QString &connectionName);
    /** How many statements are kept for @p db's connection on this thread. */
    static qsizetype keptCount(const QSqlDatabase &db);

    Sql &bind(const QString &placeholder, const QVariant &value);
    /** ":p0, :p1, ..." for an IN (...) of @p count values named after @p prefix; "NULL" (no
     *  match) when there are none. */
    static QString placeholders(const QString &prefix, qsizetype count);
    /** Binds @p values to the placeholders() of the same prefix. */
    template<typename T>
    Sql &bindEach(const QString &prefix, const QList<T> &values)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            bind(u':' + prefix + QString::number(i), QVariant::fromValue(values.at(i)));
        return *this;
    }
    Sql &exec();
    bool next() { return m_query->next(); }
    /** The current row's column @p column, by name (see ColumnReads for typed reads). */
    QVariant value(const QString &column) const;
    /** The current row's column at @p index: for code that reads columns it did not name, such
     *  as a generic export; everything else reads by name. */
    QVariant valueAt(int index) const { return m_query->value(index); }
    /** exec(), then the first row, kept by name; nothing when there is none. The statement is
     *  finished after, so that it does not hold SQLite's read lock while the caller writes. */
    std::optional<SqlRow> one();
    /** exec(), then the first row of a statement that always gives one (an aggregate, a row
     *  found earlier in the same request); none throws DatabaseError naming the statement. */
    SqlRow single();
    /** exec(), then the first row of a record the caller names (by its id, say); none is a 404
     *  with @p notFound, what the user reads ("Job not found"). */
    SqlRow found(const QString &notFound);
    /** exec() of a write that may change no row (an insert its ON CONFLICT DO NOTHING skipped,
     *  an update its guard refused); when it changed none, @p refusal is thrown: what the user
     *  reads ("You already have a wallet"). */
    Sql &execChanging(const ApiError &refusal);
    /** exec(), then whether it gave a row; the statement is finished after. */
    bool exists();
    /** exec(), then the first column of the first row (e.g. an id from RETURNING), null if none;
     *  the statement is finished after, and may be bound and run again. */
    QVariant scalar();
    /** The first column of the remaining rows, as ids (after exec()); the statement is finished
     *  after, so that the ids can be used for further statements. */
    QList<qint64> takeIds();
    int rowsAffected() const { return m_query->numRowsAffected(); }
    QSqlQuery &query() { return *m_query; }

private:
    const SqlColumns &columns() const;

    std::shared_ptr<struct KeptStatement> m_kept; // kept for the connection, or this Sql's own
    QSqlQuery *m_query;
    QString m_statement;
};

/**
 * @brief Watches SQLite's query plans for full scans of the tables that grow with the business.
 *
 * Off by default and free when off. While on, every SELECT that Sql runs on SQLite is first
 * explained (EXPLAIN QUERY PLAN with the same values); a plan step that reads one of the
 * watched tables without an index is recorded. Tests switch it on around the hot paths and fail
 * on any record: a scan that is harmless on a test database is a stall on a real one.
 */
class QueryPlanAudit
{
public:
    static void start(const QStringList &tables);
    /** Stops watching and returns what was found, one "table: plan step — statement" each. */
    static QStringList stop();
    static bool active();
    static void check(const QSqlQuery &query, const QString &statement);
};

/**
 * @brief Begins a transaction; rolls back unless commit() was called.
 *
 * On SQLite, where one connection writes at a time, the writers of this process also queue on
 * a mutex: each wakes the moment the one before it is done, instead of polling in SQLite's
 * busy handler, which sleeps up to 100 ms between tries. Other processes (a backup, say) still
 * meet the busy timeout.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)
    void commit();
    /** Whether this thread has a transaction open: slow work (writing a stored file, say) must
     *  not run inside one, where it would hold every other writer up. */
    static bool openOnThisThread();

private:
    void releaseWriterTurn();

    QSqlDatabase m_db;
    bool m_done = false;
    bool m_writerTurn = false;
};

/** Holds row @p id of @p table until the transaction ends, so that what the caller reads of it
 *  and writes after cannot race another writer: PostgreSQL locks the row (FOR NO KEY UPDATE,
 *  the lock an UPDATE of the row takes: writers that lock it queue, while rows that merely
 *  refer to it, a company's new job say, still go in); SQLite needs nothing, its write
 *  transactions already run one at a time. @p table comes from the code, never from a request. */
void lockRow(QSqlDatabase db, const QString &table, qint64 id);

/** The current time as stored: ISO 8601 UTC with milliseconds, sortable as text on both databases. */
QString nowText();
QString timeText(const QDateTime &time);
/** Escapes LIKE wildcards in @p text and wraps it in %, for "contains" searches (ESCAPE '\'). */
QString likePattern(const QString &text);
/** The key a name is kept unique and searched by (the name_key columns): @p name in lower case,
 *  its spaces trimmed and folded ("  Data   Science " → "data science"). */
QString nameKey(const QString &name);

} // namespace wn
