// SPDX-License-Identifier: Apache-2.0
// Sql, the one way a statement runs: kept prepared per connection, values bound by name, and the
// columns of its result read by name (database.h).
#include "database.h"
#include "logging.h"

#include <wn/common/apierror.h>

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <utility>

using namespace Qt::StringLiterals;

namespace wn {

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

Sql &Sql::execChanging(const ApiError &refusal)
{
    exec();
    if (m_query->numRowsAffected() == 0)
        throw refusal;
    return *this;
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

QVariant nullIfNotNumber(const QJsonValue &value)
{
    return value.isDouble() ? QVariant(value.toInteger()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant storedValue(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger();
    return nullIfEmpty(value.toString());
}

QString Sql::placeholders(const QString &prefix, qsizetype count)
{
    // An empty list still makes valid SQL: NULL matches no row, and PostgreSQL refuses "IN ()".
    if (count == 0)
        return u"NULL"_s;
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

} // namespace wn
