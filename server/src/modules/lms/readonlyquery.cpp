// SPDX-License-Identifier: Apache-2.0
#include "readonlyquery.h"

#include "core/auth/keys.h"
#include "core/database.h"

#include <wn/common/apierror.h>

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** The view of the accounts a query may read (0026_lms.sql), and the table behind it. */
const QString peopleView = u"lms_people"_s;
const QString peopleTable = u"users"_s;

[[noreturn]] void refuse(const QString &why)
{
    throw ApiError::badRequest(QStringList { u"sql %1"_s.arg(why) });
}

/** Words that reach beyond the tables: files, other connections, settings, SQL run from text. */
bool isForbiddenWord(const QString &word)
{
    static const QStringList prefixes { u"pg_"_s, u"sqlite_"_s, u"lo_"_s };
    static const QStringList parts { u"xml"_s, u"regclass"_s, u"dblink"_s };
    static const QStringList words { u"information_schema"_s,
                                     u"current_setting"_s,
                                     u"set_config"_s,
                                     u"load_extension"_s,
                                     u"readfile"_s,
                                     u"writefile"_s,
                                     u"into"_s,
                                     u"pragma"_s,
                                     u"attach"_s,
                                     u"fts3_tokenizer"_s };
    for (const QString &prefix : prefixes) {
        if (word.startsWith(prefix))
            return true;
    }
    for (const QString &part : parts) {
        if (word.contains(part))
            return true;
    }
    return words.contains(word);
}

/**
 * Checks the text: one statement, starting with SELECT, no comments, no other quoting than
 * '...' and "...". Answers the identifiers (lower case) it names, for the table check.
 */
QStringList checkText(QString sql)
{
    sql = sql.trimmed();
    while (sql.endsWith(u';'))
        sql = sql.chopped(1).trimmed();
    if (sql.isEmpty())
        refuse(u"should not be empty"_s);
    QStringList words;
    for (qsizetype i = 0; i < sql.size();) {
        const QChar c = sql.at(i);
        if (c == u'\'') { // a string: skipped, '' stays inside
            ++i;
            while (i < sql.size()) {
                if (sql.at(i) == u'\'' && (i + 1 >= sql.size() || sql.at(i + 1) != u'\''))
                    break;
                i += sql.at(i) == u'\'' ? 2 : 1;
            }
            if (i >= sql.size())
                refuse(u"has a string that never ends"_s);
            ++i;
        } else if (c == u'"') { // a quoted identifier: checked as a word
            const qsizetype end = sql.indexOf(u'"', i + 1);
            if (end < 0)
                refuse(u"has a quoted name that never ends"_s);
            words.append(sql.mid(i + 1, end - i - 1).toLower());
            i = end + 1;
        } else if (c.isLetter() || c == u'_') {
            qsizetype end = i;
            while (end < sql.size() && (sql.at(end).isLetterOrNumber() || sql.at(end) == u'_'))
                ++end;
            words.append(sql.mid(i, end - i).toLower());
            i = end;
        } else if (c == u';') {
            refuse(u"must be a single statement"_s);
        } else if (sql.mid(i, 2) == u"--"_s || sql.mid(i, 2) == u"/*"_s) {
            refuse(u"must not hold comments"_s);
        } else if (c == u'$' || c == u'`' || c == u'[' || c == u'\\') {
            refuse(u"must not use %1"_s.arg(c));
        } else {
            ++i;
        }
    }
    if (words.isEmpty() || words.first() != u"select"_s)
        refuse(u"must be a SELECT"_s);
    for (const QString &word : std::as_const(words)) {
        if (isForbiddenWord(word))
            refuse(u"must not use %1"_s.arg(word));
    }
    return words;
}

/** Every table and view of the database, lower case. */
QSet<QString> knownTables(QSqlDatabase db, bool postgres)
{
    QSqlQuery q(db);
    q.exec(postgres ? u"SELECT table_name AS name FROM information_schema.tables WHERE "
                      u"table_schema NOT IN ('pg_catalog', 'information_schema')"_s
                    : u"SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"_s);
    QSet<QString> names;
    const int column = q.record().indexOf(u"name"_s);
    while (q.next())
        names.insert(q.value(column).toString().toLower());
    return names;
}

