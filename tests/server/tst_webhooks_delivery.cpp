// SPDX-License-Identifier: Apache-2.0
// Webhook delivery to a receiver in this process: the Standard Webhooks signature checked
// independently, only subscribed endpoints, retries with the same webhook-id and growing gaps,
// redirects not followed, giving up, 410 Gone, test events, the delivery log, and a queued
// delivery surviving a restart.
#include "areas/webhooks.h"

#include "core/database.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"
#include "modules/webhooks/webhookservice.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestWebhooksDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_delivering = std::make_unique<TestServer>(deliverySettings());
        m_sender = m_delivering->createUser(Role::Employer);
    }
    void cleanupTestCase() { m_delivering.reset(); }

    // Delivering
    void deliveryIsSignedAsStandardWebhooksSays();
    void onlySubscribedEnabledEndpointsGetAnEvent();
    void failuresAreRetriedWithTheSameIdAndGrowingGaps();
    void redirectsAreNotFollowed();
    void deliveryGivesUpAfterTheLastAttempt();
    void goneTurnsTheEndpointOff();
    void testEventIsQueuedAndDelivered();
    void queuedDeliverySurvivesARestart();

private:
    std::unique_ptr<TestServer> m_delivering; ///< may reach 127.0.0.1, retries after 1 s
    TestUser m_sender; ///< owner on m_delivering
};

// ---- Delivering ----

void TestWebhooksDelivery::deliveryIsSignedAsStandardWebhooksSays()
{
    Receiver receiver;
    QVERIFY(receiver.listen(QHostAddress::LocalHost));
    const QJsonObject endpoint
            = registerEndpoint(*m_delivering, m_sender,
                               u"http://127.0.0.1:%1/hooks/signed"_s.arg(receiver.serverPort()),
                               { u"application.created"_s });
    const QString secret = endpoint.value(u"secret"_s).toString();
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QJsonObject data { { u"application_id"_s, 7 }, { u"name"_s, u"Adaeze Okoro — CV"_s } };
    QCOMPARE(WebhookService(m_delivering->context())
                     .emit(*m_sender.companyId, u"application.created"_s, data),
             1);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 10000);

    const Received request = receiver.requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/hooks/signed"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QVERIFY(request.headers.value("webhook-id").startsWith("msg_"));
    const qint64 timestamp = request.headers.value("webhook-timestamp").toLongLong();
    QVERIFY(timestamp >= before && timestamp <= QDateTime::currentSecsSinceEpoch());
    QCOMPARE(request.headers.value("webhook-signature"), expectedSignature(secret, request));

    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(u"type"_s).toString(), u"application.created"_s);
    QCOMPARE(body.value(u"data"_s).toObject(), data);
    const QDateTime when
            = QDateTime::fromString(body.value(u"timestamp"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(when.isValid());
    QVERIFY(qAbs(when.toSecsSinceEpoch() - timestamp) <= 5);

    // The delivery log shows it delivered at the first attempt, with what the receiver said.
    const qint64 id = endpoint.value(u"id"_s).toInteger();
    QJsonObject delivery;
    QTRY_VERIFY_WITH_TIMEOUT(
            (delivery
             = deliveries(*m_delivering, m_sender, id).value(u"data"_s).toArray().at(0).toObject())
                            .value(u"status"_s)
                    == u"delivered"_s,
            5000);
    QCOMPARE(delivery.value(u"message_id"_s).toString(),
             QString::fromLatin1(request.headers.value("webhook-id")));
    QCOMPARE(delivery.value(u"event"_s).toString(), u"application.created"_s);
    QCOMPARE(delivery.value(u"attempts"_s).toInt(), 1);
    QCOMPARE(delivery.value(u"last_status_code"_s).toInt(), 200);
    const QJsonArray log = delivery.value(u"attempt_log"_s).toArray();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().toObject().value(u"status_code"_s).toInt(), 200);
    QCOMPARE(log.first().toObject().value(u"response_excerpt"_s).toString(), u"ok"_s);
    QCOMPARE(log.first().toObject().value(u"target_address"_s).toString(), u"127.0.0.1"_s);
    QVERIFY(log.first().toObject().value(u"duration_ms"_s).toInteger() >= 0);
    QVERIFY(log.first().toObject().value(u"error"_s).isNull());
}

