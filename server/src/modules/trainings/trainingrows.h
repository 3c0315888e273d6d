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
#include "modules/applications/applicationflow.h"

namespace wn {

class Sql;
class Storage;

/** How the trainings module reads and writes rows: the SQL both of its services share. */
namespace trainingrows {

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

} // namespace trainingrows
} // namespace wn