void checkTables(const QStringList &words, const QSet<QString> &tables)
{
    const QStringList &allowed = queryableTables();
    for (const QString &word : words) {
        if (tables.contains(word) && !allowed.contains(word))
            refuse(u"may not read %1: only %2"_s.arg(word, allowed.join(u", "_s)));
    }
}

// ---- SQLite: an authorizer and a deadline on the connection ----

struct SqliteGuard
{
    QDeadlineTimer deadline;
};

int authorize(void *, int action, const char *first, const char *second, const char *,
              const char *view)
{
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_READ: {
        const QString table = QString::fromUtf8(first).toLower();
        if (queryableTables().contains(table))
            return SQLITE_OK;
        // The accounts are read through lms_people only, which leaves out every secret.
        if (table == peopleTable && view && QString::fromUtf8(view).toLower() == peopleView)
            return SQLITE_OK;
        return SQLITE_DENY;
    }
    case SQLITE_FUNCTION: {
        const QString function = QString::fromUtf8(second).toLower();
        return isForbiddenWord(function) || function == u"edit"_s ? SQLITE_DENY : SQLITE_OK;
    }
    default:
        return SQLITE_DENY;
    }
}

int pastDeadline(void *data)
{
    return static_cast<SqliteGuard *>(data)->deadline.hasExpired() ? 1 : 0;
}

sqlite3 *sqliteHandle(QSqlDatabase db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/** Most bytes of values one answer carries before it is cut (and marked truncated). */
constexpr qint64 maxResultBytes = 8 * 1024 * 1024;

/** The bytes a value holds in an answer (as text, or as its bytes). */
qint64 sizeOf(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray().size()
                                                   : value.toString().size();
}

/** The rows up to the cap on their number and on their bytes; @p failure gets the error that
 *  stopped the reading (a deadline met between rows ends the rows, it does not complete them). */
QueryResult readRows(QSqlQuery &q, int rowCap, QString &failure)
{
    QueryResult result;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        result.columns.append(record.fieldName(i));
    qint64 bytes = 0;
    while (q.next()) {
        if (result.rows.size() >= rowCap || bytes > maxResultBytes) {
            result.truncated = true;
            break;
        }
        QJsonArray row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = q.value(i);
            bytes += sizeOf(value);
            row.append(QJsonValue::fromVariant(value));
        }
        result.rows.append(row);
    }
    if (q.lastError().isValid())
        failure = q.lastError().databaseText();
    return result;
}

// ---- PostgreSQL: a role that may read the allowed tables and nothing else ----
//
// No reading of the text can stand guard on PostgreSQL: U&"..." spells any name, and functions
// such as ts_stat() or query_to_xml() run SQL given as a string. So the query runs in a session
// of its own, logged in as a role granted SELECT on the allowed tables only: whatever the text
// reaches, PostgreSQL itself refuses every other table. It must be a login of its own: under
// SET ROLE, set_config('role', 'none', ...) inside the query would give the server's own rights
// back to the rest of it.

/** The role Run Query logs in as, and its password (derived from the server's secret, so every
 *  instance sharing the secret logs in with the same one). */
struct QueryRole
{
    QString name;
    QString password;
};

/** Connections the role may hold at once: queries running at the same time, on every instance. */
constexpr int roleConnectionLimit = 10;

QMutex roleMutex;
/** The roles made ready (created or altered, granted) since this process started. */
QSet<QString> &readyRoles()
{
    static QSet<QString> roles;
    return roles;
}

QString quotedName(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

[[noreturn]] void unavailable(const QString &why)
{
    throw ApiError(503, u"Run Query is not available: %1"_s.arg(why));
}

void execute(QSqlDatabase db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        throw DatabaseError(q.lastError(), db.driver());
}

/** The name of the query role of database @p database: one per database, so that two
 *  databases of one cluster never share their grants. */
QString roleNameOf(const QString &database)
{
    static const QString suffix = u"_lms_query"_s;
    QString name;
    for (const QChar c : database.toLower())
        name.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : u'_');
    return name.left(63 - suffix.size()) + suffix;
}

