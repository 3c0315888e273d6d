// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scoring.h"

#include <QDateTime>
#include <QHash>
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
class SqlRow;

/** How the assessment engine's files read and write rows: the pieces they share. */
namespace assessmentrows {

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
/** The id of the instrument's category of @p code; none when it has no such category. */
std::optional<qint64> categoryId(QSqlDatabase db, qint64 instrumentId, const QString &code);
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
 *  its own instrument, or for the platform's as the talent's setting allows (platformResultsShown). */
bool maySeeTalent(QSqlDatabase db, const Principal &viewer, qint64 talentId,
                  std::optional<qint64> instrumentCompany = std::nullopt);
/** Whether @p viewer may know of @p talentId at all: maySeeTalent(), or the talent applied to the
 *  viewer's company (whose results may still be private). */
bool knowsTalent(QSqlDatabase db, const Principal &viewer, qint64 talentId);

/** The SQL condition (on a user id column) that keeps the talents who applied to :company. */
QString appliedToCompany(const QString &userColumn);
/** The SQL condition (on a user id column) that keeps the talents whose platform results :company
 *  may see: those who show them to every employer, and its applicants unless they keep them
 *  private (talent_profiles.assessment_visibility). */
QString platformResultsShown(const QString &userColumn);
/** The SQL condition (on a user id column) that keeps the talents who keep their results private. */
QString withholds(const QString &userColumn);
/** The SQL condition (on results r) that keeps what :company's staff may see:
 *  every result on its own banks, and on the platform's those platformResultsShown() keeps. */
QString companyMaySee();
/** As companyMaySee(), but on the platform's banks only its applicants who do not keep their
 *  results private: what a company's reports count. */
QString companyApplicantsOnly();

// ---- Attempts and results ----

/** A time as stored (nowText, timeText). */
QDateTime timeOf(const QString &text);
/** The questions of @p ids as scoring items, in any order. */
QList<scoring::Item> itemsOf(QSqlDatabase db, const QList<qint64> &ids);
/** The attempt's answers by question id, as given. */
QHash<qint64, QJsonObject> answersOf(QSqlDatabase db, qint64 attemptId);

/** Scores the attempt on @p attempt's row (an attempt of assessmentattempts.cpp) and stores its
 *  result, in the caller's transaction; the result's id. */
qint64 scoreAndStore(QSqlDatabase db, const SqlRow &attempt, const QString &now);

/** The columns of a result as listed (alias r, instrument i, user u), and where they come from. */
QString resultColumns();
QString resultFrom();
/** A result as a list shows it, from a row (Sql or SqlRow) selecting resultColumns(). */
template<typename Row>
QJsonObject resultSummary(const Row &row)
{
    using namespace Qt::StringLiterals;
    return { { u"id"_s, row.id(u"id"_s) },
             { u"attempt_id"_s, row.id(u"attempt_id"_s) },
             { u"instrument"_s,
               QJsonObject { { u"id"_s, row.id(u"instrument_id"_s) },
                             { u"slug"_s, row.text(u"slug"_s) },
                             { u"title"_s, row.text(u"title"_s) } } },
             { u"user"_s,
               QJsonObject { { u"id"_s, row.id(u"user_id"_s) },
                             { u"first_name"_s, row.text(u"first_name"_s) },
                             { u"last_name"_s, row.text(u"last_name"_s) } } },
             { u"percent"_s, row.numberOrNull(u"percent"_s) },
             { u"latest"_s, row.flag(u"latest"_s) },
             { u"submitted_at"_s, row.text(u"created_at"_s) } };
}

} // namespace assessmentrows
} // namespace wn