void TestWebhooksDelivery::onlySubscribedEnabledEndpointsGetAnEvent()
{
    const TestUser owner = m_delivering->createUser(Role::Employer);
    const qint64 jobs = registerEndpoint(*m_delivering, owner, u"http://127.0.0.1:9/jobs"_s,
                                         { u"job.published"_s, u"job.closed"_s })
                                .value(u"id"_s)
                                .toInteger();
    const qint64 both = registerEndpoint(*m_delivering, owner, u"http://127.0.0.1:9/all"_s,
                                         { u"job.published"_s, u"application.created"_s })
                                .value(u"id"_s)
                                .toInteger();
    const qint64 off = registerEndpoint(*m_delivering, owner, u"http://127.0.0.1:9/off"_s,
                                        { u"application.created"_s })
                               .value(u"id"_s)
                               .toInteger();
    QCOMPARE(m_delivering
                     ->patch(u"/api/v1/webhooks/%1"_s.arg(off),
                             QJsonObject { { u"enabled"_s, false } }, owner.token)
                     .status,
             200);
    WebhookService webhooks(m_delivering->context());
    QCOMPARE(webhooks.emit(*owner.companyId, u"application.created"_s, {}), 1);
    QCOMPARE(webhooks.emit(*owner.companyId, u"job.published"_s, {}), 2);
    QCOMPARE(webhooks.emit(*owner.companyId, u"training.application.created"_s, {}), 0);
    // Another company's event reaches none of these.
    QCOMPARE(webhooks.emit(*m_sender.companyId, u"job.closed"_s, {}), 0);
    auto total = [&](qint64 id) {
        return deliveries(*m_delivering, owner, id)
                .value(u"meta"_s)
                .toObject()
                .value(u"total"_s)
                .toInt();
    };
    QCOMPARE(total(jobs), 1);
    QCOMPARE(total(both), 2);
    QCOMPARE(total(off), 0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             webhooks.emit(*owner.companyId, u"no.such.event"_s, {}));
    // The receivers here do not exist; turn the endpoints off so nothing is retried.
    for (qint64 id : { jobs, both })
        m_delivering->del(u"/api/v1/webhooks/%1"_s.arg(id), owner.token);
}

void TestWebhooksDelivery::failuresAreRetriedWithTheSameIdAndGrowingGaps()
{
    Receiver receiver;
    receiver.answers = { 500, 503 };
    QVERIFY(receiver.listen(QHostAddress::LocalHost));
    const QJsonObject endpoint
            = registerEndpoint(*m_delivering, m_sender,
                               u"http://127.0.0.1:%1/hooks/retry"_s.arg(receiver.serverPort()),
                               { u"job.published"_s });
    QCOMPARE(WebhookService(m_delivering->context())
                     .emit(*m_sender.companyId, u"job.published"_s, { { u"job_id"_s, 42 } }),
             1);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 3, 15000);

    const QString secret = endpoint.value(u"secret"_s).toString();
    for (const Received &request : std::as_const(receiver.requests)) {
        QCOMPARE(request.headers.value("webhook-id"),
                 receiver.requests.first().headers.value("webhook-id"));
        QCOMPARE(request.body, receiver.requests.first().body);
        QCOMPARE(request.headers.value("webhook-signature"), expectedSignature(secret, request));
    }
    // Back-off doubles from jobs/retry_base_seconds (1 s here): about 1 s, then about 2 s.
    const qint64 firstGap = receiver.requests.at(1).atMs - receiver.requests.at(0).atMs;
    const qint64 secondGap = receiver.requests.at(2).atMs - receiver.requests.at(1).atMs;
    QVERIFY2(firstGap >= 900, qPrintable(QString::number(firstGap)));
    QVERIFY2(secondGap >= 1800 && secondGap > firstGap,
             qPrintable(u"%1 then %2"_s.arg(firstGap).arg(secondGap)));

    const qint64 id = endpoint.value(u"id"_s).toInteger();
    QJsonObject delivery;
    QTRY_VERIFY_WITH_TIMEOUT(
            (delivery
             = deliveries(*m_delivering, m_sender, id).value(u"data"_s).toArray().at(0).toObject())
                            .value(u"status"_s)
                    == u"delivered"_s,
            5000);
    QCOMPARE(delivery.value(u"attempts"_s).toInt(), 3);
    const QJsonArray log = delivery.value(u"attempt_log"_s).toArray();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).toObject().value(u"status_code"_s).toInt(), 500);
    QCOMPARE(log.at(0).toObject().value(u"response_excerpt"_s).toString(), u"server error"_s);
    QCOMPARE(log.at(1).toObject().value(u"status_code"_s).toInt(), 503);
    QCOMPARE(log.at(2).toObject().value(u"status_code"_s).toInt(), 200);
    QCOMPARE(log.at(2).toObject().value(u"attempt"_s).toInt(), 3);
}

