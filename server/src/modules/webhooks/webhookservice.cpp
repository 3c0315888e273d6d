// SPDX-License-Identifier: Apache-2.0
#include "webhookservice.h"

#include "core/auth/keys.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "webhooktarget.h"

#include <wn/common/apierror.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr int maxEndpointsPerCompany = 20;

QString newSecret()
{
    return u"whsec_"_s + QString::fromLatin1(Keys::random(24).toBase64());
}

} // namespace

WebhookService::WebhookService(ServerContext &context)
    : m_context(context)
{ }

const QList<WebhookEvent> &WebhookService::events()
{
    static const QList<WebhookEvent> catalog {
        { u"application.created"_s, u"A talent applied to one of your jobs"_s },
        { u"application.status_changed"_s,
          u"An application moved on: shortlisted, interviewed, offered, hired or rejected"_s },
        { u"application.withdrawn"_s, u"A talent withdrew an application"_s },
        { u"job.published"_s, u"One of your job posts was published"_s },
        { u"job.closed"_s, u"One of your job posts was closed"_s },
        { u"training.application.created"_s, u"A talent applied to one of your trainings"_s },
        { u"sponsorship.application.created"_s,
          u"A talent applied to one of your sponsorship programmes"_s },
        { u"assessment.completed"_s, u"A candidate completed one of your assessments"_s },
        { u"employee.joined"_s, u"A staff member accepted your invitation"_s },
        { u"test.ping"_s, u"A test event, sent when you ask for one"_s },
    };
    return catalog;
}

QStringList WebhookService::eventNames()
{
    QStringList names;
    for (const WebhookEvent &event : events())
        names.append(event.name);
    return names;
}

QByteArray WebhookService::signature(const QString &secret, const QString &messageId,
                                     qint64 timestamp, const QByteArray &body)
{
    const QByteArray key = QByteArray::fromBase64(secret.mid(secret.indexOf(u'_') + 1).toLatin1());
    const QByteArray content
            = messageId.toUtf8() + '.' + QByteArray::number(timestamp) + '.' + body;
    return "v1," + Keys::hmac(key, content).toBase64();
}

// ---- Endpoints ----

qint64 WebhookService::companyOf(const Principal &by)
{
    if (!by.companyId)
        throw ApiError::forbidden(u"Only company accounts have webhooks"_s);
    return *by.companyId;
}

namespace {

const QString endpointColumns
        = u"id, url, description, enabled, disabled_reason, created_at, updated_at"_s;

/** An endpoint from a row of endpointColumns, without its events. */
QJsonObject endpointFromRow(const Sql &q)
{
    return jsonOf(q,
                  { .ids = { u"id"_s },
                    .texts = { u"url"_s, u"created_at"_s, u"updated_at"_s },
                    .optionalTexts = { u"description"_s, u"disabled_reason"_s },
                    .flags = { u"enabled"_s } });
}

/** Adds "events" to each endpoint of @p endpoints, from one query for all of them. */
void addSubscribedEvents(QSqlDatabase db, QJsonArray &endpoints)
{
    QList<qint64> ids;
    for (const QJsonValue &endpoint : std::as_const(endpoints))
        ids.append(endpoint.toObject().value(u"id"_s).toInteger());
    QHash<qint64, QJsonArray> events;
    if (!ids.isEmpty()) {
        Sql q(db,
              u"SELECT endpoint_id, event FROM webhook_subscriptions WHERE endpoint_id IN (%1) "
              "ORDER BY event"_s.arg(Sql::placeholders(u"e"_s, ids.size())));
        q.bindEach(u"e"_s, ids).exec();
        while (q.next())
            events[q.id(u"endpoint_id"_s)].append(q.text(u"event"_s));
    }
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        QJsonObject endpoint = endpoints.at(i).toObject();
        endpoint.insert(u"events"_s, events.value(endpoint.value(u"id"_s).toInteger()));
        endpoints.replace(i, endpoint);
    }
}

} // namespace

QJsonObject WebhookService::endpointJson(QSqlDatabase db, qint64 companyId, qint64 id) const
{
    SqlFilter filter = SqlFilter::of(u"id = :id AND deleted_at IS NULL"_s, u":id"_s, id);
    filter.add(u"company_id = :company"_s, u":company"_s, companyId);
    QJsonArray one { selectOne(db, endpointColumns, u"webhook_endpoints"_s, filter, endpointFromRow,
                               u"Webhook endpoint not found"_s) };
    addSubscribedEvents(db, one);
    return one.first().toObject();
}

QString WebhookService::checkedUrl(const QJsonObject &input) const
{
    const WebhookTarget target = WebhookTarget::resolve(
            input.value(u"url"_s).toString(), m_context.config.flag(u"webhooks/allow_http"_s),
            m_context.config.flag(u"webhooks/allow_private_targets"_s));
    if (!target.isUsable())
        throw ApiError::badRequest(QStringList { target.problem });
    return QString::fromUtf8(target.url.toEncoded());
}

QStringList WebhookService::checkedEvents(const QJsonObject &input) const
{
    QStringList events;
    for (const QJsonValue &event : input.value(u"events"_s).toArray()) {
        if (!events.contains(event.toString()))
            events.append(event.toString());
    }
    if (events.isEmpty())
        throw ApiError::badRequest(QStringList { u"events should not be empty"_s });
    return events;
}

