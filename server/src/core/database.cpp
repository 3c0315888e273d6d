// SPDX-License-Identifier: Apache-2.0
// The database: its connections (one per thread, and the read-only and extra ones) and the
// migrations. Statements are sql.cpp, transactions transaction.cpp.
#include "database.h"
#include "logging.h"
#include "sqlchanges.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
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
        insertRow(db, u"schema_migrations"_s,
                  { { u"version"_s, version }, { u"applied_at"_s, nowText() } });
        tx.commit();
        qCInfo(lcDb) << "applied migration" << file;
    }
}

} // namespace wn
