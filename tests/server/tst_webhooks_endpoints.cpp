// SPDX-License-Identifier: Apache-2.0
// Webhook endpoints: the event catalog, registering them (URL rules and the refusal of internal
// targets, at registration and again at delivery), who may manage them, changing and deleting.
#include "areas/webhooks.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "modules/webhooks/webhookservice.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestWebhooksEndpoints : public QObject, public Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        startServer();
        m_owner = castUser(u"owner"_s, Role::Employer);
        m_otherOwner = castUser(u"other owner"_s, Role::Employer);
        m_talent = castUser(u"talent"_s, Role::Talent);
        m_admin = castUser(u"admin"_s, Role::Admin);
        m_manager = staffMember(m_owner, { u"webhooks.manage"_s });
        QVERIFY(!m_manager.token.isEmpty());
        cast(u"manager"_s, m_manager);
        m_clerk = staffMember(m_owner, { u"chat.use"_s });
        QVERIFY(!m_clerk.token.isEmpty());
        cast(u"clerk"_s, m_clerk);
        m_otherEndpointId = registerEndpoint(*m_server, m_otherOwner, publicUrl + u"/other"_s,
                                             { u"job.published"_s })
                                    .value(u"id"_s)
                                    .toInteger();
        QVERIFY(m_otherEndpointId > 0);
    }
    void cleanupTestCase() { m_server.reset(); }

    void everySeedOfTheAreaIsServed();
    void eventCatalogIsForCompanies_data();
    void eventCatalogIsForCompanies();

    // Registering
    void registeringShowsTheSecretOnce();
    void registrationNamesTheProblem_data();
    void registrationNamesTheProblem();
    void urlIsRegisteredOncePerCompany();
    void endpointsAreManagedByTheCompanysWebhookManagers_data();
    void endpointsAreManagedByTheCompanysWebhookManagers();
    void anotherCompanysEndpointIsNotFound_data();
    void anotherCompanysEndpointIsNotFound();
    void updateChangesEventsUrlAndState();
    void deletedEndpointIsGone();

    // Delivering to a target that turned internal
    void internalTargetsAreRefusedAtDeliveryToo();

private:
    TestUser staffMember(const TestUser &owner, const QStringList &permissions)
    {
        return Fixture::staffMember(owner, permissions,
                                    u"staff.%1@webhooks.test"_s.arg(++m_counter));
    }

    TestUser m_owner;
    TestUser m_otherOwner;
    TestUser m_manager; ///< staff of m_owner's company allowed webhooks.manage
    TestUser m_clerk; ///< staff of m_owner's company without it
    TestUser m_talent;
    TestUser m_admin;
    qint64 m_otherEndpointId = 0;
    int m_counter = 0;
};

void TestWebhooksEndpoints::everySeedOfTheAreaIsServed()
{
    const QStringList named = seedsServed(*m_server);
    for (const QString &seed : { u"User > Employer > WebHooks > Add Web url"_s,
                                 u"User > Employer > WebHooks > Get All events"_s,
                                 u"User > Employer > WebHooks > Get all employers selected"_s })
        QVERIFY2(named.contains(seed), qPrintable(seed));
}

void TestWebhooksEndpoints::eventCatalogIsForCompanies_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 200;
    QTest::addRow("staff") << u"clerk"_s << 200;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestWebhooksEndpoints::eventCatalogIsForCompanies()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const Reply reply = m_server->get(u"/api/v1/webhooks/events"_s, tokenOf(who));
    QCOMPARE(reply.status, expected);
    if (expected != 200)
        return;
    QStringList names;
    for (const QJsonValue &event : reply.json().value(u"data"_s).toArray()) {
        names.append(event.toObject().value(u"name"_s).toString());
        QVERIFY(!event.toObject().value(u"description"_s).toString().isEmpty());
    }
    for (const QString &name :
         { u"application.created"_s, u"application.status_changed"_s, u"job.published"_s,
           u"job.closed"_s, u"training.application.created"_s, u"sponsorship.application.created"_s,
           u"test.ping"_s })
        QVERIFY2(names.contains(name), qPrintable(name));
    QVERIFY(!names.contains(u"chat.message"_s));
}