namespace {

void checkUrlFree(QSqlDatabase db, qint64 companyId, const QString &url, qint64 exceptId = 0)
{
    SqlFilter sameUrl = SqlFilter::of(u"company_id = :company"_s, u":company"_s, companyId);
    sameUrl.add(u"url = :url"_s, u":url"_s, url);
    sameUrl.add(u"deleted_at IS NULL"_s);
    if (holderOf(db, u"webhook_endpoints"_s, sameUrl, exceptId))
        throw ApiError::conflict(u"This URL is already registered for your company"_s);
}

void subscribe(QSqlDatabase db, qint64 endpointId, const QStringList &events)
{
    Sql(db, u"DELETE FROM webhook_subscriptions WHERE endpoint_id = :id"_s)
            .bind(u":id"_s, endpointId)
            .exec();
    for (const QString &event : events) {
        insertRow(db, u"webhook_subscriptions"_s,
                  { { u"endpoint_id"_s, endpointId }, { u"event"_s, event } });
    }
}

} // namespace

QJsonObject WebhookService::eventCatalog() const
{
    QJsonArray data;
    for (const WebhookEvent &event : events())
        data.append(
                QJsonObject { { u"name"_s, event.name }, { u"description"_s, event.description } });
    return { { u"data"_s, data } };
}

QJsonObject WebhookService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const qint64 companyId = companyOf(by);
    const QStringList events = checkedEvents(input);
    const QString url = checkedUrl(input);
    const QString secret = newSecret();
    const QString now = nowText();
    Transaction tx(db);
    lockRow(db, u"companies"_s, companyId); // queue the company's writers
    Sql count(db,
              u"SELECT COUNT(*) FROM webhook_endpoints WHERE company_id = :company "
              "AND deleted_at IS NULL"_s);
    if (count.bind(u":company"_s, companyId).scalar().toLongLong() >= maxEndpointsPerCompany)
        throw ApiError::unprocessable(u"A company may register at most %1 webhook endpoints"_s.arg(
                maxEndpointsPerCompany));
    checkUrlFree(db, companyId, url);
    const QJsonValue description = input.value(u"description"_s);
    const qint64 id = insertRowReturningId(
            db, u"webhook_endpoints"_s,
            { { u"company_id"_s, companyId },
              { u"url"_s, url },
              { u"description"_s, nullIfEmpty(description.toString()) },
              // Stored sealed under a server key: a copy of the database alone signs nothing.
              { u"secret"_s, Keys::seal(m_context.keys->secrets, secret) },
              { u"enabled"_s, true },
              { u"created_by"_s, by.userId },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
    subscribe(db, id, events);
    tx.commit();
    QJsonObject json = endpointJson(db, companyId, id);
    json.insert(u"secret"_s, secret);
    return json;
}

QJsonObject WebhookService::list(const Principal &by, int pageNumber, int limit)
{
    QSqlDatabase db = m_context.db();
    SqlFilter filter;
    filter.add(u"company_id = :company"_s, u":company"_s, companyOf(by));
    filter.add(u"deleted_at IS NULL"_s);
    QJsonObject page
            = selectPage(db, endpointColumns, u"webhook_endpoints"_s, filter,
                         u"created_at DESC, id DESC"_s, pageNumber, limit, endpointFromRow);
    QJsonArray data = page.value(u"data"_s).toArray();
    addSubscribedEvents(db, data);
    page.insert(u"data"_s, data);
    return page;
}

QJsonObject WebhookService::get(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    return endpointJson(db, companyOf(by), id);
}

QJsonObject WebhookService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const qint64 companyId = companyOf(by);
    endpointJson(db, companyId, id); // 404 unless it is this company's
    const QString url = input.contains(u"url"_s) ? checkedUrl(input) : QString();
    const QStringList events = input.contains(u"events"_s) ? checkedEvents(input) : QStringList();
    const QString now = nowText();
    Transaction tx(db);
    // Stamped even when only the subscriptions change.
    SqlChanges changes;
    if (!url.isEmpty()) {
        checkUrlFree(db, companyId, url, id);
        changes.set(u"url"_s, url);
    }
    if (!events.isEmpty())
        subscribe(db, id, events);
    if (input.contains(u"description"_s))
        changes.set(u"description"_s, nullIfEmpty(input.value(u"description"_s).toString()));
    if (input.contains(u"enabled"_s)) {
        const bool enabled = input.value(u"enabled"_s).toBool();
        changes.set(u"enabled"_s, enabled)
                .set(u"disabled_reason"_s,
                     nullIfEmpty(enabled ? QString() : u"Turned off by your company"_s));
    }
    changes.set(u"updated_at"_s, now).write(db, u"webhook_endpoints"_s, id, u"id"_s, false);
    tx.commit();
    return endpointJson(db, companyId, id);
}

void WebhookService::remove(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const qint64 companyId = companyOf(by);
    // Kept with its delivery log; deliveries still queued are cancelled when their turn comes.
    Sql q(db,
          u"UPDATE webhook_endpoints SET deleted_at = :now, enabled = FALSE, updated_at = :now "
          "WHERE id = :id AND company_id = :company AND deleted_at IS NULL"_s);
    q.bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .bind(u":company"_s, companyId)
            .execChanging(ApiError::notFound(u"Webhook endpoint not found"_s));
}

} // namespace wn