void TestWebhooksDelivery::redirectsAreNotFollowed()
{
    Receiver elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
    Receiver receiver;
    receiver.answers = { 307 };
    receiver.location = "http://127.0.0.1:" + QByteArray::number(elsewhere.serverPort()) + "/x";
    QVERIFY(receiver.listen(QHostAddress::LocalHost));
    const qint64 id
            = registerEndpoint(*m_delivering, m_sender,
                               u"http://127.0.0.1:%1/hooks/moved"_s.arg(receiver.serverPort()),
                               { u"assessment.completed"_s })
                      .value(u"id"_s)
                      .toInteger();
    QCOMPARE(WebhookService(m_delivering->context())
                     .emit(*m_sender.companyId, u"assessment.completed"_s, {}),
             1);
    // A redirect is an answer that is not 2xx: retried at the same URL, never followed.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 2, 10000);
    QJsonObject delivery;
    QTRY_VERIFY_WITH_TIMEOUT(
            (delivery
             = deliveries(*m_delivering, m_sender, id).value(u"data"_s).toArray().at(0).toObject())
                            .value(u"status"_s)
                    == u"delivered"_s,
            5000);
    QCOMPARE(delivery.value(u"attempt_log"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"status_code"_s)
                     .toInt(),
             307);
    QCOMPARE(elsewhere.requests.size(), 0);
}