// ---- Registering ----

void TestWebhooksEndpoints::registeringShowsTheSecretOnce()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    QJsonObject body = endpointBody(
            publicUrl, { u"application.created"_s, u"job.published"_s, u"application.created"_s });
    body.insert(u"description"_s, u"Our ATS"_s);
    const Reply created = m_server->post(u"/api/v1/webhooks"_s, body, owner.token);
    QCOMPARE(created.status, 201);
    const QJsonObject endpoint = created.json();
    const QString secret = endpoint.value(u"secret"_s).toString();
    QVERIFY2(secret.startsWith(u"whsec_"_s), qPrintable(secret));
    QCOMPARE(QByteArray::fromBase64(secret.mid(6).toLatin1(),
                                    QByteArray::AbortOnBase64DecodingErrors)
                     .size(),
             24);
    QCOMPARE(endpoint.value(u"url"_s).toString(), publicUrl);
    QCOMPARE(endpoint.value(u"description"_s).toString(), u"Our ATS"_s);
    QCOMPARE(endpoint.value(u"enabled"_s).toBool(), true);
    QCOMPARE(endpoint.value(u"events"_s).toArray(),
             (QJsonArray { u"application.created"_s, u"job.published"_s }));

    const Reply listed = m_server->get(u"/api/v1/webhooks"_s, owner.token);
    QCOMPARE(listed.status, 200);
    const QJsonArray data = listed.json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(listed.json().value(u"meta"_s).toObject().value(u"total"_s).toInt(), 1);
    QCOMPARE(data.first().toObject().value(u"id"_s), endpoint.value(u"id"_s));
    QCOMPARE(data.first().toObject().value(u"events"_s), endpoint.value(u"events"_s));
    QVERIFY(!data.first().toObject().contains(u"secret"_s));
    const Reply one = m_server->get(
            u"/api/v1/webhooks/%1"_s.arg(endpoint.value(u"id"_s).toInteger()), owner.token);
    QCOMPARE(one.status, 200);
    QVERIFY(!one.json().contains(u"secret"_s));
    QVERIFY(!one.body.contains(secret.toLatin1()));
    // The database keeps it sealed under the server's key, never as it was shown.
    Sql stored(m_server->context().db(), u"SELECT secret FROM webhook_endpoints WHERE id = :id"_s);
    const QString kept
            = stored.bind(u":id"_s, endpoint.value(u"id"_s).toInteger()).scalar().toString();
    QVERIFY(!kept.contains(secret.mid(6)));
    QVERIFY(kept.startsWith(u"sealed:"_s));

    // Every endpoint has a secret of its own.
    const QJsonObject second
            = registerEndpoint(*m_server, owner, publicUrl + u"/2"_s, { u"job.closed"_s });
    QVERIFY(second.value(u"secret"_s).toString().startsWith(u"whsec_"_s));
    QVERIFY(second.value(u"secret"_s).toString() != secret);
}

