// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scoring.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace wn {

struct Principal;
struct Instrument;
class Sql;

/** How the assessment engine's files read and write rows: the pieces they share. */
namespace assessmentrows {

/** Admins and super admins: those who edit the platform's banks. */
bool isAdmin(const Principal &principal);

/** One category as the engine shows and scores it. */
struct Category
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString code;
    QString name;
    QString description;
    QString lowText;
    QString midText;
    QString highText;
};
/** The instrument's categories, domains before their facets, in their order. */
QList<Category> loadCategories(QSqlDatabase db, qint64 instrumentId);
QJsonObject categoryJson(const Category &category);

/** "q.id, q.type, ..." of a question aliased q. */
QString questionColumns();
/** The question on the current row of a query selecting questionColumns(): with its keys
 *  (correct options, weights, reverse keying, pair) for a bank's editors, or without for a taker. */
QJsonObject questionJson(const Sql &row, bool withKeys);
/** The question as scoring needs it. */
scoring::Item itemOf(const Sql &row);

/**
 * Checks a question's input (type, options and their keys) and writes it: a new row when @p id
 * is 0, else the fields @p input holds. @p prefix names the fields in messages
 * ("questions[2].options"). The question's id.
 */
qint64 writeQuestion(QSqlDatabase db, const Instrument &instrument, const QJsonObject &input,
                     qint64 id = 0, const QString &prefix = {},
                     std::optional<qint64> passageId = std::nullopt, const QString &seedKey = {});

/** The company @p principal acts for; 403 for a company account that has none. */
qint64 companyOf(const Principal &principal);

/** Whether @p viewer may see @p talentId's results on an instrument of @p instrumentCompany (none:
 *  the platform's): the talent, platform staff, or a company's staff (with applications.read) for
 *  its own instrument, or for the platform's when the talent applied to the company. */
bool maySeeTalent(QSqlDatabase db, const Principal &viewer, qint64 talentId,
                  std::optional<qint64> instrumentCompany = std::nullopt);

/** The SQL condition (on a user id column) that keeps the talents who applied to :company. */
QString appliedToCompany(const QString &userColumn);
/** The SQL condition (on results r) that keeps what :company's staff may see:
 *  every result on its own banks, and its applicants' results on the platform's banks. */
QString companyMaySee();

/** A whole number of the input as stored: NULL when it is null or absent. */
QVariant storedInteger(const QJsonValue &value);

/** @p text without case or surrounding space, for unique names. */
QString nameKey(const QString &text);

} // namespace assessmentrows
} // namespace wn