void TestWebhooksDelivery::deliveryGivesUpAfterTheLastAttempt()
{
    Receiver receiver;
    receiver.fallback = 502;
    QVERIFY(receiver.listen(QHostAddress::LocalHost));
    const qint64 id
            = registerEndpoint(*m_delivering, m_sender,
                               u"http://127.0.0.1:%1/hooks/down"_s.arg(receiver.serverPort()),
                               { u"job.closed"_s })
                      .value(u"id"_s)
                      .toInteger();
    QCOMPARE(WebhookService(m_delivering->context()).emit(*m_sender.companyId, u"job.closed"_s, {}),
             1);
    // webhooks/max_attempts is 3 on this server.
    QJsonObject delivery;
    QTRY_VERIFY_WITH_TIMEOUT(
            (delivery
             = deliveries(*m_delivering, m_sender, id).value(u"data"_s).toArray().at(0).toObject())
                            .value(u"status"_s)
                    == u"failed"_s,
            15000);
    QCOMPARE(delivery.value(u"attempts"_s).toInt(), 3);
    QCOMPARE(delivery.value(u"last_status_code"_s).toInt(), 502);
    QCOMPARE(receiver.requests.size(), 3);
    // Its job is over: nothing will try it again.
    auto jobStatus = [&] {
        Sql job(m_delivering->context().db(),
                u"SELECT status FROM background_jobs WHERE kind = 'webhook-delivery' AND payload = :payload"_s);
        job.bind(u":payload"_s, u"{\"delivery_id\":%1}"_s.arg(delivery.value(u"id"_s).toInteger()));
        return job.scalar().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(jobStatus(), u"failed"_s, 5000);
    // The endpoint itself stays on: a later event is tried again.
    QCOMPARE(m_delivering->get(u"/api/v1/webhooks/%1"_s.arg(id), m_sender.token)
                     .json()
                     .value(u"enabled"_s)
                     .toBool(),
             true);
    m_delivering->del(u"/api/v1/webhooks/%1"_s.arg(id), m_sender.token);
}

void TestWebhooksDelivery::goneTurnsTheEndpointOff()
{
    Receiver receiver;
    receiver.fallback = 410;
    QVERIFY(receiver.listen(QHostAddress::LocalHost));
    const qint64 id
            = registerEndpoint(*m_delivering, m_sender,
                               u"http://127.0.0.1:%1/hooks/gone"_s.arg(receiver.serverPort()),
                               { u"application.status_changed"_s })
                      .value(u"id"_s)
                      .toInteger();
    WebhookService webhooks(m_delivering->context());
    QCOMPARE(webhooks.emit(*m_sender.companyId, u"application.status_changed"_s, {}), 1);
    const QString path = u"/api/v1/webhooks/%1"_s.arg(id);
    QTRY_COMPARE_WITH_TIMEOUT(
            m_delivering->get(path, m_sender.token).json().value(u"enabled"_s).toBool(), false,
            10000);
    QCOMPARE(receiver.requests.size(), 1);
    const QJsonObject endpoint = m_delivering->get(path, m_sender.token).json();
    QVERIFY2(endpoint.value(u"disabled_reason"_s).toString().contains(u"410"_s),
             qPrintable(endpoint.value(u"disabled_reason"_s).toString()));
    const QJsonObject delivery
            = deliveries(*m_delivering, m_sender, id).value(u"data"_s).toArray().at(0).toObject();
    QCOMPARE(delivery.value(u"status"_s).toString(), u"failed"_s);
    QCOMPARE(delivery.value(u"attempts"_s).toInt(), 1);

    // A later event creates no delivery for it, and a test event is refused.
    QCOMPARE(webhooks.emit(*m_sender.companyId, u"application.status_changed"_s, {}), 0);
    QCOMPARE(deliveries(*m_delivering, m_sender, id)
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInt(),
             1);
    QCOMPARE(m_delivering->post(path + u"/test"_s, QJsonObject(), m_sender.token).status, 422);
}

void TestWebhooksDelivery::testEventIsQueuedAndDelivered()
{
    Receiver receiver;
    receiver.responseBody = QByteArray(5000, 'x'); // the log keeps the first KiB
    QVERIFY(receiver.listen(QHostAddress::LocalHost));
    const QJsonObject endpoint = registerEndpoint(
            *m_delivering, m_sender, u"http://127.0.0.1:%1/hooks/ping"_s.arg(receiver.serverPort()),
            { u"job.closed"_s });
    const qint64 id = endpoint.value(u"id"_s).toInteger();
    const QString path = u"/api/v1/webhooks/%1/test"_s.arg(id);

    QCOMPARE(m_delivering->post(path, QJsonObject()).status, 401);
    const TestUser talent = m_delivering->createUser(Role::Talent);
    QCOMPARE(m_delivering->post(path, QJsonObject(), talent.token).status, 403);

    const Reply queued = m_delivering->post(path, QJsonObject(), m_sender.token);
    QCOMPARE(queued.status, 202);
    QCOMPARE(queued.json().value(u"event"_s).toString(), u"test.ping"_s);
    QCOMPARE(queued.json().value(u"endpoint_id"_s).toInteger(), id);
    const QString messageId = queued.json().value(u"message_id"_s).toString();
    QVERIFY(messageId.startsWith(u"msg_"_s));

    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 10000);
    const Received request = receiver.requests.first();
    QCOMPARE(QString::fromLatin1(request.headers.value("webhook-id")), messageId);
    QCOMPARE(QJsonDocument::fromJson(request.body).object().value(u"type"_s).toString(),
             u"test.ping"_s);
    QCOMPARE(request.headers.value("webhook-signature"),
             expectedSignature(endpoint.value(u"secret"_s).toString(), request));

    // The log pages and filters by status.
    QTRY_COMPARE_WITH_TIMEOUT(
            m_delivering
                    ->get(u"/api/v1/webhooks/%1/deliveries?status=delivered"_s.arg(id),
                          m_sender.token)
                    .json()
                    .value(u"meta"_s)
                    .toObject()
                    .value(u"total"_s)
                    .toInt(),
            1, 5000);
    const QJsonObject delivered
            = deliveries(*m_delivering, m_sender, id).value(u"data"_s).toArray().at(0).toObject();
    QCOMPARE(delivered.value(u"attempt_log"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"response_excerpt"_s)
                     .toString(),
             QString(1024, u'x'));
    QCOMPARE(m_delivering
                     ->get(u"/api/v1/webhooks/%1/deliveries?status=failed"_s.arg(id), m_sender.token)
                     .json()
                     .value(u"data"_s)
                     .toArray()
                     .size(),
             0);
    const Reply badFilter = m_delivering->get(
            u"/api/v1/webhooks/%1/deliveries?status=lost"_s.arg(id), m_sender.token);
    QCOMPARE(badFilter.status, 400);
    QVERIFY(namesMessage(badFilter, u"status"_s));
}