/**
 * The role the query runs as, made ready the first time: created (or its login renewed) with no
 * power but logging in, granted USAGE on the schema and SELECT on the allowed tables, every
 * other grant on the schema's tables taken back. The server's user needs CREATEROLE (or to be a
 * superuser) for this; without it, 503 says what the administrator must do.
 */
QueryRole queryRole(QSqlDatabase main, const QByteArray &secret)
{
    const SqlRow me = Sql(main,
                          u"SELECT current_database() AS db, current_user AS me, current_schema() "
                          u"AS schema, rolsuper, rolcreaterole FROM pg_roles WHERE rolname = "
                          u"current_user"_s)
                              .single();
    QueryRole role;
    role.name = roleNameOf(me.text(u"db"_s));
    role.password = QString::fromLatin1(
            Keys::hmac(secret, "lms-query-role:" + role.name.toUtf8()).toHex());
    QMutexLocker lock(&roleMutex);
    if (readyRoles().contains(role.name))
        return role;
    if (!me.flag(u"rolsuper"_s) && !me.flag(u"rolcreaterole"_s))
        unavailable(u"on PostgreSQL the query runs as a role of its own (%1) that may only read "
                    u"the allowed tables, and the server's database user %2 may not create it. "
                    u"An administrator must grant it that right: ALTER ROLE %2 CREATEROLE"_s.arg(
                            role.name, me.text(u"me"_s)));
    const QString name = quotedName(role.name);
    const QString schema = quotedName(me.text(u"schema"_s));
    try {
        const bool exists = Sql(main, u"SELECT 1 FROM pg_roles WHERE rolname = :name"_s)
                                    .bind(u":name"_s, role.name)
                                    .exists();
        // The password is hexadecimal: written into the statement, it cannot end it.
        const QString login
                = u"LOGIN NOINHERIT CONNECTION LIMIT %1 PASSWORD '%2'"_s.arg(roleConnectionLimit)
                          .arg(role.password);
        Transaction tx(main);
        execute(main,
                exists ? u"ALTER ROLE %1 WITH %2"_s.arg(name, login)
                       : u"CREATE ROLE %1 WITH NOSUPERUSER NOCREATEDB NOCREATEROLE "
                         u"NOREPLICATION NOBYPASSRLS %2"_s.arg(name, login));
        execute(main, u"REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2"_s.arg(schema, name));
        execute(main, u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(schema, name));
        QStringList tables;
        for (const QString &table : queryableTables())
            tables.append(quotedName(table));
        execute(main, u"GRANT SELECT ON %1 TO %2"_s.arg(tables.join(u", "_s), name));
        tx.commit();
    } catch (const DatabaseError &error) {
        unavailable(u"the role %1 could not be made ready: %2"_s.arg(
                role.name, QString::fromStdString(error.what())));
    }
    // A role made by someone else may hold more than this: then it is not used.
    const SqlRow powers
            = Sql(main,
                  u"SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR "
                  u"rolbypassrls AS powerful, EXISTS (SELECT 1 FROM pg_auth_members m WHERE "
                  u"m.member = r.oid) AS member FROM pg_roles r WHERE rolname = :name"_s)
                      .bind(u":name"_s, role.name)
                      .single();
    if (powers.flag(u"powerful"_s) || powers.flag(u"member"_s))
        unavailable(u"the role %1 holds more than logging in (superuser, CREATEROLE, CREATEDB, "
                    u"REPLICATION, BYPASSRLS, or another role's rights). An administrator must "
                    u"drop it (DROP ROLE %1) so that the server makes it again"_s.arg(role.name));
    readyRoles().insert(role.name);
    return role;
}

/** Collects every "Relation Name" of a PostgreSQL plan. */
void relationsOf(const QJsonValue &node, QSet<QString> &into)
{
    if (node.isArray()) {
        for (const QJsonValue &item : node.toArray())
            relationsOf(item, into);
        return;
    }
    const QJsonObject object = node.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"Relation Name"_s)
            into.insert(it.value().toString().toLower());
        else if (it.value().isObject() || it.value().isArray())
            relationsOf(it.value(), into);
    }
}

