// SPDX-License-Identifier: Apache-2.0
#include "database.h"
#include "logging.h"

#include <wn/common/apierror.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace wn {

DatabaseError::DatabaseError(const QSqlError &error, const QSqlDriver *driver)
    : std::runtime_error(error.text().toStdString())
{
    // PostgreSQL's SQLSTATE. SQLite's busy comes only after a writer waited its turn and the
    // busy timeout (seconds each): trying again at once would hold its thread for minutes.
    const QString code = error.nativeErrorCode();
    m_transient = driver && driver->dbmsType() == QSqlDriver::PostgreSQL
            && (code == u"40001"_s || code == u"40P01"_s);
}

std::atomic<int> Database::s_instances { 0 };

namespace {

// QSqlDatabase::addDatabase and driver loading are not thread-safe in Qt 6.4.
QMutex connectionMutex;

QString threadConnectionName(const QString &prefix)
{
    return prefix + u"-t"_s + QString::number(quintptr(QThread::currentThreadId()), 16);
}

} // namespace

Database::Database(const QString &url)
    : m_url(url)
    , m_dialect(url.startsWith(u"sqlite:"_s) ? Dialect::Sqlite : Dialect::Postgres)
    , m_prefix(u"wn-db%1"_s.arg(s_instances.fetch_add(1)))
{
    if (m_dialect == Dialect::Sqlite) {
        const QString path = url.mid(7);
        if (path.isEmpty())
            throw DatabaseError(u"sqlite URL names no file"_s);
        QDir().mkpath(QFileInfo(path).absolutePath());
    } else if (!url.startsWith(u"postgres://"_s) && !url.startsWith(u"postgresql://"_s)) {
        throw DatabaseError(u"database URL must start with sqlite: or postgres://"_s);
    }
    // Fail early with the driver's own words if the database cannot be reached.
    QSqlDatabase db = connection();
    if (!db.isOpen())
        throw DatabaseError(u"cannot open database: "_s + db.lastError().text());
}

Database::~Database()
{
    QMutexLocker lock(&connectionMutex);
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_prefix + u'-')) {
            Sql::forgetConnection(name);
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
}

QSqlDatabase Database::openReadOnlyConnectionAs(const QString &purpose, const QString &user,
                                                const QString &password)
{
    return open(threadConnectionName(m_prefix) + u"-readonly-"_s + purpose + u'-' + user, true,
                user, password);
}

QSqlDatabase Database::open(const QString &name, bool readOnly, const QString &user,
                            const QString &password)
{
    QSqlDatabase db;
    {
        QMutexLocker lock(&connectionMutex);
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        if (m_dialect == Dialect::Sqlite) {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_url.mid(7));
            db.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"_s
                                          : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        } else {
            const QUrl url(m_url);
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(url.host().isEmpty() ? u"127.0.0.1"_s : url.host());
            db.setPort(url.port(5432));
            db.setUserName(user.isEmpty() ? url.userName(QUrl::FullyDecoded) : user);
            db.setPassword(user.isEmpty() ? url.password(QUrl::FullyDecoded) : password);
            db.setDatabaseName(url.path().mid(1).isEmpty() ? u"postgres"_s : url.path().mid(1));
            QStringList options { u"connect_timeout=10"_s };
            const QUrlQuery query(url);
            if (query.hasQueryItem(u"sslmode"_s))
                options.append(u"sslmode="_s + query.queryItemValue(u"sslmode"_s));
            db.setConnectOptions(options.join(u';'));
        }
        if (!db.open()) {
            qCCritical(lcDb) << "cannot open database:" << db.lastError().text();
            return db;
        }
    }
    if (readOnly) {
        QSqlQuery q(db);
        if (m_dialect == Dialect::Sqlite) {
            q.exec(u"PRAGMA query_only=ON"_s);
        } else {
            q.exec(u"SET TIME ZONE 'UTC'"_s);
            if (!q.exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s))
                qCWarning(lcDb) << "cannot make a session read-only:" << q.lastError().text();
        }
        return db;
    }
    if (m_dialect == Dialect::Sqlite) {
        // WAL lets readers run beside the one writer; FULL sync keeps acknowledged writes durable.
        for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                    "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000" }) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(pragma)))
                qCWarning(lcDb) << pragma << "failed:" << q.lastError().text();
        }
    } else {
        QSqlQuery q(db);
        q.exec(u"SET TIME ZONE 'UTC'"_s);
        // Statements stay prepared (Sql); plan each run for its own values all the same, as a
        // generic plan can be far worse for skewed values (the search's states, say).
        if (!q.exec(u"SET plan_cache_mode = force_custom_plan"_s))
            qCWarning(lcDb) << "cannot set plan_cache_mode:" << q.lastError().text();
    }
    return db;
}