void TestWebhooksDelivery::queuedDeliverySurvivesARestart()
{
    // One server keeps the database (its own job runner stopped); a second one queues a delivery
    // while the receiver is down and is shut down; a third, started on the same database, sends it.
    TestServer database(deliverySettings());
    database.context().jobs->stop();
    QHash<QString, QString> settings = database.sharedInstanceSettings();
    settings.insert(deliverySettings());

    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort(); // free now, and nobody listens there until the receiver does
    }
    TestUser owner;
    qint64 endpointId = 0;
    QString messageId;
    {
        TestServer first(settings);
        owner = first.createUser(Role::Employer);
        endpointId = registerEndpoint(first, owner, u"http://127.0.0.1:%1/hooks/later"_s.arg(port),
                                      { u"job.published"_s })
                             .value(u"id"_s)
                             .toInteger();
        const Reply queued = first.post(u"/api/v1/webhooks/%1/test"_s.arg(endpointId),
                                        QJsonObject(), owner.token);
        QCOMPARE(queued.status, 202);
        messageId = queued.json().value(u"message_id"_s).toString();
        // The first attempt finds nobody listening.
        QTRY_VERIFY_WITH_TIMEOUT(deliveries(first, owner, endpointId)
                                                 .value(u"data"_s)
                                                 .toArray()
                                                 .at(0)
                                                 .toObject()
                                                 .value(u"attempts"_s)
                                                 .toInt()
                                         >= 1,
                                 5000);
    } // the server stops with the delivery still pending

    Receiver receiver;
    QVERIFY(receiver.listen(QHostAddress::LocalHost, port));
    TestServer second(settings);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 10000);
    QCOMPARE(QString::fromLatin1(receiver.requests.first().headers.value("webhook-id")), messageId);

    QJsonObject delivery;
    QTRY_VERIFY_WITH_TIMEOUT(
            (delivery
             = deliveries(second, owner, endpointId).value(u"data"_s).toArray().at(0).toObject())
                            .value(u"status"_s)
                    == u"delivered"_s,
            5000);
    const QJsonArray log = delivery.value(u"attempt_log"_s).toArray();
    QVERIFY(log.size() >= 2);
    QVERIFY(log.first().toObject().value(u"status_code"_s).isNull());
    QVERIFY(!log.first().toObject().value(u"error"_s).toString().isEmpty());
    QCOMPARE(log.last().toObject().value(u"status_code"_s).toInt(), 200);
}

QTEST_MAIN(TestWebhooksDelivery)
#include "tst_webhooks_delivery.moc"