void TestWebhooksEndpoints::registrationNamesTheProblem_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QJsonValue>("events");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");
    const QJsonValue events(QJsonArray { u"job.published"_s });
    QTest::addRow("url missing") << QString() << events << u"url"_s << u"empty"_s;
    QTest::addRow("not a URL") << u"hooks dot example"_s << events << u"url"_s << u"URL"_s;
    QTest::addRow("ftp") << u"ftp://203.0.113.10/hook"_s << events << u"url"_s << u"https"_s;
    QTest::addRow("plain http") << u"http://203.0.113.10/hook"_s << events << u"url"_s
                                << u"https"_s;
    QTest::addRow("credentials in the URL")
            << u"https://user:secret@203.0.113.10/hook"_s << events << u"url"_s << u"password"_s;
    QTest::addRow("loopback") << u"https://127.0.0.1/hook"_s << events << u"url"_s << u"loopback"_s;
    QTest::addRow("loopback elsewhere in 127/8")
            << u"https://127.45.6.7:8443/hook"_s << events << u"url"_s << u"loopback"_s;
    QTest::addRow("loopback as one number")
            << u"https://2130706433/hook"_s << events << u"url"_s << u"loopback"_s;
    QTest::addRow("IPv6 loopback")
            << u"https://[::1]/hook"_s << events << u"url"_s << u"loopback"_s;
    QTest::addRow("IPv4-mapped loopback")
            << u"https://[::ffff:127.0.0.1]/hook"_s << events << u"url"_s << u"loopback"_s;
    QTest::addRow("localhost resolves to loopback")
            << u"https://localhost/hook"_s << events << u"url"_s << u"loopback"_s;
    QTest::addRow("private 10/8") << u"https://10.0.0.1/hook"_s << events << u"url"_s
                                  << u"private"_s;
    QTest::addRow("private 172.16/12")
            << u"https://172.20.1.1/hook"_s << events << u"url"_s << u"private"_s;
    QTest::addRow("private 192.168/16")
            << u"https://192.168.1.10/hook"_s << events << u"url"_s << u"private"_s;
    QTest::addRow("cloud metadata (link-local)") << u"https://169.254.169.254/latest/meta-data"_s
                                                 << events << u"url"_s << u"link-local"_s;
    QTest::addRow("IPv6 link-local")
            << u"https://[fe80::1]/hook"_s << events << u"url"_s << u"link-local"_s;
    QTest::addRow("IPv6 unique-local")
            << u"https://[fd12:3456::1]/hook"_s << events << u"url"_s << u"unique-local"_s;
    QTest::addRow("CGNAT") << u"https://100.64.0.1/hook"_s << events << u"url"_s
                           << u"carrier-grade NAT"_s;
    QTest::addRow("unspecified") << u"https://0.0.0.0/hook"_s << events << u"url"_s
                                 << u"unspecified"_s;
    QTest::addRow("multicast") << u"https://224.0.0.1/hook"_s << events << u"url"_s
                               << u"multicast"_s;
    QTest::addRow("NAT64 of a private address")
            << u"https://[64:ff9b::a00:1]/hook"_s << events << u"url"_s << u"private"_s;
    QTest::addRow("unknown host") << u"https://no-such-host.invalid/hook"_s << events << u"url"_s
                                  << u"resolved"_s;
    QTest::addRow("events missing")
            << publicUrl << QJsonValue(QJsonValue::Undefined) << u"events"_s << u"empty"_s;
    QTest::addRow("events empty") << publicUrl << QJsonValue(QJsonArray()) << u"events"_s
                                  << u"empty"_s;
    QTest::addRow("unknown event")
            << publicUrl << QJsonValue(QJsonArray { u"job.published"_s, u"chat.message"_s })
            << u"events[1]"_s << u"application.created"_s;
    QTest::addRow("events not a list")
            << publicUrl << QJsonValue(u"job.published"_s) << u"events"_s << u"array"_s;
}

void TestWebhooksEndpoints::registrationNamesTheProblem()
{
    QFETCH(QString, url);
    QFETCH(QJsonValue, events);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    QJsonObject body;
    if (!url.isNull())
        body.insert(u"url"_s, url);
    if (!events.isUndefined())
        body.insert(u"events"_s, events);
    const TestUser owner = m_owner;
    const Reply refused = m_server->post(u"/api/v1/webhooks"_s, body, owner.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(namesMessage(refused, field), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(mentions), qPrintable(refused.message()));
    const Reply listed = m_server->get(u"/api/v1/webhooks?limit=100"_s, owner.token);
    for (const QJsonValue &endpoint : listed.json().value(u"data"_s).toArray())
        QVERIFY(endpoint.toObject().value(u"url"_s).toString() != url);
}

void TestWebhooksEndpoints::urlIsRegisteredOncePerCompany()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const QJsonObject body = endpointBody(publicUrl + u"/once"_s, { u"job.closed"_s });
    QCOMPARE(m_server->post(u"/api/v1/webhooks"_s, body, owner.token).status, 201);
    QCOMPARE(m_server->post(u"/api/v1/webhooks"_s, body, owner.token).status, 409);
    // Another company may use the same receiver.
    const TestUser other = m_server->createUser(Role::Employer);
    QCOMPARE(m_server->post(u"/api/v1/webhooks"_s, body, other.token).status, 201);
}

