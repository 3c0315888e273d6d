// SPDX-License-Identifier: Apache-2.0
#include "testimonialservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/blank.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr auto columns
        = "t.id, t.user_id, t.rating, t.body, t.role_text, t.status, t.rejection_reason, "
          "t.reviewed_at, t.created_at, t.updated_at, u.first_name, u.last_name, u.email";

QJsonObject testimonialJson(const Sql &q, bool withAuthor)
{
    QJsonObject json = jsonOf(
            q,
            { .ids = { u"id"_s, u"user_id"_s, u"rating"_s },
              .texts = { u"body"_s, u"status"_s, u"created_at"_s, u"updated_at"_s },
              .optionalTexts = { u"role_text"_s, u"rejection_reason"_s, u"reviewed_at"_s } });
    if (withAuthor) {
        json.insert(u"author"_s,
                    QJsonObject { { u"id"_s, q.id(u"user_id"_s) },
                                  { u"first_name"_s, q.text(u"first_name"_s) },
                                  { u"last_name"_s, q.text(u"last_name"_s) },
                                  { u"email"_s, q.text(u"email"_s) } });
    }
    return json;
}

} // namespace

TestimonialService::TestimonialService(ServerContext &context)
    : m_context(context)
{ }

QJsonObject TestimonialService::byUser(qint64 userId, bool withAuthor)
{
    Sql q(m_context.db(),
          u"SELECT "_s + QString::fromLatin1(columns)
                  + u" FROM testimonials t JOIN users u ON u.id = t.user_id "
                    u"WHERE t.user_id = :user"_s);
    q.bind(u":user"_s, userId).exec();
    if (!q.next())
        throw ApiError::notFound(withAuthor ? u"This user has not written a testimonial"_s
                                            : u"You have not written a testimonial yet"_s);
    return testimonialJson(q, withAuthor);
}

QJsonObject TestimonialService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const QString now = nowText();
    // The unique user_id turns a second testimonial (even a concurrent one) into no row.
    const std::optional<qint64> id = insertRowIfNew(
            db, u"testimonials"_s,
            { { u"user_id"_s, by.userId },
              { u"rating"_s, input.value(u"rating"_s).toInteger() },
              { u"body"_s, input.value(u"body"_s).toString() },
              { u"role_text"_s, nullIfEmpty(input.value(u"role_text"_s).toString()) },
              { u"status"_s, u"pending"_s },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } },
            u"ON CONFLICT (user_id) DO NOTHING"_s);
    if (!id)
        throw ApiError::conflict(
                u"You have already written a testimonial: update it instead of adding another"_s);
    return byUser(by.userId, false);
}

QJsonObject TestimonialService::mine(const Principal &by)
{
    return byUser(by.userId, false);
}

QJsonObject TestimonialService::updateMine(const Principal &by, const QJsonObject &input)
{
    if (input.isEmpty())
        throw ApiError::badRequest(
                QStringList { u"Send at least one of rating, body and role_text to change"_s });
    refuseBlank(input, { u"body"_s });
    byUser(by.userId, false); // 404 if there is none
    // An edited testimonial has not been read by anyone yet: it waits for approval again.
    SqlChanges()
            .set(u"status"_s, u"pending"_s)
            .set(u"rejection_reason"_s, QVariant(QMetaType::fromType<QString>()))
            .set(u"reviewed_by"_s, QVariant(QMetaType::fromType<qint64>()))
            .set(u"reviewed_at"_s, QVariant(QMetaType::fromType<QString>()))
            .setFrom(input, { u"rating"_s, u"body"_s, u"role_text"_s })
            .write(m_context.db(), u"testimonials"_s, by.userId, u"user_id"_s);
    return byUser(by.userId, false);
}

void TestimonialService::remove(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const std::optional<SqlRow> owner
            = Sql(db, u"SELECT user_id FROM testimonials WHERE id = :id"_s).bind(u":id"_s, id).one();
    // Someone else's testimonial is as invisible as a missing one.
    if (!owner || (owner->id(u"user_id"_s) != by.userId && !by.isAdmin()))
        throw ApiError::notFound(u"Testimonial not found"_s);
    Sql(db, u"DELETE FROM testimonials WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

QJsonObject TestimonialService::list(const QJsonObject &query, int page, int limit)
{
    const QString status = query.value(u"status"_s).toString();
    SqlFilter filter;
    if (!status.isEmpty())
        filter.add(u"t.status = :status"_s, u":status"_s, status);
    return selectPage(
            m_context.db(), QString::fromLatin1(columns),
            u"testimonials t JOIN users u ON u.id = t.user_id"_s, filter,
            u"t.updated_at DESC, t.id DESC"_s, page, limit,
            [](Sql &q) { return testimonialJson(q, true); }, u"testimonials t"_s);
}

QJsonObject TestimonialService::review(const Principal &by, qint64 userId, bool approve,
                                       const QString &reason)
{
    byUser(userId, true); // 404 if this user wrote none
    Sql(m_context.db(),
        u"UPDATE testimonials SET status = :status, rejection_reason = :reason, reviewed_by = "
        u":by, reviewed_at = :now WHERE user_id = :user"_s)
            .bind(u":status"_s, approve ? u"approved"_s : u"rejected"_s)
            .bind(u":reason"_s, approve ? QVariant(QMetaType::fromType<QString>()) : reason)
            .bind(u":by"_s, by.userId)
            .bind(u":now"_s, nowText())
            .bind(u":user"_s, userId)
            .exec();
    return byUser(userId, true);
}

QJsonObject TestimonialService::published(int page, int limit)
{
    SqlFilter filter;
    filter.add(u"t.status = 'approved' AND u.deleted_at IS NULL"_s);
    return selectPage(
            m_context.db(),
            u"t.id, u.first_name, u.last_name, t.role_text, t.rating, t.body, t.reviewed_at"_s,
            u"testimonials t JOIN users u ON u.id = t.user_id"_s, filter,
            u"t.reviewed_at DESC, t.id DESC"_s, page, limit, [](Sql &q) {
                const QString firstName = q.text(u"first_name"_s);
                const QString lastInitial = q.text(u"last_name"_s).trimmed().left(1).toUpper();
                QJsonObject json = jsonOf(q,
                                          { .ids = { u"id"_s, u"rating"_s },
                                            .texts = { u"body"_s },
                                            .optionalTexts = { u"role_text"_s } });
                json.insert(u"first_name"_s, firstName);
                json.insert(u"last_initial"_s, lastInitial);
                json.insert(u"author_name"_s,
                            lastInitial.isEmpty() ? firstName
                                                  : u"%1 %2."_s.arg(firstName, lastInitial));
                json.insert(u"approved_at"_s, q.text(u"reviewed_at"_s));
                return json;
            });
}

} // namespace wn
