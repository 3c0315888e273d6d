// SPDX-License-Identifier: Apache-2.0
#include "webhookservice.h"

#include "core/auth/keys.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/jobs/jobqueue.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
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
constexpr long timeoutSeconds = 10;
constexpr qsizetype excerptBytes = 1024;

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

} // namespace

// ---- Emitting ----

qint64 WebhookService::recordDelivery(QSqlDatabase db, qint64 companyId, qint64 endpointId,
                                      const QString &event, const QJsonObject &data)
{
    const QString now = nowText();
    const QJsonObject body { { u"type"_s, event }, { u"timestamp"_s, now }, { u"data"_s, data } };
    const qint64 id = insertRowReturningId(
            db, u"webhook_deliveries"_s,
            { { u"message_id"_s, u"msg_"_s + QUuid::createUuid().toString(QUuid::Id128) },
              { u"endpoint_id"_s, endpointId },
              { u"company_id"_s, companyId },
              { u"event"_s, event },
              { u"body"_s, QString::fromUtf8(json::compact(body)) },
              { u"status"_s, u"pending"_s },
              { u"attempts"_s, 0 },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
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

// ---- Deliveries ----

QJsonObject WebhookService::deliveryJson(QSqlDatabase db, qint64 deliveryId) const
{
    const SqlRow delivery
            = Sql(db,
                  u"SELECT id, message_id, endpoint_id, event, body, status, attempts, "
                  "last_status_code, last_error, delivered_at, created_at, updated_at "
                  "FROM webhook_deliveries WHERE id = :id"_s)
                      .bind(u":id"_s, deliveryId)
                      .found(u"Delivery not found"_s);
    QJsonObject json = jsonOf(delivery,
                              { .ids = { u"id"_s, u"endpoint_id"_s, u"attempts"_s },
                                .texts = { u"message_id"_s, u"event"_s, u"status"_s,
                                           u"created_at"_s, u"updated_at"_s },
                                .optionalTexts = { u"last_error"_s, u"delivered_at"_s },
                                .optionalIntegers = { u"last_status_code"_s } });
    json.insert(u"payload"_s, QJsonDocument::fromJson(delivery.text(u"body"_s).toUtf8()).object());
    Sql attempts(db,
                 u"SELECT attempt, target_address, status_code, duration_ms, error, "
                 "response_excerpt, created_at FROM webhook_attempts WHERE delivery_id = :id "
                 "ORDER BY attempt, id"_s);
    attempts.bind(u":id"_s, deliveryId).exec();
    QJsonArray log;
    while (attempts.next()) {
        log.append(
                QJsonObject { { u"attempt"_s, attempts.integer(u"attempt"_s) },
                              { u"target_address"_s, attempts.textOrNull(u"target_address"_s) },
                              { u"status_code"_s, attempts.integerOrNull(u"status_code"_s) },
                              { u"duration_ms"_s, attempts.value(u"duration_ms"_s).toLongLong() },
                              { u"error"_s, attempts.textOrNull(u"error"_s) },
                              { u"response_excerpt"_s, attempts.textOrNull(u"response_excerpt"_s) },
                              { u"created_at"_s, attempts.text(u"created_at"_s) } });
    }
    json.insert(u"attempt_log"_s, log);
    return json;
}

QJsonObject WebhookService::deliveries(const Principal &by, qint64 id, const QJsonObject &query,
                                       int pageNumber, int limit)
{
    QSqlDatabase db = m_context.db();
    const qint64 companyId = companyOf(by);
    endpointJson(db, companyId, id);
    const QString status = query.value(u"status"_s).toString();
    SqlFilter filter;
    filter.add(u"endpoint_id = :id"_s, u":id"_s, id);
    if (!status.isEmpty())
        filter.add(u"status = :status"_s, u":status"_s, status);
    return selectPage(db, u"id"_s, u"webhook_deliveries"_s, filter, u"id DESC"_s, pageNumber, limit,
                      [&](const QList<qint64> &ids) {
                          QJsonArray data;
                          for (qint64 delivery : ids)
                              data.append(deliveryJson(db, delivery));
                          return data;
                      });
}

QJsonObject WebhookService::sendTest(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const qint64 companyId = companyOf(by);
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
    const std::optional<SqlRow> delivery
            = Sql(db,
                  u"SELECT d.message_id, d.body, d.status, d.attempts, d.endpoint_id, e.url, "
                  "e.secret, e.enabled, e.deleted_at AS endpoint_deleted_at, "
                  "c.deleted_at AS company_deleted_at FROM webhook_deliveries d "
                  "JOIN webhook_endpoints e ON e.id = d.endpoint_id "
                  "JOIN companies c ON c.id = d.company_id WHERE d.id = :id"_s)
                      .bind(u":id"_s, id)
                      .one();
    if (!delivery) {
        qCWarning(lcWebhooks) << "delivery" << id << "no longer exists";
        return;
    }
    const QString messageId = delivery->text(u"message_id"_s);
    const QByteArray body = delivery->text(u"body"_s).toUtf8();
    const QString status = delivery->text(u"status"_s);
    const int attempt = delivery->integer(u"attempts"_s) + 1;
    const qint64 endpointId = delivery->id(u"endpoint_id"_s);
    const QString url = delivery->text(u"url"_s);
    const QString secret
            = Keys::unseal(m_context.keys->secrets, delivery->text(u"secret"_s)).value_or(QString());
    const bool live = delivery->flag(u"enabled"_s) && delivery->isNull(u"endpoint_deleted_at"_s)
            && delivery->isNull(u"company_deleted_at"_s);
    if (status != u"pending"_s)
        return; // settled already (a job run twice after a crash)

    auto settle = [&](const QString &newStatus, const QVariant &code, const QString &error) {
        SqlChanges()
                .set(u"status"_s, newStatus)
                .set(u"last_status_code"_s, code)
                .set(u"last_error"_s, nullIfEmpty(error.left(1000)))
                .set(u"delivered_at"_s,
                     nullIfEmpty(newStatus == u"delivered"_s ? nowText() : QString()))
                .write(db, u"webhook_deliveries"_s, id);
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
    insertRow(db, u"webhook_attempts"_s,
              { { u"delivery_id"_s, id },
                { u"attempt"_s, attempt },
                { u"target_address"_s, nullIfEmpty(result.address) },
                { u"status_code"_s,
                  result.status > 0 ? QVariant(int(result.status))
                                    : QVariant(QMetaType::fromType<int>()) },
                { u"duration_ms"_s, result.durationMs },
                { u"error"_s, nullIfEmpty(result.error) },
                { u"response_excerpt"_s, nullIfEmpty(excerpt) },
                { u"created_at"_s, nowText() } });
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
        SqlChanges()
                .set(u"enabled"_s, false)
                .set(u"disabled_reason"_s, u"The endpoint answered 410 Gone"_s)
                .write(db, u"webhook_endpoints"_s, endpointId);
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