QSqlDatabase Database::connection()
{
    return open(threadConnectionName(m_prefix));
}

QSqlDatabase Database::openExtraConnection(const QString &purpose)
{
    return open(threadConnectionName(m_prefix) + u'-' + purpose);
}

QSqlDatabase Database::openReadOnlyConnection(const QString &purpose)
{
    return open(threadConnectionName(m_prefix) + u"-readonly-"_s + purpose, true);
}

void Database::releaseThreadConnection()
{
    const QString base = threadConnectionName(m_prefix);
    QMutexLocker lock(&connectionMutex);
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name == base || name.startsWith(base + u'-')) {
            Sql::forgetConnection(name);
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
}

namespace {

/** Replaces the few type words the two databases spell differently. */
QString adaptSql(QString sql, Dialect dialect)
{
    const bool pg = dialect == Dialect::Postgres;
    sql.replace(u"{{id}}"_s,
                pg ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s
                   : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    sql.replace(u"{{blob}}"_s, pg ? u"BYTEA"_s : u"BLOB"_s);
    return sql;
}

QStringList splitStatements(const QString &script)
{
    // Statements end with ';' at the end of a line; migrations are written that way.
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(u"--"_s))
            continue;
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace

QStringList Database::appliedMigrations()
{
    QSqlDatabase db = connection();
    QStringList versions;
    QSqlQuery q(db);
    if (q.exec(u"SELECT version FROM schema_migrations ORDER BY version"_s)) {
        while (q.next())
            versions.append(q.value(0).toString());
    }
    return versions;
}

void Database::migrate()
{
    QSqlDatabase db = connection();
    // Not a prepared statement: PostgreSQL cannot prepare DDL.
    QSqlQuery create(db);
    if (!create.exec(
                u"CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"_s))
        throw DatabaseError(u"cannot create schema_migrations: "_s + create.lastError().text());

    const QString dialectDir = m_dialect == Dialect::Postgres ? u"postgres"_s : u"sqlite"_s;
    QDir dir(u":/migrations"_s);
    QStringList files = dir.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    const QStringList twins = QDir(u":/migrations/"_s + dialectDir)
                                      .entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    for (const QString &twin : twins) {
        if (!files.contains(twin))
            files.append(twin);
    }
    std::sort(files.begin(), files.end());

    for (const QString &file : std::as_const(files)) {
        const QString version = file.section(u'.', 0, 0);
        Transaction tx(db);
        if (m_dialect == Dialect::Postgres) {
            // Instances starting together apply each migration once.
            Sql(db, u"SELECT pg_advisory_xact_lock(746174)"_s).exec();
        }
        Sql check(db, u"SELECT 1 FROM schema_migrations WHERE version = :v"_s);
        if (check.bind(u":v"_s, version).exec().next())
            continue;
        const QString path = QFile::exists(u":/migrations/"_s + dialectDir + u'/' + file)
                ? u":/migrations/"_s + dialectDir + u'/' + file
                : u":/migrations/"_s + file;
        QFile sqlFile(path);
        if (!sqlFile.open(QIODevice::ReadOnly))
            throw DatabaseError(u"cannot read migration "_s + path);
        const QString script = adaptSql(QString::fromUtf8(sqlFile.readAll()), m_dialect);
        for (const QString &statement : splitStatements(script)) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                throw DatabaseError(
                        u"migration %1 failed: %2\n%3"_s.arg(file, q.lastError().text(), statement)
                                .toStdString());
            }
        }
        Sql(db, u"INSERT INTO schema_migrations (version, applied_at) VALUES (:v, :t)"_s)
                .bind(u":v"_s, version)
                .bind(u":t"_s, nowText())
                .exec();
        tx.commit();
        qCInfo(lcDb) << "applied migration" << file;
    }
}