void TestWebhooksEndpoints::endpointsAreManagedByTheCompanysWebhookManagers_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 201;
    QTest::addRow("staff allowed webhooks.manage") << u"manager"_s << 201;
    QTest::addRow("staff without it") << u"clerk"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestWebhooksEndpoints::endpointsAreManagedByTheCompanysWebhookManagers()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const QString url = publicUrl + u"/by-"_s + QString(who).replace(u' ', u'-');
    const Reply created = m_server->post(u"/api/v1/webhooks"_s,
                                         endpointBody(url, { u"job.published"_s }), tokenOf(who));
    QCOMPARE(created.status, expected);
    const Reply listed = m_server->get(u"/api/v1/webhooks?limit=100"_s, tokenOf(who));
    QCOMPARE(listed.status, expected == 201 ? 200 : expected);
    const Reply ownerList = m_server->get(u"/api/v1/webhooks?limit=100"_s, m_owner.token);
    const QJsonArray endpoints = ownerList.json().value(u"data"_s).toArray();
    const bool registered
            = std::any_of(endpoints.begin(), endpoints.end(), [&](const QJsonValue &e) {
                  return e.toObject().value(u"url"_s).toString() == url;
              });
    QCOMPARE(registered, expected == 201);
}

void TestWebhooksEndpoints::anotherCompanysEndpointIsNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::addRow("read") << QByteArray("GET") << QString();
    QTest::addRow("update") << QByteArray("PATCH") << QString();
    QTest::addRow("delete") << QByteArray("DELETE") << QString();
    QTest::addRow("delivery log") << QByteArray("GET") << u"/deliveries"_s;
    QTest::addRow("test event") << QByteArray("POST") << u"/test"_s;
}

void TestWebhooksEndpoints::anotherCompanysEndpointIsNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    const QString path = u"/api/v1/webhooks/%1"_s.arg(m_otherEndpointId) + suffix;
    const QJsonObject body { { u"enabled"_s, false } };
    QCOMPARE(m_server->call(method, path, method == "PATCH" ? QJsonValue(body) : QJsonValue(),
                            m_owner.token)
                     .status,
             404);
    QCOMPARE(m_server->call(method, u"/api/v1/webhooks/99999999"_s + suffix,
                            method == "PATCH" ? QJsonValue(body) : QJsonValue(), m_owner.token)
                     .status,
             404);
    // Untouched, and nothing was queued for it.
    const Reply kept
            = m_server->get(u"/api/v1/webhooks/%1"_s.arg(m_otherEndpointId), m_otherOwner.token);
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.json().value(u"enabled"_s).toBool(), true);
    QCOMPARE(deliveries(*m_server, m_otherOwner, m_otherEndpointId)
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInt(),
             0);
}

void TestWebhooksEndpoints::updateChangesEventsUrlAndState()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const qint64 id = registerEndpoint(*m_server, owner, publicUrl + u"/a"_s, { u"job.closed"_s })
                              .value(u"id"_s)
                              .toInteger();
    const QString path = u"/api/v1/webhooks/%1"_s.arg(id);

    const Reply events = m_server->patch(
            path,
            QJsonObject {
                    { u"events"_s, QJsonArray { u"application.created"_s, u"job.published"_s } },
                    { u"url"_s, publicUrl + u"/b"_s },
                    { u"description"_s, u"Renamed"_s } },
            owner.token);
    QCOMPARE(events.status, 200);
    QCOMPARE(events.json().value(u"events"_s).toArray(),
             (QJsonArray { u"application.created"_s, u"job.published"_s }));
    QCOMPARE(events.json().value(u"url"_s).toString(), publicUrl + u"/b"_s);
    QCOMPARE(events.json().value(u"description"_s).toString(), u"Renamed"_s);

    // The same rules as when registering.
    const Reply internal = m_server->patch(
            path, QJsonObject { { u"url"_s, u"https://192.168.0.5/hook"_s } }, owner.token);
    QCOMPARE(internal.status, 400);
    QVERIFY2(namesMessage(internal, u"url"_s), qPrintable(internal.message()));
    const Reply noEvents
            = m_server->patch(path, QJsonObject { { u"events"_s, QJsonArray() } }, owner.token);
    QCOMPARE(noEvents.status, 400);
    QCOMPARE(m_server->get(path, owner.token).json().value(u"url"_s).toString(),
             publicUrl + u"/b"_s);

    const Reply off = m_server->patch(path, QJsonObject { { u"enabled"_s, false } }, owner.token);
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json().value(u"enabled"_s).toBool(), false);
    QVERIFY(!off.json().value(u"disabled_reason"_s).toString().isEmpty());
    QCOMPARE(m_server->post(path + u"/test"_s, QJsonObject(), owner.token).status, 422);
    const Reply on = m_server->patch(path, QJsonObject { { u"enabled"_s, true } }, owner.token);
    QCOMPARE(on.json().value(u"enabled"_s).toBool(), true);
    QVERIFY(on.json().value(u"disabled_reason"_s).isNull());
}

