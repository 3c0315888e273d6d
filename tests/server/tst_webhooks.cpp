// SPDX-License-Identifier: Apache-2.0
// Webhooks: the event catalog, registering endpoints (URL rules and the refusal of internal
// targets), who may manage them, and delivery to a receiver in this process: the Standard
// Webhooks signature checked independently, retries with the same webhook-id and growing gaps,
// giving up, 410 Gone, test events, the delivery log, and a queued delivery surviving a restart.
#include "testserver.h"

#include "core/database.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"
#include "modules/webhooks/webhookservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** One request the receiver got. */
struct Received
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    qint64 atMs = 0;
};

/** A minimal HTTP receiver: answers each request with the next status of @c answers (then
 * @c fallback) and records what it got. */
class Receiver : public QTcpServer
{
public:
    QList<int> answers;
    int fallback = 200;
    QByteArray responseBody = "ok";
    QByteArray location; ///< sent with 3xx answers
    QList<Received> requests;

    Receiver() { m_clock.start(); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            Received request;
            const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < headEnd + 4 + length)
                return;
            request.body = buffer->mid(headEnd + 4, length);
            request.atMs = m_clock.elapsed();
            requests.append(request);
            const int status = answers.isEmpty() ? fallback : answers.takeFirst();
            const QByteArray body = status >= 500 ? QByteArray("server error") : responseBody;
            const QByteArray redirect = status >= 300 && status < 400
                    ? "Location: " + location + "\r\n"
                    : QByteArray();
            socket->write("HTTP/1.1 " + QByteArray::number(status)
                          + " Status\r\nContent-Type: "
                            "text/plain\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n" + redirect
                          + "Connection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }

private:
    QElapsedTimer m_clock;
};

/** The signature Standard Webhooks asks for, computed here on its own terms. */
QByteArray expectedSignature(const QString &secret, const Received &request)
{
    if (!secret.startsWith(u"whsec_"_s))
        return {};
    const QByteArray key = QByteArray::fromBase64(secret.mid(6).toLatin1());
    const QByteArray signedContent = request.headers.value("webhook-id") + '.'
            + request.headers.value("webhook-timestamp") + '.' + request.body;
    return "v1,"
            + QMessageAuthenticationCode::hash(signedContent, key, QCryptographicHash::Sha256)
                      .toBase64();
}

bool namesMessage(const Reply &reply, const QString &field)
{
    const QJsonArray messages = reply.json().value(u"message"_s).toArray();
    return std::any_of(messages.begin(), messages.end(), [&](const QJsonValue &message) {
        return message.toString().startsWith(field + u' ');
    });
}

QJsonObject endpointBody(const QString &url, const QStringList &events)
{
    return { { u"url"_s, url }, { u"events"_s, QJsonArray::fromStringList(events) } };
}

const QString publicUrl = u"https://203.0.113.10/hooks/worknation"_s; // TEST-NET-3: never dialled

/** Settings of a server that may deliver to this process's receivers, retrying quickly. */
QHash<QString, QString> deliverySettings()
{
    return { { u"webhooks/allow_private_targets"_s, u"true"_s },
             { u"webhooks/allow_http"_s, u"true"_s },
             { u"webhooks/max_attempts"_s, u"3"_s },
             { u"jobs/retry_base_seconds"_s, u"1"_s } };
}

} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

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

    // Delivering
    void deliveryIsSignedAsStandardWebhooksSays();
    void onlySubscribedEnabledEndpointsGetAnEvent();
    void failuresAreRetriedWithTheSameIdAndGrowingGaps();
    void redirectsAreNotFollowed();
    void deliveryGivesUpAfterTheLastAttempt();
    void goneTurnsTheEndpointOff();
    void testEventIsQueuedAndDelivered();
    void internalTargetsAreRefusedAtDeliveryToo();
    void queuedDeliverySurvivesARestart();

