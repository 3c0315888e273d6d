// SPDX-License-Identifier: Apache-2.0
#include "readonlyquery.h"

#include "core/database.h"

#include <wn/common/apierror.h>

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
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

/** The rows up to the cap on their number and on their bytes; @p failure gets the error that
 *  stopped the reading (a deadline met between rows ends the rows, it does not complete them). */
/** Most bytes of values one answer carries before it is cut (and marked truncated). */
constexpr qint64 maxResultBytes = 8 * 1024 * 1024;

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
            bytes += value.typeId() == QMetaType::QByteArray ? value.toByteArray().size()
                                                             : value.toString().size();
            row.append(QJsonValue::fromVariant(value));
        }
        result.rows.append(row);
    }
    if (q.lastError().isValid())
        failure = q.lastError().databaseText();
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

QueryResult runReadOnlyQuery(Database &database, const QString &sql, int rowCap, int timeoutMs)
{
    const QStringList words = checkText(sql);
    QSqlDatabase db = database.openReadOnlyConnection(u"lms-query"_s);
    if (!db.isOpen())
        throw ApiError(503, u"The read-only connection cannot be opened"_s);
    const bool postgres = database.isPostgres();
    checkTables(words, knownTables(db, postgres));
    QString text = sql.trimmed();
    while (text.endsWith(u';'))
        text = text.chopped(1).trimmed();

    if (!postgres) {
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

    // PostgreSQL: a READ ONLY transaction (the session's default too), a timeout, and a plan
    // that reads only the allowed tables (lms_people reads users, the view's own table).
    if (!db.transaction())
        throw ApiError(503, u"The read-only connection cannot start a transaction"_s);
    QueryResult result;
    QString failure;
    {
        QSqlQuery q(db);
        q.exec(u"SET TRANSACTION READ ONLY"_s);
        q.exec(u"SET LOCAL statement_timeout = %1"_s.arg(timeoutMs));
        QSet<QString> relations;
        bool planned = false;
        {
            QSqlQuery plan(db);
            if (plan.exec(u"EXPLAIN (FORMAT JSON) "_s + text) && plan.next()) {
                planned = true;
                const QString json = plan.value(plan.record().indexOf(u"QUERY PLAN"_s)).toString();
                relationsOf(QJsonDocument::fromJson(json.toUtf8()).array(), relations);
            } else {
                failure = plan.lastError().databaseText();
            }
        }
        if (planned) {
            for (const QString &relation : std::as_const(relations)) {
                if (!queryableTables().contains(relation) && relation != peopleTable) {
                    db.rollback();
                    refuse(u"may not read %1"_s.arg(relation));
                }
            }
            QSqlQuery run(db);
            run.setForwardOnly(true);
            if (run.exec(text))
                result = readRows(run, rowCap, failure);
            else
                failure = run.lastError().databaseText();
        }
    }
    db.rollback();
    if (!failure.isEmpty()) {
        if (failure.contains(u"statement timeout"_s))
            refuse(u"ran past %1 ms and was stopped"_s.arg(timeoutMs));
        refuse(u"failed: %1"_s.arg(failure));
    }
    return result;
}

} // namespace wn