void TestWebhooksEndpoints::deletedEndpointIsGone()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const qint64 id
            = registerEndpoint(*m_server, owner, publicUrl + u"/gone"_s, { u"job.closed"_s })
                      .value(u"id"_s)
                      .toInteger();
    const QString path = u"/api/v1/webhooks/%1"_s.arg(id);
    QCOMPARE(m_server->del(path, owner.token).status, 200);
    QCOMPARE(m_server->get(path, owner.token).status, 404);
    QCOMPARE(m_server->del(path, owner.token).status, 404);
    QCOMPARE(
            m_server->get(u"/api/v1/webhooks"_s, owner.token).json().value(u"data"_s).toArray().size(),
            0);
    QCOMPARE(WebhookService(m_server->context()).emit(*owner.companyId, u"job.closed"_s, {}), 0);
    // Its URL may be registered again.
    QCOMPARE(m_server->post(u"/api/v1/webhooks"_s,
                            endpointBody(publicUrl + u"/gone"_s, { u"job.closed"_s }), owner.token)
                     .status,
             201);
}

// ---- Delivering to a target that turned internal ----

void TestWebhooksEndpoints::internalTargetsAreRefusedAtDeliveryToo()
{
    // A host that was public when registered and points inside when delivering (a DNS change)
    // is refused before any connection is made.
    Receiver receiver;
    QVERIFY(receiver.listen(QHostAddress::LocalHost));
    const TestUser owner = m_server->createUser(Role::Employer);
    const qint64 id
            = registerEndpoint(*m_server, owner, publicUrl + u"/rebound"_s, { u"job.published"_s })
                      .value(u"id"_s)
                      .toInteger();
    Sql(m_server->context().db(), u"UPDATE webhook_endpoints SET url = :url WHERE id = :id"_s)
            .bind(u":url"_s, u"https://localhost:%1/hook"_s.arg(receiver.serverPort()))
            .bind(u":id"_s, id)
            .exec();
    QCOMPARE(WebhookService(m_server->context()).emit(*owner.companyId, u"job.published"_s, {}), 1);
    QJsonObject delivery;
    QTRY_VERIFY_WITH_TIMEOUT(
            (delivery = deliveries(*m_server, owner, id).value(u"data"_s).toArray().at(0).toObject())
                            .value(u"attempts"_s)
                            .toInt()
                    >= 1,
            5000);
    const QJsonObject attempt = delivery.value(u"attempt_log"_s).toArray().at(0).toObject();
    QVERIFY2(attempt.value(u"error"_s).toString().contains(u"loopback"_s),
             qPrintable(attempt.value(u"error"_s).toString()));
    QVERIFY(attempt.value(u"status_code"_s).isNull());
    QCOMPARE(receiver.requests.size(), 0);
    QCOMPARE(m_server->del(u"/api/v1/webhooks/%1"_s.arg(id), owner.token).status, 200);
}

QTEST_MAIN(TestWebhooksEndpoints)
#include "tst_webhooks_endpoints.moc"