/** A prepared statement kept for its connection, and whether an Sql is using it now. */
struct KeptStatement
{
    KeptStatement(QSqlQuery &&prepared, QString connectionName)
        : query(std::move(prepared))
        , connection(std::move(connectionName))
    { }
    QSqlQuery query;
    QString connection;
    quint64 lastUse = 0;
    bool inUse = false;
    /** Where each named column is; the same for every run of the statement, so found once. */
    std::shared_ptr<const SqlColumns> columns;
};

namespace {

constexpr qsizetype keptStatementsPerConnection = 256; // as Sql::keptCount's test expects

struct ConnectionStatements
{
    QHash<QString, std::shared_ptr<KeptStatement>> byText;
    quint64 clock = 0;

    /** Makes room for one more by dropping the least recently used statement not in use. */
    void makeRoom()
    {
        if (byText.size() < keptStatementsPerConnection)
            return;
        auto oldest = byText.end();
        for (auto it = byText.begin(); it != byText.end(); ++it) {
            if (!it.value()->inUse
                && (oldest == byText.end() || it.value()->lastUse < oldest.value()->lastUse))
                oldest = it;
        }
        if (oldest != byText.end())
            byText.erase(oldest);
    }
};

// A connection belongs to one thread, and so do its statements.
thread_local QHash<QString, ConnectionStatements> keptStatements;

} // namespace

Sql::Sql(const QSqlDatabase &db, const QString &statement)
    : m_statement(statement)
{
    ConnectionStatements &kept = keptStatements[db.connectionName()];
    const auto found = kept.byText.constFind(statement);
    if (found != kept.byText.cend() && !found.value()->inUse) {
        m_kept = found.value();
    } else {
        m_kept = std::make_shared<KeptStatement>(QSqlQuery(db), db.connectionName());
        m_kept->query.setForwardOnly(true);
        if (!m_kept->query.prepare(statement)) {
            qCCritical(lcDb).noquote()
                    << "prepare failed:" << m_kept->query.lastError().text() << "in" << statement;
            throw DatabaseError(m_kept->query.lastError(), db.driver());
        }
        if (found == kept.byText.cend()) { // else the kept one is busy: this one is not kept
            kept.makeRoom();
            kept.byText.insert(statement, m_kept);
        }
    }
    m_kept->inUse = true;
    m_kept->lastUse = ++kept.clock;
    m_query = &m_kept->query;
}

Sql::~Sql()
{
    // Done with the result: an open statement would keep SQLite from committing.
    m_query->finish();
    m_kept->inUse = false;
}

void Sql::forgetConnection(const QString &connectionName)
{
    keptStatements.remove(connectionName);
}

qsizetype Sql::keptCount(const QSqlDatabase &db)
{
    const auto found = keptStatements.constFind(db.connectionName());
    return found == keptStatements.cend() ? 0 : found->byText.size();
}

Sql &Sql::bind(const QString &placeholder, const QVariant &value)
{
    m_query->bindValue(placeholder, value);
    return *this;
}

