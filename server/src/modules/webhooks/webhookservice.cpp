// SPDX-License-Identifier: Apache-2.0
#include "webhookservice.h"

#include "core/auth/keys.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"
#include "core/sqlpage.h"
#include "modules/onboarding/onboardingservice.h"
#include "webhooktarget.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

#include <curl/curl.h>
#include <sys/socket.h>

#include <stdexcept>

Q_LOGGING_CATEGORY(lcWebhooks, "worknation.server.webhooks")

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString deliveryJob = u"webhook-delivery"_s;
const QString managePermission = u"webhooks.manage"_s;
constexpr int maxEndpointsPerCompany = 20;
constexpr long timeoutSeconds = 10;
constexpr qsizetype excerptBytes = 1024;

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QJsonValue jsonInt(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

/** What one HTTP attempt came to. */
struct Attempt
{
    long status = 0; ///< 0 when no answer was read
    qint64 durationMs = 0;
    QString address;
    QString error;
    QByteArray excerpt;
};

/** State shared with libcurl's callbacks during one transfer. */
struct Transfer
{
    const QList<QHostAddress> *allowed = nullptr; ///< null: any address may be reached
    QString refused;
    QByteArray excerpt;
    bool truncated = false;
};

size_t keepExcerpt(char *data, size_t size, size_t count, void *userdata)
{
    auto *transfer = static_cast<Transfer *>(userdata);
    const qsizetype bytes = qsizetype(size * count);
    const qsizetype room = excerptBytes - transfer->excerpt.size();
    if (bytes > room) {
        // Enough for the log: stop reading rather than let a receiver stream at us.
        transfer->excerpt.append(data, room);
        transfer->truncated = true;
        return 0;
    }
    transfer->excerpt.append(data, bytes);
    return size * count;
}

/** Opens curl's sockets, and only to the addresses that were checked: whatever curl resolved or
 * parsed, it cannot connect anywhere else. */
curl_socket_t openCheckedSocket(void *clientp, curlsocktype, curl_sockaddr *address)
{
    auto *transfer = static_cast<Transfer *>(clientp);
    const QHostAddress target(reinterpret_cast<const sockaddr *>(&address->addr));
    if (transfer->allowed && !transfer->allowed->contains(target)) {
        transfer->refused = target.toString();
        return CURL_SOCKET_BAD;
    }
    return ::socket(address->family, address->socktype, address->protocol);
}

/** POSTs @p body to @p target's URL, connecting only to its checked addresses. */
Attempt post(const WebhookTarget &target, bool restrictAddresses,
             const QList<QByteArray> &headerLines, const QByteArray &body)
{
    Attempt attempt;
    CURL *curl = curl_easy_init();
    if (!curl) {
        attempt.error = u"cannot start an HTTP transfer"_s;
        return attempt;
    }
    Transfer transfer;
    if (restrictAddresses)
        transfer.allowed = &target.addresses;
    const QByteArray url = target.url.toEncoded();
    curl_slist *headers = nullptr;
    for (const QByteArray &line : headerLines)
        headers = curl_slist_append(headers, line.constData());
    // Pin the host name to the addresses checked, so curl does not look it up again.
    curl_slist *pinned = nullptr;
    if (QHostAddress(target.host).isNull()) {
        QStringList addresses;
        for (const QHostAddress &address : target.addresses)
            addresses.append(address.protocol() == QAbstractSocket::IPv6Protocol
                                     ? u'[' + address.toString() + u']'
                                     : address.toString());
        const QByteArray entry = u"%1:%2:%3"_s.arg(target.host)
                                         .arg(target.port)
                                         .arg(addresses.join(u','))
                                         .toLatin1();
        pinned = curl_slist_append(pinned, entry.constData());
    }
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(body.size()));
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_RESOLVE, pinned);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, openCheckedSocket);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, keepExcerpt);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L); // a redirect is an answer, not a hop
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_PROXY, ""); // a proxy would connect where we did not check
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Worknation-Webhooks/1");

    QElapsedTimer clock;
    clock.start();
    const CURLcode result = curl_easy_perform(curl);
    attempt.durationMs = clock.elapsed();
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &attempt.status);
    char *ip = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip)
        attempt.address = QString::fromLatin1(ip);
    curl_slist_free_all(headers);
    curl_slist_free_all(pinned);
    curl_easy_cleanup(curl);

    attempt.excerpt = transfer.excerpt;
    if (result != CURLE_OK && !(result == CURLE_WRITE_ERROR && transfer.truncated)) {
        attempt.status = 0;
        if (!transfer.refused.isEmpty())
            attempt.error = u"refused to connect to %1: not an address that was checked"_s.arg(
                    transfer.refused);
        else
            attempt.error
                    = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(result));
    }
    return attempt;
}

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

