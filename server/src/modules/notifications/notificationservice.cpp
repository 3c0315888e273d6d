// SPDX-License-Identifier: Apache-2.0
#include "notificationservice.h"

#include "core/database.h"
#include "core/events/eventbus.h"
#include "core/logging.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"

#include <wn/common/json.h>
#include <wn/common/notifications.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr auto columns = "id, type, title, body, data, read_at, created_at";

QJsonObject rowJson(const Sql &q)
{
    // read_at is NULL or a time, never empty.
    QJsonObject json = jsonOf(q,
                              { .ids = { u"id"_s },
                                .texts = { u"type"_s, u"title"_s, u"body"_s, u"created_at"_s },
                                .optionalTexts = { u"read_at"_s } });
    json.insert(u"data"_s, QJsonDocument::fromJson(q.text(u"data"_s).toUtf8()).object());
    json.insert(u"read"_s, !q.isNull(u"read_at"_s));
    return json;
}

} // namespace

NotificationService::NotificationService(ServerContext &context)
    : m_context(context)
{ }

QJsonObject NotificationService::create(QSqlDatabase db, qint64 userId, const QString &type,
                                        const QJsonObject &data, const QString &ownText)
{
    // The words are written from the facts in one place the client shares (it shows them in its
    // reader's language); stored here in English for every other reader.
    const NotificationWords words = notificationWords(type, data, { type, ownText });
    const QString &title = words.title;
    const QString &body = words.body;
    const QString now = nowText();
    const qint64 id = insertRowReturningId(db, u"notifications"_s,
                                           { { u"user_id"_s, userId },
                                             { u"type"_s, type },
                                             { u"title"_s, title.left(200) },
                                             { u"body"_s, body.left(1000) },
                                             { u"data"_s, QString::fromUtf8(json::compact(data)) },
                                             { u"created_at"_s, now } });
    return { { u"id"_s, id },
             { u"type"_s, type },
             { u"title"_s, title.left(200) },
             { u"body"_s, body.left(1000) },
             { u"data"_s, data },
             { u"read"_s, false },
             { u"read_at"_s, QJsonValue::Null },
             { u"created_at"_s, now } };
}

void NotificationService::publish(qint64 userId, const QJsonObject &notification)
{
    m_context.events->publish(userId, u"notification"_s, notification);
}

QJsonObject NotificationService::notify(qint64 userId, const QString &type, const QJsonObject &data)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const QJsonObject notification = create(db, userId, type, data);
    tx.commit();
    publish(userId, notification);
    return notification;
}

void NotificationService::notifyAll(const QList<Note> &notes)
{
    if (notes.isEmpty())
        return;
    QSqlDatabase db = m_context.db();
    QList<QJsonObject> stored;
    stored.reserve(notes.size());
    Transaction tx(db);
    for (const Note &note : notes)
        stored.append(create(db, note.userId, note.type, note.data));
    tx.commit();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        try {
            publish(notes.at(i).userId, stored.at(i));
        } catch (const std::exception &error) {
            qCWarning(lcServer) << "notification" << stored.at(i).value(u"id"_s).toInteger()
                                << "stored but not pushed:" << error.what();
        }
    }
}

QJsonObject NotificationService::list(qint64 userId, const QJsonObject &query, int page, int limit)
{
    SqlFilter filter;
    filter.add(u"user_id = :user"_s, u":user"_s, userId);
    if (query.contains(u"read"_s))
        filter.add(query.value(u"read"_s).toBool() ? u"read_at IS NOT NULL"_s
                                                   : u"read_at IS NULL"_s);
    filter.addEqual(query, u"type"_s, u"type"_s);
    return selectPage(m_context.db(), QLatin1StringView(columns), u"notifications"_s, filter,
                      u"id DESC"_s, page, limit, [](Sql &q) { return rowJson(q); });
}

int NotificationService::markRead(qint64 userId, const QList<qint64> &ids)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    int updated = 0;
    const QString now = nowText();
    for (qint64 id : ids) {
        Sql q(db,
              u"UPDATE notifications SET read_at = :now WHERE id = :id AND user_id = :user AND read_at IS NULL"_s);
        q.bind(u":now"_s, now).bind(u":id"_s, id).bind(u":user"_s, userId).exec();
        updated += q.rowsAffected();
    }
    tx.commit();
    return updated;
}

int NotificationService::markAllRead(qint64 userId)
{
    Sql q(m_context.db(),
          u"UPDATE notifications SET read_at = :now WHERE user_id = :user AND read_at IS NULL"_s);
    q.bind(u":now"_s, nowText()).bind(u":user"_s, userId).exec();
    return q.rowsAffected();
}

QJsonObject NotificationService::stats(qint64 userId)
{
    Sql q(m_context.db(),
          u"SELECT type, COUNT(*) AS total, SUM(CASE WHEN read_at IS NULL THEN 1 ELSE 0 END) "
          "AS unread FROM notifications WHERE user_id = :user GROUP BY type ORDER BY type"_s);
    q.bind(u":user"_s, userId).exec();
    qint64 total = 0;
    qint64 unread = 0;
    QJsonObject byType;
    while (q.next()) {
        total += q.id(u"total"_s);
        unread += q.id(u"unread"_s);
        byType.insert(q.text(u"type"_s),
                      QJsonObject { { u"total"_s, q.id(u"total"_s) },
                                    { u"unread"_s, q.id(u"unread"_s) } });
    }
    return { { u"total"_s, total },
             { u"unread"_s, unread },
             { u"read"_s, total - unread },
             { u"by_type"_s, byType } };
}

} // namespace wn