/**
 * The query wrapped so that no row larger than maxResultBytes is sent: each row carries the
 * bytes of its values (wn_bytes), and a row past the cap comes with its values NULL, so the
 * value is never sent. PostgreSQL still builds it once (at most 1 GB, its own limit on a value),
 * within statement_timeout, and drops it.
 */
QString cappedQuery(const QString &text, int columns)
{
    QStringList names;
    QStringList values;
    QStringList sizes { u"0"_s };
    for (int i = 1; i <= columns; ++i) {
        const QString column = u"c%1"_s.arg(i);
        names.append(column);
        values.append(u"CASE WHEN r.wn_bytes > %1 THEN NULL ELSE r.%2 END"_s.arg(maxResultBytes)
                              .arg(column));
        sizes.append(u"COALESCE(pg_column_size(q.%1), 0)::bigint"_s.arg(column));
    }
    values.append(u"r.wn_bytes"_s);
    // OFFSET 0 keeps each level a subquery of its own: flattened, the planner would put the
    // query's expressions in every place that names them, and build a large value twice.
    return u"SELECT %1 FROM (SELECT q.*, %2 AS wn_bytes FROM (SELECT * FROM (%3) AS wn_query "
           u"OFFSET 0) AS q%4 OFFSET 0) AS r"_s.arg(
                   values.join(u", "_s), sizes.join(u" + "_s), text,
                   columns > 0 ? u"("_s + names.join(u", "_s) + u')' : QString());
}

/** Runs @p text as the query role: READ ONLY, statement_timeout on each statement and a deadline
 *  over them all, the rows fetched one by one from a cursor until a cap is met. */
QueryResult runOnPostgres(QSqlDatabase db, const QString &text, int rowCap, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    if (!db.transaction())
        throw ApiError(503, u"The query role's connection cannot start a transaction"_s);
    QueryResult result;
    QString failure;
    auto run = [&](QSqlQuery &q, const QString &statement) {
        if (failure.isEmpty() && !q.exec(statement))
            failure = q.lastError().databaseText();
        return failure.isEmpty();
    };
    {
        QSqlQuery setup(db);
        run(setup, u"SET TRANSACTION READ ONLY"_s);
        run(setup, u"SET LOCAL statement_timeout = %1"_s.arg(timeoutMs));
    }
    // The plan names what it reads: a refusal that says which table, before anything runs.
    QSet<QString> relations;
    {
        QSqlQuery plan(db);
        if (run(plan, u"EXPLAIN (FORMAT JSON) "_s + text) && plan.next()) {
            const QString json = plan.value(plan.record().indexOf(u"QUERY PLAN"_s)).toString();
            relationsOf(QJsonDocument::fromJson(json.toUtf8()).array(), relations);
        }
    }
    for (const QString &relation : std::as_const(relations)) {
        if (!queryableTables().contains(relation) && relation != peopleTable) {
            db.rollback();
            refuse(u"may not read %1"_s.arg(relation));
        }
    }
    int columns = 0;
    {
        QSqlQuery describe(db);
        if (run(describe, u"SELECT * FROM (%1) AS q LIMIT 0"_s.arg(text))) {
            const QSqlRecord record = describe.record();
            columns = record.count();
            for (int i = 0; i < columns; ++i)
                result.columns.append(record.fieldName(i));
        }
    }
    {
        QSqlQuery declare(db);
        run(declare, u"DECLARE wn_rows NO SCROLL CURSOR FOR "_s + cappedQuery(text, columns));
    }
    qint64 bytes = 0;
    while (failure.isEmpty()) {
        if (deadline.hasExpired()) {
            failure = u"canceling statement due to statement timeout"_s;
            break;
        }
        QSqlQuery fetch(db);
        if (!run(fetch, u"FETCH FORWARD 1 FROM wn_rows"_s) || !fetch.next())
            break;
        if (result.rows.size() >= rowCap || bytes > maxResultBytes) {
            result.truncated = true;
            break;
        }
        const qint64 rowBytes = fetch.value(columns).toLongLong();
        if (rowBytes > maxResultBytes) {
            db.rollback();
            refuse(u"answers a row of %1 bytes: at most %2 are sent"_s.arg(rowBytes).arg(
                    maxResultBytes));
        }
        QJsonArray row;
        for (int i = 0; i < columns; ++i)
            row.append(QJsonValue::fromVariant(fetch.value(i)));
        bytes += rowBytes;
        result.rows.append(row);
    }
    db.rollback();
    if (!failure.isEmpty()) {
        if (failure.contains(u"statement timeout"_s))
            refuse(u"ran past %1 ms and was stopped"_s.arg(timeoutMs));
        if (failure.contains(u"permission denied"_s))
            refuse(u"reads what it may not: %1"_s.arg(failure));
        refuse(u"failed: %1"_s.arg(failure));
    }
    return result;
}

} // namespace