// ---- Emitting ----

qint64 WebhookService::recordDelivery(QSqlDatabase db, qint64 companyId, qint64 endpointId,
                                      const QString &event, const QJsonObject &data)
{
    const QString now = nowText();
    const QJsonObject body { { u"type"_s, event }, { u"timestamp"_s, now }, { u"data"_s, data } };
    const qint64 id
            = Sql(db,
                  u"INSERT INTO webhook_deliveries (message_id, endpoint_id, company_id, event, "
                  "body, status, attempts, created_at, updated_at) VALUES (:message, :endpoint, "
                  ":company, :event, :body, 'pending', 0, :now, :now) RETURNING id"_s)
                      .bind(u":message"_s, u"msg_"_s + QUuid::createUuid().toString(QUuid::Id128))
                      .bind(u":endpoint"_s, endpointId)
                      .bind(u":company"_s, companyId)
                      .bind(u":event"_s, event)
                      .bind(u":body"_s, QString::fromUtf8(json::compact(body)))
                      .bind(u":now"_s, now)
                      .scalar()
                      .toLongLong();
    m_context.jobs->enqueue(db, deliveryJob, { { u"delivery_id"_s, id } });
    return id;
}

int WebhookService::emit(QSqlDatabase db, qint64 companyId, const QString &event,
                         const QJsonObject &data)
{
    if (!eventNames().contains(event))
        throw std::invalid_argument("unknown webhook event " + event.toStdString());
    Sql q(db,
          u"SELECT e.id FROM webhook_endpoints e "
          "JOIN webhook_subscriptions s ON s.endpoint_id = e.id "
          "JOIN companies c ON c.id = e.company_id "
          "WHERE e.company_id = :company AND s.event = :event AND e.enabled = TRUE "
          "AND e.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY e.id"_s);
    q.bind(u":company"_s, companyId).bind(u":event"_s, event).exec();
    const QList<qint64> endpoints = q.takeIds();
    for (qint64 endpoint : std::as_const(endpoints))
        recordDelivery(db, companyId, endpoint, event, data);
    return int(endpoints.size());
}

int WebhookService::emit(qint64 companyId, const QString &event, const QJsonObject &data)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const int count = emit(db, companyId, event, data);
    tx.commit();
    return count;
}

// ---- Endpoints ----

qint64 WebhookService::companyOf(QSqlDatabase db, const Principal &by) const
{
    if (!by.companyId)
        throw ApiError::forbidden(u"Only company accounts have webhooks"_s);
    if (!OnboardingService::hasCompanyPermission(db, by, managePermission))
        throw ApiError::forbidden(
                u"Your company role does not allow this (%1)"_s.arg(managePermission));
    return *by.companyId;
}

