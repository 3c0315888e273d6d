// SPDX-License-Identifier: Apache-2.0
// The query plan audit (QueryPlanAudit in database.h): SQLite's plans checked for full scans of
// the tables that grow with the business, while tests switch it on.
#include "database.h"
#include "logging.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

struct PlanAuditState
{
    QMutex mutex;
    QStringList tables;
    QStringList found;
};

std::atomic<bool> planAuditOn { false };

PlanAuditState &planAudit()
{
    static PlanAuditState state;
    return state;
}

/** The table each name in FROM and JOIN clauses stands for: aliases and the tables themselves. */
QHash<QString, QString> tableAliases(const QString &statement)
{
    static const QRegularExpression source(
            uR"((?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(?!WHERE\b|ON\b|JOIN\b|LEFT\b|INNER\b|ORDER\b|GROUP\b|LIMIT\b|USING\b)(\w+))?)"_s,
            QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QString> names;
    for (auto it = source.globalMatch(statement); it.hasNext();) {
        const auto match = it.next();
        names.insert(match.captured(1).toLower(), match.captured(1).toLower());
        if (!match.captured(2).isEmpty())
            names.insert(match.captured(2).toLower(), match.captured(1).toLower());
    }
    return names;
}

} // namespace

void QueryPlanAudit::start(const QStringList &tables)
{
    QMutexLocker lock(&planAudit().mutex);
    planAudit().tables = tables;
    planAudit().found.clear();
    planAuditOn = true;
}

QStringList QueryPlanAudit::stop()
{
    QMutexLocker lock(&planAudit().mutex);
    planAuditOn = false;
    return std::exchange(planAudit().found, {});
}

bool QueryPlanAudit::active()
{
    return planAuditOn.load(std::memory_order_relaxed);
}

void QueryPlanAudit::check(const QSqlQuery &query, const QString &statement)
{
    const QString head = statement.trimmed().section(u' ', 0, 0).toUpper();
    if (query.driver()->dbmsType() != QSqlDriver::SQLite
        || (head != u"SELECT"_s && head != u"WITH"_s))
        return;
    // A query of the driver's own, on the same connection: it sees what the statement sees.
    QSqlQuery explain(query.driver()->createResult());
    if (!explain.prepare(u"EXPLAIN QUERY PLAN "_s + statement))
        return;
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i)
        explain.bindValue(int(i), values.at(i));
    if (!explain.exec())
        return;
    static const QRegularExpression fullScan(uR"(^SCAN (\w+)$)"_s);
    const QHash<QString, QString> names = tableAliases(statement);
    QMutexLocker lock(&planAudit().mutex);
    while (explain.next()) {
        const QString step = explain.value(3).toString();
        const auto match = fullScan.match(step);
        if (!match.hasMatch())
            continue;
        const QString table = names.value(match.captured(1).toLower(), match.captured(1).toLower());
        if (planAudit().tables.contains(table))
            planAudit().found.append(u"%1: %2 — %3"_s.arg(table, step, statement.simplified()));
    }
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString nameKey(const QString &name)
{
    return name.simplified().toLower();
}

} // namespace wn