private:
    /** Registers an endpoint on @p server; its JSON (with the secret). */
    QJsonObject registerEndpoint(TestServer &server, const TestUser &owner, const QString &url,
                                 const QStringList &events);
    QJsonObject deliveries(TestServer &server, const TestUser &owner, qint64 endpointId);
    TestUser staffMember(const TestUser &owner, const QStringList &permissions);
    QString tokenOf(const QString &who) const;

    std::unique_ptr<TestServer> m_server; ///< default settings: public https targets only
    std::unique_ptr<TestServer> m_delivering; ///< may reach 127.0.0.1, retries after 1 s
    TestUser m_owner;
    TestUser m_otherOwner;
    TestUser m_manager; ///< staff of m_owner's company allowed webhooks.manage
    TestUser m_clerk; ///< staff of m_owner's company without it
    TestUser m_talent;
    TestUser m_admin;
    qint64 m_otherEndpointId = 0;
    TestUser m_sender; ///< owner on m_delivering
    int m_counter = 0;
};

void TestWebhooks::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    m_owner = m_server->createUser(Role::Employer);
    m_otherOwner = m_server->createUser(Role::Employer);
    m_talent = m_server->createUser(Role::Talent);
    m_admin = m_server->createUser(Role::Admin);
    m_manager = staffMember(m_owner, { u"webhooks.manage"_s });
    QVERIFY(!m_manager.token.isEmpty());
    m_clerk = staffMember(m_owner, { u"chat.use"_s });
    QVERIFY(!m_clerk.token.isEmpty());
    m_otherEndpointId = registerEndpoint(*m_server, m_otherOwner, publicUrl + u"/other"_s,
                                         { u"job.published"_s })
                                .value(u"id"_s)
                                .toInteger();
    QVERIFY(m_otherEndpointId > 0);

    m_delivering = std::make_unique<TestServer>(deliverySettings());
    m_sender = m_delivering->createUser(Role::Employer);
}

void TestWebhooks::cleanupTestCase()
{
    m_delivering.reset();
    m_server.reset();
}

QJsonObject TestWebhooks::registerEndpoint(TestServer &server, const TestUser &owner,
                                           const QString &url, const QStringList &events)
{
    const Reply reply = server.post(u"/api/v1/webhooks"_s, endpointBody(url, events), owner.token);
    if (reply.status != 201)
        qWarning("registering %s: %d %s", qPrintable(url), reply.status, reply.body.constData());
    return reply.json();
}

QJsonObject TestWebhooks::deliveries(TestServer &server, const TestUser &owner, qint64 endpointId)
{
    return server.get(u"/api/v1/webhooks/%1/deliveries"_s.arg(endpointId), owner.token).json();
}

TestUser TestWebhooks::staffMember(const TestUser &owner, const QStringList &permissions)
{
    TestUser staff;
    staff.role = Role::Employee;
    staff.email = u"staff.%1@webhooks.test"_s.arg(++m_counter);
    staff.password = u"Empl0yee!pass"_s;
    const Reply role = m_server->post(
            u"/api/v1/onboarding/employer-roles"_s,
            QJsonObject { { u"name"_s, u"Role %1"_s.arg(m_counter) },
                          { u"permissions"_s, QJsonArray::fromStringList(permissions) } },
            owner.token);
    m_server->post(u"/api/v1/onboarding/employees"_s,
                   QJsonObject { { u"first_name"_s, u"Emeka"_s },
                                 { u"last_name"_s, u"Eze"_s },
                                 { u"email"_s, staff.email },
                                 { u"role_id"_s, role.json().value(u"id"_s).toInteger() } },
                   owner.token);
    const std::optional<Mail> mail = m_server->waitForMail(staff.email);
    if (!mail)
        return staff;
    static const QRegularExpression token(u"token=([0-9]+\\.[A-Za-z0-9_-]+)"_s);
    const Reply accepted
            = m_server->post(u"/api/v1/auth/accept-invite"_s,
                             QJsonObject { { u"token"_s, token.match(mail->text).captured(1) },
                                           { u"password"_s, staff.password } });
    staff.token = accepted.json().value(u"access_token"_s).toString();
    return staff;
}