namespace {

const QString endpointColumns
        = u"id, url, description, enabled, disabled_reason, created_at, updated_at"_s;

/** An endpoint from a row of endpointColumns, without its events. */
QJsonObject endpointFromRow(const Sql &q)
{
    return { { u"id"_s, q.value(0).toLongLong() },
             { u"url"_s, q.value(1).toString() },
             { u"description"_s, textOrNull(q.value(2)) },
             { u"enabled"_s, q.value(3).toBool() },
             { u"disabled_reason"_s, textOrNull(q.value(4)) },
             { u"created_at"_s, q.value(5).toString() },
             { u"updated_at"_s, q.value(6).toString() } };
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
            events[q.value(0).toLongLong()].append(q.value(1).toString());
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
    Sql q(db,
          u"SELECT "_s + endpointColumns
                  + u" FROM webhook_endpoints WHERE id = :id AND company_id = :company "
                    "AND deleted_at IS NULL"_s);
    q.bind(u":id"_s, id).bind(u":company"_s, companyId).exec();
    if (!q.next())
        throw ApiError::notFound(u"Webhook endpoint not found"_s);
    QJsonArray one { endpointFromRow(q) };
    q.query().finish();
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
    Sql taken(db,
              u"SELECT 1 FROM webhook_endpoints WHERE company_id = :company AND url = :url "
              "AND deleted_at IS NULL AND id <> :id"_s);
    if (taken.bind(u":company"_s, companyId)
                .bind(u":url"_s, url)
                .bind(u":id"_s, exceptId)
                .exec()
                .next())
        throw ApiError::conflict(u"This URL is already registered for your company"_s);
}

void subscribe(QSqlDatabase db, qint64 endpointId, const QStringList &events)
{
    Sql(db, u"DELETE FROM webhook_subscriptions WHERE endpoint_id = :id"_s)
            .bind(u":id"_s, endpointId)
            .exec();
    for (const QString &event : events) {
        Sql(db, u"INSERT INTO webhook_subscriptions (endpoint_id, event) VALUES (:id, :event)"_s)
                .bind(u":id"_s, endpointId)
                .bind(u":event"_s, event)
                .exec();
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
    const qint64 companyId = companyOf(db, by);
    const QStringList events = checkedEvents(input);
    const QString url = checkedUrl(input);
    const QString secret = newSecret();
    const QString now = nowText();
    Transaction tx(db);
    Sql(db, u"UPDATE companies SET updated_at = updated_at WHERE id = :id"_s) // queue writers
            .bind(u":id"_s, companyId)
            .exec();
    Sql count(db,
              u"SELECT COUNT(*) FROM webhook_endpoints WHERE company_id = :company "
              "AND deleted_at IS NULL"_s);
    if (count.bind(u":company"_s, companyId).scalar().toLongLong() >= maxEndpointsPerCompany)
        throw ApiError::unprocessable(u"A company may register at most %1 webhook endpoints"_s.arg(
                maxEndpointsPerCompany));
    checkUrlFree(db, companyId, url);
    const QJsonValue description = input.value(u"description"_s);
    const qint64 id
            = Sql(db,
                  u"INSERT INTO webhook_endpoints (company_id, url, description, secret, enabled, "
                  "created_by, created_at, updated_at) VALUES (:company, :url, :description, "
                  ":secret, TRUE, :by, :now, :now) RETURNING id"_s)
                      .bind(u":company"_s, companyId)
                      .bind(u":url"_s, url)
                      .bind(u":description"_s,
                            description.toString().isEmpty() ? nullText()
                                                             : QVariant(description.toString()))
                      // Stored sealed under a server key: a copy of the database alone signs nothing.
                      .bind(u":secret"_s, Keys::seal(m_context.keys->secrets, secret))
                      .bind(u":by"_s, by.userId)
                      .bind(u":now"_s, now)
                      .scalar()
                      .toLongLong();
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
    filter.add(u"company_id = :company"_s, u":company"_s, companyOf(db, by));
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
    return endpointJson(db, companyOf(db, by), id);
}

QJsonObject WebhookService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const qint64 companyId = companyOf(db, by);
    endpointJson(db, companyId, id); // 404 unless it is this company's
    const QString url = input.contains(u"url"_s) ? checkedUrl(input) : QString();
    const QStringList events = input.contains(u"events"_s) ? checkedEvents(input) : QStringList();
    const QString now = nowText();
    Transaction tx(db);
    if (!url.isEmpty()) {
        checkUrlFree(db, companyId, url, id);
        Sql(db, u"UPDATE webhook_endpoints SET url = :url, updated_at = :now WHERE id = :id"_s)
                .bind(u":url"_s, url)
                .bind(u":now"_s, now)
                .bind(u":id"_s, id)
                .exec();
    }
    if (!events.isEmpty())
        subscribe(db, id, events);
    if (input.contains(u"description"_s)) {
        const QString description = input.value(u"description"_s).toString();
        Sql(db, u"UPDATE webhook_endpoints SET description = :d, updated_at = :now WHERE id = :id"_s)
                .bind(u":d"_s, description.isEmpty() ? nullText() : QVariant(description))
                .bind(u":now"_s, now)
                .bind(u":id"_s, id)
                .exec();
    }
    if (input.contains(u"enabled"_s)) {
        const bool enabled = input.value(u"enabled"_s).toBool();
        Sql(db,
            u"UPDATE webhook_endpoints SET enabled = :enabled, disabled_reason = :reason, "
            "updated_at = :now WHERE id = :id"_s)
                .bind(u":enabled"_s, enabled)
                .bind(u":reason"_s, enabled ? nullText() : QVariant(u"Turned off by your company"_s))
                .bind(u":now"_s, now)
                .bind(u":id"_s, id)
                .exec();
    }
    Sql(db, u"UPDATE webhook_endpoints SET updated_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":id"_s, id)
            .exec();
    tx.commit();
    return endpointJson(db, companyId, id);
}

void WebhookService::remove(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const qint64 companyId = companyOf(db, by);
    // Kept with its delivery log; deliveries still queued are cancelled when their turn comes.
    Sql q(db,
          u"UPDATE webhook_endpoints SET deleted_at = :now, enabled = FALSE, updated_at = :now "
          "WHERE id = :id AND company_id = :company AND deleted_at IS NULL"_s);
    q.bind(u":now"_s, nowText()).bind(u":id"_s, id).bind(u":company"_s, companyId).exec();
    if (q.rowsAffected() != 1)
        throw ApiError::notFound(u"Webhook endpoint not found"_s);
}

// ---- Deliveries ----

QJsonObject WebhookService::deliveryJson(QSqlDatabase db, qint64 deliveryId) const
{
    Sql q(db,
          u"SELECT id, message_id, endpoint_id, event, body, status, attempts, last_status_code, "
          "last_error, delivered_at, created_at, updated_at FROM webhook_deliveries "
          "WHERE id = :id"_s);
    q.bind(u":id"_s, deliveryId).exec();
    if (!q.next())
        throw ApiError::notFound(u"Delivery not found"_s);
    QJsonObject json { { u"id"_s, q.value(0).toLongLong() },
                       { u"message_id"_s, q.value(1).toString() },
                       { u"endpoint_id"_s, q.value(2).toLongLong() },
                       { u"event"_s, q.value(3).toString() },
                       { u"payload"_s,
                         QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object() },
                       { u"status"_s, q.value(5).toString() },
                       { u"attempts"_s, q.value(6).toInt() },
                       { u"last_status_code"_s, jsonInt(q.value(7)) },
                       { u"last_error"_s, textOrNull(q.value(8)) },
                       { u"delivered_at"_s, textOrNull(q.value(9)) },
                       { u"created_at"_s, q.value(10).toString() },
                       { u"updated_at"_s, q.value(11).toString() } };
    q.query().finish();
    Sql attempts(db,
                 u"SELECT attempt, target_address, status_code, duration_ms, error, "
                 "response_excerpt, created_at FROM webhook_attempts WHERE delivery_id = :id "
                 "ORDER BY attempt, id"_s);
    attempts.bind(u":id"_s, deliveryId).exec();
    QJsonArray log;
    while (attempts.next()) {
        log.append(QJsonObject { { u"attempt"_s, attempts.value(0).toInt() },
                                 { u"target_address"_s, textOrNull(attempts.value(1)) },
                                 { u"status_code"_s, jsonInt(attempts.value(2)) },
                                 { u"duration_ms"_s, attempts.value(3).toLongLong() },
                                 { u"error"_s, textOrNull(attempts.value(4)) },
                                 { u"response_excerpt"_s, textOrNull(attempts.value(5)) },
                                 { u"created_at"_s, attempts.value(6).toString() } });
    }
    json.insert(u"attempt_log"_s, log);
    return json;
}

QJsonObject WebhookService::deliveries(const Principal &by, qint64 id, const QJsonObject &query,
                                       int pageNumber, int limit)
{
    QSqlDatabase db = m_context.db();
    const qint64 companyId = companyOf(db, by);
    endpointJson(db, companyId, id);
    const QString status = query.value(u"status"_s).toString();
    const QString where = u" FROM webhook_deliveries WHERE endpoint_id = :id"_s
            + (status.isEmpty() ? QString() : u" AND status = :status"_s);
    Sql count(db, u"SELECT COUNT(*)"_s + where);
    count.bind(u":id"_s, id);
    if (!status.isEmpty())
        count.bind(u":status"_s, status);
    const qint64 total = count.scalar().toLongLong();
    Sql q(db, u"SELECT id"_s + where + u" ORDER BY id DESC LIMIT :limit OFFSET :offset"_s);
    q.bind(u":id"_s, id);
    if (!status.isEmpty())
        q.bind(u":status"_s, status);
    q.bind(u":limit"_s, limit).bind(u":offset"_s, qint64(pageNumber - 1) * limit).exec();
    const QList<qint64> ids = q.takeIds();
    QJsonArray data;
    for (qint64 delivery : std::as_const(ids))
        data.append(deliveryJson(db, delivery));
    return pageOf(data, pageNumber, limit, total);
}

QJsonObject WebhookService::sendTest(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const qint64 companyId = companyOf(db, by);
    const QJsonObject endpoint = endpointJson(db, companyId, id);
    if (!endpoint.value(u"enabled"_s).toBool())
        throw ApiError::unprocessable(u"This endpoint is turned off; enable it first"_s);
    Transaction tx(db);
    const qint64 delivery = recordDelivery(
            db, companyId, id, u"test.ping"_s,
            { { u"message"_s, u"A test event from Worknation"_s }, { u"endpoint_id"_s, id } });
    tx.commit();
    return deliveryJson(db, delivery);
}

void WebhookService::deliver(const QJsonObject &payload)
{
    QSqlDatabase db = m_context.db();
    const qint64 id = payload.value(u"delivery_id"_s).toInteger();
    Sql q(db,
          u"SELECT d.message_id, d.body, d.status, d.attempts, e.id, e.url, e.secret, e.enabled, "
          "e.deleted_at, c.deleted_at FROM webhook_deliveries d "
          "JOIN webhook_endpoints e ON e.id = d.endpoint_id "
          "JOIN companies c ON c.id = d.company_id WHERE d.id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next()) {
        qCWarning(lcWebhooks) << "delivery" << id << "no longer exists";
        return;
    }
    const QString messageId = q.value(0).toString();
    const QByteArray body = q.value(1).toString().toUtf8();
    const QString status = q.value(2).toString();
    const int attempt = q.value(3).toInt() + 1;
    const qint64 endpointId = q.value(4).toLongLong();
    const QString url = q.value(5).toString();
    const QString secret
            = Keys::unseal(m_context.keys->secrets, q.value(6).toString()).value_or(QString());
    const bool live = q.value(7).toBool() && q.value(8).isNull() && q.value(9).isNull();
    q.query().finish();
    if (status != u"pending"_s)
        return; // settled already (a job run twice after a crash)

    auto settle = [&](const QString &newStatus, const QVariant &code, const QString &error) {
        Sql(db,
            u"UPDATE webhook_deliveries SET status = :status, last_status_code = :code, "
            "last_error = :error, delivered_at = :delivered, updated_at = :now WHERE id = :id"_s)
                .bind(u":status"_s, newStatus)
                .bind(u":code"_s, code)
                .bind(u":error"_s, error.isEmpty() ? nullText() : QVariant(error.left(1000)))
                .bind(u":delivered"_s,
                      newStatus == u"delivered"_s ? QVariant(nowText()) : nullText())
                .bind(u":now"_s, nowText())
                .bind(u":id"_s, id)
                .exec();
    };
    if (!live) {
        settle(u"cancelled"_s, QVariant(QMetaType::fromType<int>()),
               u"The endpoint was turned off or deleted before delivery"_s);
        return;
    }

    const bool allowPrivate = m_context.config.flag(u"webhooks/allow_private_targets"_s);
    // The same rules as at registration, again: the host's addresses may have changed since.
    const WebhookTarget target = WebhookTarget::resolve(
            url, m_context.config.flag(u"webhooks/allow_http"_s), allowPrivate);
    Attempt result;
    if (target.isUsable()) {
        const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
        result = post(target, !allowPrivate,
                      { "Content-Type: application/json", "webhook-id: " + messageId.toLatin1(),
                        "webhook-timestamp: " + QByteArray::number(timestamp),
                        "webhook-signature: " + signature(secret, messageId, timestamp, body),
                        "Expect:" },
                      body);
    } else {
        result.error = target.problem;
    }

    QString excerpt = QString::fromUtf8(result.excerpt);
    excerpt.remove(QChar(0)); // PostgreSQL text holds no NUL
    Transaction tx(db);
    Sql(db,
        u"INSERT INTO webhook_attempts (delivery_id, attempt, target_address, status_code, "
        "duration_ms, error, response_excerpt, created_at) VALUES (:delivery, :attempt, "
        ":address, :code, :duration, :error, :excerpt, :now)"_s)
            .bind(u":delivery"_s, id)
            .bind(u":attempt"_s, attempt)
            .bind(u":address"_s, result.address.isEmpty() ? nullText() : QVariant(result.address))
            .bind(u":code"_s,
                  result.status > 0 ? QVariant(int(result.status))
                                    : QVariant(QMetaType::fromType<int>()))
            .bind(u":duration"_s, result.durationMs)
            .bind(u":error"_s, result.error.isEmpty() ? nullText() : QVariant(result.error))
            .bind(u":excerpt"_s, excerpt.isEmpty() ? nullText() : QVariant(excerpt))
            .bind(u":now"_s, nowText())
            .exec();
    Sql(db, u"UPDATE webhook_deliveries SET attempts = :attempt WHERE id = :id"_s)
            .bind(u":attempt"_s, attempt)
            .bind(u":id"_s, id)
            .exec();
    const QVariant code = result.status > 0 ? QVariant(int(result.status))
                                            : QVariant(QMetaType::fromType<int>());
    if (result.status >= 200 && result.status < 300) {
        settle(u"delivered"_s, code, {});
        tx.commit();
        return;
    }
    if (result.status == 410) {
        // The receiver says the endpoint is gone for good: stop sending to it.
        settle(u"failed"_s, code, u"The endpoint answered 410 Gone and was turned off"_s);
        Sql(db,
            u"UPDATE webhook_endpoints SET enabled = FALSE, disabled_reason = :reason, "
            "updated_at = :now WHERE id = :id"_s)
                .bind(u":reason"_s, u"The endpoint answered 410 Gone"_s)
                .bind(u":now"_s, nowText())
                .bind(u":id"_s, endpointId)
                .exec();
        tx.commit();
        qCInfo(lcWebhooks) << "endpoint" << endpointId << "answered 410 Gone; turned off";
        return;
    }
    const QString failure = result.status > 0 ? u"HTTP %1"_s.arg(result.status) : result.error;
    const bool lastAttempt = attempt >= m_context.config.integer(u"webhooks/max_attempts"_s);
    settle(lastAttempt ? u"failed"_s : u"pending"_s, code, failure);
    tx.commit();
    throw std::runtime_error(
            u"webhook delivery %1 attempt %2: %3"_s.arg(id).arg(attempt).arg(failure).toStdString());
}

} // namespace wn
