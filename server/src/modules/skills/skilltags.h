// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace wn {

/** @brief The skills a record (a job, a training, a cohort) is tagged with: rows of the record's
 *  id and a skill_id in a table of the record's own. */
namespace skilltags {

/** The ids in @p values, each once, in the order first given. */
QList<qint64> distinctIds(const QJsonArray &values);
/** Those of @p ids that are not active skills, in their order (one query). */
QList<qint64> notActive(QSqlDatabase db, const QList<qint64> &ids);
/** Tags record @p recordId (@p recordColumn of @p table) with @p ids instead of what it had.
 *  @p table and @p recordColumn come from the code, never from a request. */
void replace(QSqlDatabase db, const QString &table, const QString &recordColumn, qint64 recordId,
             const QList<qint64> &ids);
/** replace()s the record's skills with the @p input's skill_ids, when it has them; 400 naming
 *  the first that is not an active skill. */
void writeSkillIds(QSqlDatabase db, const QString &table, const QString &recordColumn,
                   qint64 recordId, const QJsonObject &input);

} // namespace skilltags

} // namespace wn
