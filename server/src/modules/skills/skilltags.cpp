// SPDX-License-Identifier: Apache-2.0
#include "skilltags.h"

#include "core/database.h"

#include <wn/common/apierror.h>

using namespace Qt::StringLiterals;

namespace wn::skilltags {

QList<qint64> distinctIds(const QJsonArray &values)
{
    QList<qint64> ids;
    for (const QJsonValue &value : values) {
        if (!ids.contains(value.toInteger()))
            ids.append(value.toInteger());
    }
    return ids;
}

QList<qint64> notActive(QSqlDatabase db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    Sql known(db,
              u"SELECT id FROM skills WHERE active = TRUE AND id IN (%1)"_s.arg(
                      Sql::placeholders(u"id"_s, ids.size())));
    known.bindEach(u"id"_s, ids).exec();
    const QList<qint64> active = known.takeIds();
    QList<qint64> missing;
    for (qint64 id : ids) {
        if (!active.contains(id))
            missing.append(id);
    }
    return missing;
}

void replace(QSqlDatabase db, const QString &table, const QString &recordColumn, qint64 recordId,
             const QList<qint64> &ids)
{
    Sql(db, u"DELETE FROM %1 WHERE %2 = :record"_s.arg(table, recordColumn))
            .bind(u":record"_s, recordId)
            .exec();
    Sql insert(db,
               u"INSERT INTO %1 (%2, skill_id) VALUES (:record, :skill)"_s.arg(table, recordColumn));
    for (qint64 skill : ids)
        insert.bind(u":record"_s, recordId).bind(u":skill"_s, skill).exec();
}

void writeSkillIds(QSqlDatabase db, const QString &table, const QString &recordColumn,
                   qint64 recordId, const QJsonObject &input)
{
    if (!input.contains(u"skill_ids"_s))
        return;
    const QList<qint64> ids = distinctIds(input.value(u"skill_ids"_s).toArray());
    const QList<qint64> inactive = notActive(db, ids);
    if (!inactive.isEmpty())
        throw ApiError::badRequest(QStringList {
                u"skill_ids must hold ids of active skills (%1 is not)"_s.arg(inactive.first()) });
    replace(db, table, recordColumn, recordId, ids);
}

} // namespace wn::skilltags
