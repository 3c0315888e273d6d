// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace wn {

struct ServerContext;
struct Principal;

/** @brief One event a company may subscribe its webhook endpoints to. */
struct WebhookEvent
{
    QString name;
    QString description;
};

/**
 * @brief A company's webhooks: the endpoints it registers, the events each receives, and the
 * delivery of those events as signed POSTs following Standard Webhooks (webhook-id,
 * webhook-timestamp, webhook-signature), retried through the job queue.
 *
 * Other areas are handed the one WebhookService and announce what happened with emit():
 * @code
 * m_webhooks.emit(db, companyId, u"application.created"_s,
 *                 { { u"application_id"_s, id }, { u"job_id"_s, jobId } });
 * @endcode
 */
class WebhookService
{
public:
    explicit WebhookService(ServerContext &context);

    /** Every event there is, in the order the API lists them. */
    static const QList<WebhookEvent> &events();
    static QStringList eventNames();

    /**
     * Records one delivery of @p event, with @p data as its "data", for each enabled endpoint of
     * @p companyId subscribed to it, and enqueues a "webhook-delivery" job for each, in the
     * caller's transaction: nothing is sent unless what caused the event is committed.
     * Returns the number of deliveries; throws std::invalid_argument for an event not in events().
     */
    int emit(QSqlDatabase db, qint64 companyId, const QString &event, const QJsonObject &data);
    /** emit() in a transaction of its own; call it when none is open on this thread. */
    int emit(qint64 companyId, const QString &event, const QJsonObject &data);

    QJsonObject eventCatalog() const;
    /** Registers an endpoint; the answer holds its signing secret, shown this once. */
    QJsonObject create(const Principal &by, const QJsonObject &input);
    QJsonObject list(const Principal &by, int page, int limit);
    QJsonObject get(const Principal &by, qint64 id);
    QJsonObject update(const Principal &by, qint64 id, const QJsonObject &input);
    void remove(const Principal &by, qint64 id);
    /** The endpoint's deliveries, newest first, each with every attempt. */
    QJsonObject deliveries(const Principal &by, qint64 id, const QJsonObject &query, int page,
                           int limit);
    /** Queues a test.ping delivery to the endpoint, whatever it is subscribed to. */
    QJsonObject sendTest(const Principal &by, qint64 id);

    /**
     * The "webhook-delivery" job: one attempt at one delivery. Returns when the delivery is
     * settled (delivered, refused with 410, cancelled); throws to have it tried again later.
     */
    void deliver(const QJsonObject &payload);

    /** "v1,<base64 HMAC-SHA256>" of "id.timestamp.body", keyed with the secret's bytes. */
    static QByteArray signature(const QString &secret, const QString &messageId, qint64 timestamp,
                                const QByteArray &body);

private:
    /** The caller's company; 403 without one (the endpoints declare webhooks.manage). */
    static qint64 companyOf(const Principal &by);
    /** The endpoint if it is @p companyId's and not deleted; 404 otherwise. */
    QJsonObject endpointJson(QSqlDatabase db, qint64 companyId, qint64 id) const;
    QJsonObject deliveryJson(QSqlDatabase db, qint64 deliveryId) const;
    qint64 recordDelivery(QSqlDatabase db, qint64 companyId, qint64 endpointId,
                          const QString &event, const QJsonObject &data);
    QStringList checkedEvents(const QJsonObject &input) const;
    QString checkedUrl(const QJsonObject &input) const;

    ServerContext &m_context;
};

} // namespace wn