const QStringList &queryableTables()
{
    static const QStringList tables {
        u"lms_categories"_s,
        u"lms_courses"_s,
        u"lms_enrolments"_s,
        u"lms_learners"_s,
        u"lms_enrolment_requests"_s,
        u"talent_verified_courses"_s,
        u"lms_log"_s,
        u"lms_exports"_s,
        peopleView,
        u"companies"_s,
        u"trainings"_s,
        u"training_applications"_s,
        u"jobs"_s,
        u"skills"_s,
        u"talent_skills"_s,
        u"countries"_s,
        u"states"_s,
    };
    return tables;
}

QueryResult runReadOnlyQuery(Database &database, const QString &sql, int rowCap, int timeoutMs,
                             const QByteArray &roleSecret)
{
    const QStringList words = checkText(sql);
    const bool postgres = database.isPostgres();
    // The tables are listed on the server's own connection: the query role sees only its own.
    checkTables(words, knownTables(database.connection(), postgres));
    QString text = sql.trimmed();
    while (text.endsWith(u';'))
        text = text.chopped(1).trimmed();

    if (postgres) {
        const QueryRole role = queryRole(database.connection(), roleSecret);
        QSqlDatabase db
                = database.openReadOnlyConnectionAs(u"lms-query"_s, role.name, role.password);
        if (!db.isOpen()) {
            // Made ready again next time: someone may have dropped or changed the role.
            QMutexLocker lock(&roleMutex);
            readyRoles().remove(role.name);
            unavailable(u"the server cannot log in to PostgreSQL as %1, the role the query runs "
                        u"as: %2. An administrator must let that role connect to this database "
                        u"(pg_hba.conf, with a password)"_s.arg(role.name,
                                                                db.lastError().databaseText()));
        }
        // Closed after each query: Run Query is rare, and the role's connections are few.
        const auto close = qScopeGuard([&db] { db.close(); });
        return runOnPostgres(db, text, rowCap, timeoutMs);
    }

    QSqlDatabase db = database.openReadOnlyConnection(u"lms-query"_s);
    if (!db.isOpen())
        throw ApiError(503, u"The read-only connection cannot be opened"_s);
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        throw ApiError(503, u"The read-only connection cannot be guarded"_s);
    SqliteGuard guard { QDeadlineTimer(timeoutMs) };
    sqlite3_set_authorizer(handle, authorize, nullptr);
    sqlite3_progress_handler(handle, 1000, pastDeadline, &guard);
    // No value larger than a whole answer may be: SQLite would build it before any check.
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, int(maxResultBytes));
    QueryResult result;
    QString failure;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(text))
            result = readRows(q, rowCap, failure);
        else
            failure = q.lastError().databaseText();
    }
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    sqlite3_set_authorizer(handle, nullptr, nullptr);
    if (!failure.isEmpty()) {
        if (guard.deadline.hasExpired())
            refuse(u"ran past %1 ms and was stopped"_s.arg(timeoutMs));
        if (failure.contains(u"not authorized"_s) || failure.contains(u"prohibited"_s))
            refuse(u"reads what it may not: %1"_s.arg(failure));
        refuse(u"failed: %1"_s.arg(failure));
    }
    return result;
}

} // namespace wn
