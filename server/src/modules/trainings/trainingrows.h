// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

#include "core/sqlpage.h"

namespace wn {

class Sql;
class Storage;

/** How the trainings module reads and writes rows: the SQL both of its services share. */
namespace trainingrows {

using Filter = SqlFilter;

/** One page: a COUNT over @p countFrom, then the rows of @p from; {data, meta}. */
QJsonObject page(QSqlDatabase db, const QString &columns, const QString &from,
                 const QString &countFrom, const Filter &filter, const QString &order,
                 int pageNumber, int limit, const std::function<QJsonObject(Sql &)> &row);

/** The columns of a training as the API shows it (alias t, company c), in one statement: its
 * skills come aggregated as JSON and its taken seats as a count. */
QString trainingColumns(bool postgres);
/** "trainings t JOIN companies c ON c.id = t.company_id" */
QString trainingFrom();
/** The training on the current row of a query selecting trainingColumns(). */
QJsonObject readTraining(const Sql &q, const Storage &storage);

/** The columns of applicant counts per status from the joined subquery applicantCounts(): applied,
 *  accepted, rejected, withdrawn, completed, total and admitted. */
QString countColumns(const QString &alias);
/** A subquery "(...) alias" of each training's applications by status for :company's trainings. */
QString applicantCounts(const QString &alias);
/** {applicants, applied, accepted, rejected, withdrawn, completed, admitted, completion_rate} from
 *  the columns countColumns() names. */
QJsonObject readCounts(const Sql &q);

/** Moves row @p id of @p table from status @p from to @p to, with the @p extra assignments (which
 *  may use :now and :reason), unless it left @p from meanwhile. Whether it moved. */
bool moveStatus(QSqlDatabase db, const QString &table, qint64 id, const QString &from,
                const QString &to, const QString &extra, const QString &now,
                const QVariant &reason = {});

} // namespace trainingrows
} // namespace wn