Sql &Sql::exec()
{
    if (QueryPlanAudit::active())
        QueryPlanAudit::check(*m_query, m_statement);
    if (!m_query->exec()) {
        qCCritical(lcDb).noquote()
                << "statement failed:" << m_query->lastError().text() << "in" << m_statement;
        // Not kept past a failure: a statement that no longer fits the schema (PostgreSQL keeps
        // its plan's result types) is prepared afresh next time.
        auto &kept = keptStatements[m_kept->connection].byText;
        if (kept.value(m_statement) == m_kept)
            kept.remove(m_statement);
        throw DatabaseError(m_query->lastError(), m_query->driver());
    }
    return *this;
}

namespace {

/** Marks a name the result holds more than once, which cannot be read by name. */
constexpr int ambiguousColumn = -1;

int columnIndex(const SqlColumns &columns, const QString &column, const QString &statement)
{
    const int index = columns.position.value(column, -2);
    if (index >= 0)
        return index;
    const QString problem = index == ambiguousColumn
            ? u"column \"%1\" is named twice in the result of: %2"_s
            : u"no column \"%1\" in the result of: %2"_s;
    qCCritical(lcDb).noquote() << problem.arg(column, statement);
    throw DatabaseError(problem.arg(column, statement));
}

} // namespace

const SqlColumns &Sql::columns() const
{
    if (!m_kept->columns) {
        auto columns = std::make_shared<SqlColumns>();
        const QSqlRecord record = m_query->record();
        columns->count = int(record.count());
        for (int i = 0; i < columns->count; ++i) {
            const QString name = record.fieldName(i);
            columns->position.insert(name, columns->position.contains(name) ? ambiguousColumn : i);
        }
        m_kept->columns = std::move(columns);
    }
    return *m_kept->columns;
}

QVariant Sql::value(const QString &column) const
{
    return m_query->value(columnIndex(columns(), column, m_statement));
}

std::optional<SqlRow> Sql::one()
{
    exec();
    std::optional<SqlRow> row;
    if (m_query->next()) {
        const int count = columns().count;
        QList<QVariant> values;
        values.reserve(count);
        for (int i = 0; i < count; ++i)
            values.append(m_query->value(i));
        row.emplace(m_kept->columns, std::move(values), m_statement);
    }
    // Done with the result: an open statement would keep SQLite from committing.
    m_query->finish();
    return row;
}

SqlRow Sql::single()
{
    std::optional<SqlRow> row = one();
    if (!row) {
        qCCritical(lcDb).noquote() << "no row where one was certain:" << m_statement;
        throw DatabaseError(u"no row where one was certain: "_s + m_statement);
    }
    return std::move(*row);
}

SqlRow Sql::found(const QString &notFound)
{
    std::optional<SqlRow> row = one();
    if (!row)
        throw ApiError::notFound(notFound);
    return std::move(*row);
}

bool Sql::exists()
{
    exec();
    const bool found = m_query->next();
    m_query->finish();
    return found;
}

QVariant SqlRow::value(const QString &column) const
{
    return m_values.value(columnIndex(*m_columns, column, m_statement));
}

QJsonValue textOrNull(const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue::Null;
    const QString text = stored.toString();
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QVariant nullIfEmpty(const QJsonValue &value)
{
    return value.isString() && !value.toString().isEmpty()
            ? QVariant(value.toString())
            : QVariant(QMetaType::fromType<QString>());
}

QString Sql::placeholders(const QString &prefix, qsizetype count)
{
    QStringList names;
    names.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        names.append(u':' + prefix + QString::number(i));
    return names.join(u", "_s);
}

QVariant Sql::scalar()
{
    exec();
    const QVariant value = m_query->next() ? m_query->value(0) : QVariant();
    // Done with the result: an open statement would keep SQLite from committing.
    m_query->finish();
    return value;
}

QList<qint64> Sql::takeIds()
{
    QList<qint64> ids;
    while (m_query->next())
        ids.append(m_query->value(0).toLongLong());
    m_query->finish();
    return ids;
}

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

QString nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

} // namespace wn
