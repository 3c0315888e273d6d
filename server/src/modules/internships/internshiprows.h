// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace wn {

class Sql;
class Storage;

/** How the internship services read programmes: the SQL they share. */
namespace internshiprows {

/** The columns of a programme as the API shows it (alias i, company c, category k), with its
 *  interns and mentors counted in the same statement. */
QString internshipColumns();
/** "internships i JOIN companies c ... LEFT JOIN internship_categories k ..." */
QString internshipFrom();
/** The programme on the current row of a query selecting internshipColumns(). */
QJsonObject readInternship(const Sql &q, const Storage &storage);

/** The columns of an intern's KPI submission as the API shows it (alias s, KPI k, programme i,
 *  intern u, scorer r), and where they come from. */
QString submissionColumns();
QString submissionFrom();
/** The submission on the current row of a query selecting submissionColumns(). */
QJsonObject readSubmission(const Sql &q, const Storage &storage);

} // namespace internshiprows
} // namespace wn
