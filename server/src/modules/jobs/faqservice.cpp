// SPDX-License-Identifier: Apache-2.0
#include "faqservice.h"

#include "core/database.h"
#include "core/http/blank.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"

#include <wn/common/apierror.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

FaqService::FaqService(ServerContext &context)
    : m_context(context)
{ }

qint64 FaqService::insert(QSqlDatabase db, const QJsonObject &faq, qint64 position)
{
    const QString now = nowText();
    return insertRowReturningId(db, u"faqs"_s,
                                { { u"category"_s, faq.value(u"category"_s).toString() },
                                  { u"question"_s, faq.value(u"question"_s).toString() },
                                  { u"answer"_s, faq.value(u"answer"_s).toString() },
                                  { u"position"_s, position },
                                  { u"active"_s, true },
                                  { u"created_at"_s, now },
                                  { u"updated_at"_s, now } });
}

void FaqService::seed()
{
    QSqlDatabase db = m_context.db();
    Sql count(db, u"SELECT COUNT(*) FROM faqs"_s);
    if (count.scalar().toInt() > 0)
        return; // admins own the FAQ once it exists
    QFile file(u":/reference/faqs.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    Transaction tx(db);
    int position = 0;
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : entries)
        insert(db, value.toObject(), position++);
    tx.commit();
}

QJsonObject FaqService::shown(const QString &category)
{
    Sql q(m_context.db(),
          category.isEmpty()
                  ? u"SELECT id, category, question, answer FROM faqs WHERE active = TRUE ORDER BY position, id"_s
                  : u"SELECT id, category, question, answer FROM faqs WHERE active = TRUE AND category = :c ORDER BY position, id"_s);
    if (!category.isEmpty())
        q.bind(u":c"_s, category);
    q.exec();
    QJsonArray data;
    while (q.next())
        data.append(jsonOf(
                q, { .ids = { u"id"_s }, .texts = { u"category"_s, u"question"_s, u"answer"_s } }));
    return { { u"data"_s, data } };
}

QJsonObject FaqService::add(const QJsonObject &input)
{
    QJsonObject out = input;
    out.insert(u"id"_s, insert(m_context.db(), input, input.value(u"position"_s).toInteger(1000)));
    return out;
}

QJsonObject FaqService::update(qint64 id, const QJsonObject &input)
{
    refuseBlank(input, { u"category"_s, u"question"_s, u"answer"_s });
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    if (!Sql(db, u"SELECT 1 FROM faqs WHERE id = :id"_s).bind(u":id"_s, id).exists())
        throw ApiError::notFound(u"FAQ entry not found"_s);
    SqlChanges()
            .setFrom(input,
                     { u"category"_s, u"question"_s, u"answer"_s, u"position"_s, u"active"_s },
                     [](const QString &, const QJsonValue &value) { return value.toVariant(); })
            .write(db, u"faqs"_s, id);
    const SqlRow faq = Sql(db,
                           u"SELECT id, category, question, answer, position, active FROM faqs "
                           u"WHERE id = :id"_s)
                               .bind(u":id"_s, id)
                               .single();
    tx.commit();
    return jsonOf(faq,
                  { .ids = { u"id"_s, u"position"_s },
                    .texts = { u"category"_s, u"question"_s, u"answer"_s },
                    .flags = { u"active"_s } });
}

} // namespace wn
