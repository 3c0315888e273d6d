// SPDX-License-Identifier: Apache-2.0
// Culture fit: a company's target profile on an instrument, and its applicants ranked by how
// near their latest results come to it.
#include "assessmentrows.h"
#include "assessmentservice.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn {

using namespace assessmentrows;

namespace {

/** The company's target on each category of the instrument that has one, by category id: this
 *  instrument's only, as a target on another one says nothing of this fit. */
QHash<qint64, double> targetsOf(QSqlDatabase db, qint64 companyId, qint64 instrumentId)
{
    QHash<qint64, double> targets;
    Sql q(db,
          u"SELECT t.category_id, t.target FROM assessment_targets t JOIN assessment_categories c "
          u"ON c.id = t.category_id WHERE t.company_id = :company AND c.instrument_id = "
          u":instrument"_s);
    q.bind(u":company"_s, companyId).bind(u":instrument"_s, instrumentId).exec();
    while (q.next())
        targets.insert(q.id(u"category_id"_s), q.number(u"target"_s));
    return targets;
}

} // namespace

QJsonObject AssessmentService::target(const Principal &by, const QString &ref)
{
    QSqlDatabase db = m_context.db();
    const Instrument instrument = visible(db, by, ref);
    const QHash<qint64, double> targets = targetsOf(db, by.companyId.value_or(0), instrument.id);
    QJsonArray rows;
    for (const Category &category : loadCategories(db, instrument.id)) {
        rows.append(QJsonObject { { u"category"_s, category.code },
                                  { u"name"_s, category.name },
                                  { u"target"_s,
                                    targets.contains(category.id)
                                            ? QJsonValue(targets.value(category.id))
                                            : QJsonValue() } });
    }
    return { { u"instrument"_s, instrument.slug }, { u"targets"_s, rows } };
}

QJsonObject AssessmentService::setTarget(const Principal &by, const QString &ref,
                                         const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const Instrument instrument = visible(db, by, ref);
    const qint64 company = companyOf(by);
    QHash<QString, qint64> codes;
    for (const Category &category : loadCategories(db, instrument.id))
        codes.insert(category.code, category.id);
    const QJsonArray targets = input.value(u"targets"_s).toArray();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (!codes.contains(targets.at(i).toObject().value(u"category"_s).toString()))
            throw ApiError::badRequest(QStringList {
                    u"targets[%1].category must be the code of one of the instrument's categories"_s
                            .arg(i) });
    }
    Sql remove(db,
               u"DELETE FROM assessment_targets WHERE company_id = :company AND category_id IN "
               u"(SELECT id FROM assessment_categories WHERE instrument_id = :instrument)"_s);
    remove.bind(u":company"_s, company).bind(u":instrument"_s, instrument.id).exec();
    const QString now = nowText();
    for (const QJsonValue &value : targets) {
        const QJsonObject row = value.toObject();
        insertRow(db, u"assessment_targets"_s,
                  { { u"company_id"_s, company },
                    { u"category_id"_s, codes.value(row.value(u"category"_s).toString()) },
                    { u"target"_s, row.value(u"target"_s).toDouble() },
                    { u"updated_at"_s, now } },
                  onConflictUpdate(u"company_id, category_id"_s, { u"target"_s, u"updated_at"_s }));
    }
    tx.commit();
    return target(by, ref);
}

QJsonObject AssessmentService::rankedApplicants(const Principal &by, const QString &ref, int page,
                                                int limit)
{
    QSqlDatabase db = m_context.db();
    const Instrument instrument = visible(db, by, ref);
    const qint64 company = companyOf(by);
    const QHash<qint64, double> targets = targetsOf(db, company, instrument.id);
    struct Ranked
    {
        QJsonObject row;
        QList<QPair<double, double>> meanAndTarget;
        std::optional<double> fit;
        double percent = 0;
    };
    QHash<qint64, Ranked> byResult;
    QList<qint64> order;
    {
        Sql q(db,
              u"SELECT "_s + resultColumns() + u", u.email FROM "_s + resultFrom()
                      + u" WHERE r.instrument_id = :instrument AND r.latest AND "_s
                      + appliedToCompany(u"r.user_id"_s) + u" AND NOT "_s
                      + withholds(u"r.user_id"_s));
        q.bind(u":instrument"_s, instrument.id).bind(u":company"_s, company).exec();
        while (q.next()) {
            QJsonObject row = resultSummary(q);
            QJsonObject user = row.value(u"user"_s).toObject();
            user.insert(u"email"_s, q.text(u"email"_s));
            row.insert(u"user"_s, user);
            byResult.insert(q.id(u"id"_s), { row, {}, std::nullopt, q.number(u"percent"_s) });
            order.append(q.id(u"id"_s));
        }
    }
    if (!order.isEmpty() && !targets.isEmpty()) {
        Sql q(db,
              u"SELECT result_id, category_id, mean FROM assessment_scores WHERE result_id IN ("_s
                      + Sql::placeholders(u"r"_s, order.size()) + u')');
        q.bindEach(u"r"_s, order).exec();
        while (q.next()) {
            const qint64 category = q.id(u"category_id"_s);
            if (targets.contains(category))
                byResult[q.id(u"result_id"_s)].meanAndTarget.append(
                        { q.number(u"mean"_s), targets.value(category) });
        }
    }
    QList<Ranked> ranked;
    for (qint64 id : std::as_const(order)) {
        Ranked entry = byResult.value(id);
        entry.fit = scoring::fitPercent(entry.meanAndTarget);
        entry.row.insert(u"fit"_s,
                         entry.fit ? QJsonValue(scoring::rounded(*entry.fit)) : QJsonValue());
        ranked.append(entry);
    }
    // By fit when the company has a target, then by the headline score.
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.fit.value_or(-1) != b.fit.value_or(-1))
            return a.fit.value_or(-1) > b.fit.value_or(-1);
        return a.percent > b.percent;
    });
    QJsonArray data;
    for (qsizetype i = qsizetype(page - 1) * limit; i < ranked.size() && data.size() < limit; ++i)
        data.append(ranked.at(i).row);
    QJsonObject json = pageOf(data, page, limit, ranked.size());
    json.insert(u"target_set"_s, !targets.isEmpty());
    return json;
}

} // namespace wn
