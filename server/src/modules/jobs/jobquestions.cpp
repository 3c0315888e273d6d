// SPDX-License-Identifier: Apache-2.0
#include "jobsservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/blank.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

QJsonArray JobsService::questions(const Principal *viewer, qint64 jobId)
{
    byId(viewer, jobId); // visibility
    Sql q(m_context.db(),
          u"SELECT p.id, p.question, p.kind, p.options, jq.required FROM job_questions jq "
          "JOIN prequalification_questions p ON p.id = jq.question_id WHERE jq.job_id = :job ORDER BY jq.position"_s);
    q.bind(u":job"_s, jobId).exec();
    QJsonArray out;
    // The expected answers stay with the employer: applicants see the questions only.
    while (q.next()) {
        out.append(QJsonObject {
                { u"id"_s, q.id(u"id"_s) },
                { u"question"_s, q.text(u"question"_s) },
                { u"kind"_s, q.text(u"kind"_s) },
                { u"options"_s, QJsonDocument::fromJson(q.text(u"options"_s).toUtf8()).array() },
                { u"required"_s, q.flag(u"required"_s) } });
    }
    return out;
}

QuestionsService::QuestionsService(ServerContext &context)
    : m_context(context)
{ }

namespace {

QJsonObject questionJson(const Sql &q)
{
    QJsonObject json
            = jsonOf(q,
                     { .ids = { u"id"_s },
                       .texts = { u"question"_s, u"kind"_s, u"created_at"_s, u"updated_at"_s },
                       .optionalTexts = { u"expected_answer"_s },
                       .optionalIntegers = { u"company_id"_s },
                       .flags = { u"active"_s } });
    json.insert(u"scope"_s, q.isNull(u"company_id"_s) ? u"platform"_s : u"company"_s);
    json.insert(u"options"_s, QJsonDocument::fromJson(q.text(u"options"_s).toUtf8()).array());
    return json;
}

constexpr auto questionColumns = "id, company_id, question, kind, options, expected_answer, "
                                 "active, created_at, updated_at";

void checkQuestion(const QJsonObject &input, const QString &kind)
{
    const QJsonArray options = input.value(u"options"_s).toArray();
    if (kind == u"single_choice"_s && options.size() < 2)
        throw ApiError::badRequest(QStringList {
                u"options must list at least 2 choices for a single_choice question"_s });
    if (input.contains(u"expected_answer"_s) && kind == u"single_choice"_s
        && !options.contains(input.value(u"expected_answer"_s)))
        throw ApiError::badRequest(QStringList { u"expected_answer must be one of the options"_s });
    if (input.contains(u"expected_answer"_s) && kind == u"yes_no"_s
        && input.value(u"expected_answer"_s) != u"yes"_s
        && input.value(u"expected_answer"_s) != u"no"_s)
        throw ApiError::badRequest(
                QStringList { u"expected_answer must be yes or no for a yes_no question"_s });
}

} // namespace

QJsonObject QuestionsService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const bool platform = by.isAdmin();
    const QString kind = input.value(u"kind"_s).toString();
    checkQuestion(input, kind);
    const QString now = nowText();
    const qint64 id = insertRowReturningId(
            db, u"prequalification_questions"_s,
            { { u"company_id"_s,
                platform ? QVariant(QMetaType::fromType<qint64>()) : QVariant(*by.companyId) },
              { u"question"_s, input.value(u"question"_s).toString() },
              { u"kind"_s, kind },
              { u"options"_s,
                QString::fromUtf8(json::compact(input.value(u"options"_s).toArray())) },
              { u"expected_answer"_s, input.value(u"expected_answer"_s).toVariant() },
              { u"active"_s, true },
              { u"created_by"_s, by.userId },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
    return one(by, id);
}

QJsonObject QuestionsService::list(const Principal &by, int page, int limit)
{
    // Everyone sees the platform's questions; a company also sees its own.
    SqlFilter filter;
    filter.add(u"deleted_at IS NULL"_s);
    if (by.companyId)
        filter.add(u"(company_id IS NULL OR company_id = :company)"_s, u":company"_s, *by.companyId);
    else
        filter.add(u"company_id IS NULL"_s);
    return selectPage(m_context.db(), QLatin1StringView(questionColumns),
                      u"prequalification_questions"_s, filter, u"id"_s, page, limit,
                      [](Sql &q) { return questionJson(q); });
}

QJsonObject QuestionsService::one(const Principal &by, qint64 id)
{
    Sql q(m_context.db(),
          u"SELECT %1 FROM prequalification_questions WHERE id = :id AND deleted_at IS NULL"_s.arg(
                  QLatin1StringView(questionColumns)));
    q.bind(u":id"_s, id).exec();
    if (!q.next()
        || (!q.isNull(u"company_id"_s) && (!by.companyId || *by.companyId != q.id(u"company_id"_s))))
        throw ApiError::notFound(u"Question not found"_s);
    return questionJson(q);
}

void QuestionsService::requireEditable(const Principal &by, qint64 id)
{
    const QJsonObject question = one(by, id);
    const bool platform = question.value(u"scope"_s).toString() == u"platform"_s;
    const bool admin = by.isAdmin();
    if (platform && !admin)
        throw ApiError::forbidden(u"Only admins edit the platform's questions"_s);
}

QJsonObject QuestionsService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    refuseBlank(input, { u"question"_s });
    QSqlDatabase db = m_context.db();
    requireEditable(by, id);
    const QJsonObject current = one(by, id);
    QJsonObject merged = current;
    for (auto it = input.begin(); it != input.end(); ++it)
        merged.insert(it.key(), it.value());
    checkQuestion(merged, merged.value(u"kind"_s).toString());
    Transaction tx(db);
    SqlChanges changes;
    changes.setFrom(input, { u"question"_s, u"kind"_s, u"expected_answer"_s, u"active"_s },
                    [](const QString &, const QJsonValue &value) { return value.toVariant(); });
    if (input.contains(u"options"_s))
        changes.set(u"options"_s,
                    QString::fromUtf8(json::compact(input.value(u"options"_s).toArray())));
    changes.write(db, u"prequalification_questions"_s, id);
    tx.commit();
    return one(by, id);
}

void QuestionsService::remove(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    requireEditable(by, id);
    // Jobs that ask it keep their history; it just stops being offered.
    Sql(db,
        u"UPDATE prequalification_questions SET deleted_at = :now, active = FALSE WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .exec();
}

} // namespace wn