QString TestWebhooks::tokenOf(const QString &who) const
{
    const QHash<QString, QString> tokens {
        { u"owner"_s, m_owner.token },     { u"other owner"_s, m_otherOwner.token },
        { u"manager"_s, m_manager.token }, { u"clerk"_s, m_clerk.token },
        { u"talent"_s, m_talent.token },   { u"admin"_s, m_admin.token }
    };
    return tokens.value(who);
}

void TestWebhooks::everySeedOfTheAreaIsServed()
{
    const QJsonObject paths = m_server->get(u"/openapi.json"_s).json().value(u"paths"_s).toObject();
    QStringList named;
    for (const QJsonValue &item : paths) {
        for (const QJsonValue &operation : item.toObject()) {
            for (const QJsonValue &seed : operation.toObject().value(u"x-seed"_s).toArray())
                named.append(seed.toString());
        }
    }
    for (const QString &seed : { u"User > Employer > WebHooks > Add Web url"_s,
                                 u"User > Employer > WebHooks > Get All events"_s,
                                 u"User > Employer > WebHooks > Get all employers selected"_s })
        QVERIFY2(named.contains(seed), qPrintable(seed));
}

void TestWebhooks::eventCatalogIsForCompanies_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 200;
    QTest::addRow("staff") << u"clerk"_s << 200;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestWebhooks::eventCatalogIsForCompanies()
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

void TestWebhooks::registeringShowsTheSecretOnce()
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

void TestWebhooks::registrationNamesTheProblem_data()
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

void TestWebhooks::registrationNamesTheProblem()
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

void TestWebhooks::urlIsRegisteredOncePerCompany()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const QJsonObject body = endpointBody(publicUrl + u"/once"_s, { u"job.closed"_s });
    QCOMPARE(m_server->post(u"/api/v1/webhooks"_s, body, owner.token).status, 201);
    QCOMPARE(m_server->post(u"/api/v1/webhooks"_s, body, owner.token).status, 409);
    // Another company may use the same receiver.
    const TestUser other = m_server->createUser(Role::Employer);
    QCOMPARE(m_server->post(u"/api/v1/webhooks"_s, body, other.token).status, 201);
}

void TestWebhooks::endpointsAreManagedByTheCompanysWebhookManagers_data()
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

void TestWebhooks::endpointsAreManagedByTheCompanysWebhookManagers()
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

void TestWebhooks::anotherCompanysEndpointIsNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::addRow("read") << QByteArray("GET") << QString();
    QTest::addRow("update") << QByteArray("PATCH") << QString();
    QTest::addRow("delete") << QByteArray("DELETE") << QString();
    QTest::addRow("delivery log") << QByteArray("GET") << u"/deliveries"_s;
    QTest::addRow("test event") << QByteArray("POST") << u"/test"_s;
}

void TestWebhooks::anotherCompanysEndpointIsNotFound()
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

void TestWebhooks::updateChangesEventsUrlAndState()
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

void TestWebhooks::deletedEndpointIsGone()
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

// ---- Delivering ----

void TestWebhooks::deliveryIsSignedAsStandardWebhooksSays()
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

void TestWebhooks::onlySubscribedEnabledEndpointsGetAnEvent()
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

void TestWebhooks::failuresAreRetriedWithTheSameIdAndGrowingGaps()
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

void TestWebhooks::redirectsAreNotFollowed()
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

void TestWebhooks::deliveryGivesUpAfterTheLastAttempt()
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

void TestWebhooks::goneTurnsTheEndpointOff()
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

void TestWebhooks::testEventIsQueuedAndDelivered()
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

void TestWebhooks::internalTargetsAreRefusedAtDeliveryToo()
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

void TestWebhooks::queuedDeliverySurvivesARestart()
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

QTEST_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
