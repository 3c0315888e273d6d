// SPDX-License-Identifier: Apache-2.0
// API keys: shown once and kept as a hash, held to their scopes and their company, rotated with
// an overlap, revoked at once, rate-limited per key, stamped when used; and the door between
// keys and users' tokens, which never opens for the other.
#include "fixtures.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "modules/partners/apikeyservice.h"

#include <wn/common/forms.h>

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** Requests a key may make a minute in this suite: small, so that the limit is reached. */
constexpr int keyRate = 6;

} // namespace

class TestApiKeys : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void keyIsShownOnceAndStoredAsAHash();
    void createRefusals_data();
    void createRefusals();
    void keyOpensOnlyItsScopes();
    void partnersScopesAreForPartnersOnly();
    void scopesSayWhichTheCallerMayHold();
    void theKeyFormIsTheServersBody();
    void keysAndUserTokensOpenDifferentDoors();
    void rotationKeepsTheOldKeyForTheOverlap();
    void rotationWithoutOverlapStopsTheOldKeyAtOnce();
    void revocationIsImmediate();
    void keyIsRateLimited();
    void aKeyMayHaveALowerLimitOfItsOwn();
    void aCompanysKeysShareItsLimit();
    void lastUseIsStamped();
    void anotherCompanysKeysAreOutOfReach_data();
    void anotherCompanysKeysAreOutOfReach();
    void staffListEveryKey();

private:
    /** A new key of the employer's company holding @p scopes; the create answer. */
    QJsonObject newKey(const QStringList &scopes, const QString &token = {});
    /** A read with @p key on a route needing talents.read (a talent nobody shares: 404). */
    Reply readWith(const QString &key, bool asHeader = true);

    TestUser m_partner;
};

void TestApiKeys::initTestCase()
{
    startServer({ { u"partners/key_requests_per_minute"_s, QString::number(keyRate) } });
    m_admin = castUser(u"admin"_s, Role::Admin);
    m_talent = castUser(u"talent"_s, Role::Talent);
    m_employer = castUser(u"employer"_s, Role::Employer);
    // Keys reaching talents are a partner organisation's; the suite's keys are a partner's.
    m_partner = castUser(u"partner"_s, Role::Partner);
    castUser(u"other_partner"_s, Role::Partner);
    m_support = castUser(u"support"_s, Role::Support);
}

QJsonObject TestApiKeys::newKey(const QStringList &scopes, const QString &token)
{
    const Reply reply
            = m_server->post(u"/api/v1/api-keys"_s,
                             QJsonObject { { u"name"_s, u"Test key"_s },
                                           { u"scopes"_s, QJsonArray::fromStringList(scopes) } },
                             token.isEmpty() ? m_partner.token : token);
    if (reply.status != 201)
        qWarning() << "key not issued:" << reply.status << reply.body;
    return reply.json();
}

Reply TestApiKeys::readWith(const QString &key, bool asHeader)
{
    if (asHeader)
        return m_server->raw("GET", u"/api/v1/external/talents/WN-NOBODY"_s, {}, {}, {},
                             { { "X-Api-Key", key.toLatin1() } });
    return m_server->get(u"/api/v1/external/talents/WN-NOBODY"_s, key);
}

void TestApiKeys::keyIsShownOnceAndStoredAsAHash()
{
    const QJsonObject created = newKey({ u"talents.read"_s });
    const QString key = created.value(u"key"_s).toString();
    QVERIFY2(key.startsWith(u"wn_live_"_s), qPrintable(key));
    QVERIFY(key.size() >= 40);
    QVERIFY(created.value(u"signing_secret"_s).toString().startsWith(u"whsec_"_s));
    QVERIFY(key.startsWith(created.value(u"prefix"_s).toString()));
    QCOMPARE(created.value(u"status"_s).toString(), u"active"_s);

    const qint64 id = created.value(u"id"_s).toInteger();
    const Reply again = m_server->get(u"/api/v1/api-keys/%1"_s.arg(id), m_partner.token);
    QCOMPARE(again.status, 200);
    QVERIFY(!again.json().contains(u"key"_s));
    QVERIFY(!again.json().contains(u"signing_secret"_s));
    QVERIFY(!again.body.contains(key.mid(16).toUtf8()));
    const Reply listed = m_server->get(u"/api/v1/api-keys"_s, m_partner.token);
    QVERIFY(!listed.body.contains(key.mid(16).toUtf8()));
    QVERIFY(valuesOf(listed.json().value(u"data"_s), u"id"_s).contains(QString::number(id)));

    Sql stored(m_server->context().db(),
               u"SELECT secret_hash, signing_secret FROM api_keys WHERE id = :id"_s);
    stored.bind(u":id"_s, id).exec();
    QVERIFY(stored.next());
    QVERIFY(!stored.text(u"secret_hash"_s).contains(key.mid(8)));
    QCOMPARE(stored.text(u"secret_hash"_s).size(), 64); // an HMAC-SHA256, in hex
    QVERIFY(!stored.text(u"signing_secret"_s)
                     .contains(created.value(u"signing_secret"_s).toString().mid(6)));
}

void TestApiKeys::createRefusals_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QJsonObject good { { u"name"_s, u"Portal"_s },
                             { u"scopes"_s, QJsonArray { u"talents.read"_s } } };
    QTest::addRow("no name") << u"partner"_s
                             << QJsonObject { { u"scopes"_s, QJsonArray { u"talents.read"_s } } }
                             << 400 << u"name"_s;
    QTest::addRow("unknown scope")
            << u"partner"_s
            << QJsonObject { { u"name"_s, u"Portal"_s },
                             { u"scopes"_s, QJsonArray { u"everything"_s } } }
            << 400 << u"scopes[0]"_s;
    QTest::addRow("no scopes") << u"partner"_s
                               << QJsonObject { { u"name"_s, u"Portal"_s },
                                                { u"scopes"_s, QJsonArray {} } }
                               << 400 << u"scopes"_s;
    QJsonObject zeroLimit = good;
    zeroLimit.insert(u"requests_per_minute"_s, 0);
    QTest::addRow("a limit of nothing")
            << u"partner"_s << zeroLimit << 400 << u"requests_per_minute"_s;
    QJsonObject textLimit = good;
    textLimit.insert(u"requests_per_minute"_s, u"lots"_s);
    QTest::addRow("a limit in words")
            << u"partner"_s << textLimit << 400 << u"requests_per_minute"_s;
    QTest::addRow("talent") << u"talent"_s << good << 403 << QString();
    QTest::addRow("support") << u"support"_s << good << 403 << QString();
    QTest::addRow("anonymous") << u"nobody"_s << good << 401 << QString();
}

void TestApiKeys::createRefusals()
{
    QFETCH(QString, caller);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Reply reply = m_server->post(u"/api/v1/api-keys"_s, body, tokenOf(caller));
    QCOMPARE(reply.status, status);
    if (!field.isEmpty())
        QVERIFY2(namesMessage(reply, field), reply.body.constData());
}

void TestApiKeys::keyOpensOnlyItsScopes()
{
    const QString key = newKey({ u"talents.read"_s }).value(u"key"_s).toString();
    // Within its scope the key is let in: the talent it asks for shares nothing, so 404.
    QCOMPARE(readWith(key).status, 404);
    QCOMPARE(readWith(key, false).status, 404);
    const Reply outside = m_server->raw(
            "POST", u"/api/v1/external/talents"_s,
            R"({"talents":[{"email":"x@example.com","first_name":"X","last_name":"Y"}]})",
            "application/json", {}, { { "X-Api-Key", key.toLatin1() } });
    QCOMPARE(outside.status, 403);
    QVERIFY2(outside.message().contains(u"talents.write"_s), outside.body.constData());
}

void TestApiKeys::partnersScopesAreForPartnersOnly()
{
    // An employer's owner, and its staff holding webhooks.manage, issue keys for the company's
    // assessment portal; the scopes reaching talents' data are a partner organisation's.
    const TestUser manager
            = staffMember(m_employer, { u"webhooks.manage"_s }, u"keys.manager@example.com"_s);
    for (const QString &token : { m_employer.token, manager.token }) {
        for (const QStringList &scopes :
             { QStringList { u"talents.read"_s }, QStringList { u"msd.register"_s },
               QStringList { u"assessments.onboard"_s, u"talents.write"_s } }) {
            const Reply refused = m_server->post(
                    u"/api/v1/api-keys"_s,
                    QJsonObject { { u"name"_s, u"Not ours"_s },
                                  { u"scopes"_s, QJsonArray::fromStringList(scopes) } },
                    token);
            QCOMPARE(refused.status, 403);
            QVERIFY2(refused.message().contains(u"partner organisation"_s)
                             && refused.message().contains(scopes.last()),
                     refused.body.constData());
        }
    }
    const QJsonObject portal = newKey({ u"assessments.onboard"_s }, manager.token);
    QCOMPARE(portal.value(u"status"_s).toString(), u"active"_s);
    const Reply listed = m_server->get(u"/api/v1/api-keys"_s, m_employer.token);
    QCOMPARE(valuesOf(listed.json().value(u"data"_s), u"id"_s),
             QStringList { QString::number(portal.value(u"id"_s).toInteger()) });
    // The scopes say which are partners' only.
    const Reply scopes = m_server->get(u"/api/v1/api-key-scopes"_s, m_employer.token);
    for (const QJsonValue &scope : scopes.json().value(u"data"_s).toArray())
        QCOMPARE(scope.toObject().value(u"partners_only"_s).toBool(),
                 scope.toObject().value(u"name"_s).toString() != u"assessments.onboard"_s);

    // A key an employer held before the rule opens nothing of a partner's, and is not renewed.
    Sql(m_server->context().db(), u"UPDATE api_keys SET scopes = :scopes WHERE id = :id"_s)
            .bind(u":scopes"_s, u"[\"assessments.onboard\",\"talents.read\"]"_s)
            .bind(u":id"_s, portal.value(u"id"_s).toInteger())
            .exec();
    const Reply read = readWith(portal.value(u"key"_s).toString());
    QCOMPARE(read.status, 403);
    QVERIFY2(read.message().contains(u"partner organisations"_s), read.body.constData());
    const Reply rotated
            = m_server->post(u"/api/v1/api-keys/%1/rotate"_s.arg(portal.value(u"id"_s).toInteger()),
                             QJsonObject {}, m_employer.token);
    QCOMPARE(rotated.status, 403);
    QVERIFY2(rotated.message().contains(u"talents.read"_s), rotated.body.constData());
}

void TestApiKeys::scopesSayWhichTheCallerMayHold()
{
    const auto mayHold = [this](const QString &token) {
        QStringList names;
        const Reply reply = m_server->get(u"/api/v1/api-key-scopes"_s, token);
        for (const QJsonValue &scope : reply.json().value(u"data"_s).toArray()) {
            if (scope[u"may_hold"_s].toBool())
                names.append(scope[u"name"_s].toString());
        }
        names.sort();
        return names;
    };
    // An employer (owner or staff) may hold what its assessment portal needs; a partner every
    // scope; someone acting for no company none.
    const TestUser manager
            = staffMember(m_employer, { u"webhooks.manage"_s }, u"scopes.manager@example.com"_s);
    QCOMPARE(mayHold(m_employer.token), QStringList { u"assessments.onboard"_s });
    QCOMPARE(mayHold(manager.token), QStringList { u"assessments.onboard"_s });
    QStringList every = ApiKeyService::scopeNames();
    every.sort();
    QCOMPARE(mayHold(m_partner.token), every);
    QCOMPARE(mayHold(m_talent.token), QStringList());
    QCOMPARE(mayHold(m_admin.token), QStringList());
    // What an employer may hold, it is issued.
    for (const QString &scope : mayHold(m_employer.token))
        QCOMPARE(newKey({ scope }, m_employer.token).value(u"status"_s).toString(), u"active"_s);
}

void TestApiKeys::theKeyFormIsTheServersBody()
{
    // The client's key form offers common's scopes, labelled for people, and checks with the
    // schema the route declares: both must name exactly the scopes the server knows.
    QCOMPARE(forms::apiKeyScopes(), ApiKeyService::scopeNames());
    for (const QString &scope : forms::apiKeyScopes())
        QVERIFY2(forms::choiceLabel(u"api_key_scope"_s, scope), qPrintable(scope));
    FieldErrors errors;
    forms::apiKey().validate(QJsonObject { { u"name"_s, u"Portal"_s },
                                           { u"scopes"_s, QJsonArray { u"talents.everything"_s } } },
                             errors);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.messages().first().startsWith(u"scopes"_s),
             qPrintable(errors.messages().join(u"; "_s)));
}

void TestApiKeys::keysAndUserTokensOpenDifferentDoors()
{
    const QString key = newKey({ u"talents.read"_s }).value(u"key"_s).toString();
    // A user's token, however powerful, is no key.
    for (const QString &token : { m_partner.token, m_admin.token, m_talent.token }) {
        const Reply reply = readWith(token, false);
        QCOMPARE(reply.status, 401);
        QVERIFY2(reply.message().contains(u"API key"_s), reply.body.constData());
    }
    QCOMPARE(m_server->get(u"/api/v1/external/talents/WN-NOBODY"_s).status, 401);
    // And a key is no user: not as a header, not as a Bearer.
    QCOMPARE(m_server->raw("GET", u"/api/v1/auth/me"_s, {}, {}, {},
                           { { "X-Api-Key", key.toLatin1() } })
                     .status,
             401);
    QCOMPARE(m_server->get(u"/api/v1/api-keys"_s, key).status, 401);
    // A made-up key in the key's shape is refused as unknown.
    const Reply forged = readWith(u"wn_live_"_s + QString(40, u'A'));
    QCOMPARE(forged.status, 401);
    QVERIFY2(forged.message().contains(u"not recognised"_s), forged.body.constData());
}

void TestApiKeys::rotationKeepsTheOldKeyForTheOverlap()
{
    const QJsonObject old = newKey({ u"talents.read"_s });
    const Reply rotated
            = m_server->post(u"/api/v1/api-keys/%1/rotate"_s.arg(old.value(u"id"_s).toInteger()),
                             QJsonObject { { u"overlap_hours"_s, 2 } }, m_partner.token);
    QCOMPARE(rotated.status, 201);
    const QString fresh = rotated.json().value(u"key"_s).toString();
    QVERIFY(fresh.startsWith(u"wn_live_"_s));
    QVERIFY(fresh != old.value(u"key"_s).toString());
    QCOMPARE(rotated.json().value(u"replaces_id"_s), old.value(u"id"_s));
    QCOMPARE(rotated.json().value(u"scopes"_s), old.value(u"scopes"_s));

    QCOMPARE(readWith(old.value(u"key"_s).toString()).status, 404);
    QCOMPARE(readWith(fresh).status, 404);
    const QJsonObject oldNow
            = m_server->get(u"/api/v1/api-keys/%1"_s.arg(old.value(u"id"_s).toInteger()),
                            m_partner.token)
                      .json();
    QCOMPARE(oldNow.value(u"status"_s).toString(), u"expiring"_s);
    QVERIFY(!oldNow.value(u"expires_at"_s).isNull());
    // An expiring key is not rotated again: the new one is.
    QCOMPARE(m_server->post(u"/api/v1/api-keys/%1/rotate"_s.arg(old.value(u"id"_s).toInteger()),
                            QJsonObject {}, m_partner.token)
                     .status,
             409);
    QVERIFY(namesMessage(
            m_server->post(
                    u"/api/v1/api-keys/%1/rotate"_s.arg(rotated.json().value(u"id"_s).toInteger()),
                    QJsonObject { { u"overlap_hours"_s, 500 } }, m_partner.token),
            u"overlap_hours"_s));
}

void TestApiKeys::rotationWithoutOverlapStopsTheOldKeyAtOnce()
{
    const QJsonObject old = newKey({ u"talents.read"_s });
    const Reply rotated
            = m_server->post(u"/api/v1/api-keys/%1/rotate"_s.arg(old.value(u"id"_s).toInteger()),
                             QJsonObject { { u"overlap_hours"_s, 0 } }, m_partner.token);
    QCOMPARE(rotated.status, 201);
    const Reply refused = readWith(old.value(u"key"_s).toString());
    QCOMPARE(refused.status, 401);
    QVERIFY2(refused.message().contains(u"expired"_s), refused.body.constData());
    QCOMPARE(readWith(rotated.json().value(u"key"_s).toString()).status, 404);
}

void TestApiKeys::revocationIsImmediate()
{
    const QJsonObject created = newKey({ u"talents.read"_s });
    const QString key = created.value(u"key"_s).toString();
    QCOMPARE(readWith(key).status, 404);
    const Reply revoked = m_server->del(
            u"/api/v1/api-keys/%1"_s.arg(created.value(u"id"_s).toInteger()), m_partner.token);
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json().value(u"status"_s).toString(), u"revoked"_s);
    const Reply refused = readWith(key);
    QCOMPARE(refused.status, 401);
    QVERIFY2(refused.message().contains(u"revoked"_s), refused.body.constData());
}

void TestApiKeys::keyIsRateLimited()
{
    const QString key = newKey({ u"talents.read"_s }).value(u"key"_s).toString();
    for (int i = 0; i < keyRate; ++i)
        QCOMPARE(readWith(key).status, 404);
    const Reply limited = readWith(key);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() > 0);
    // The limit is the key's, not the company's: another key of the same company is let in.
    QCOMPARE(readWith(newKey({ u"talents.read"_s }).value(u"key"_s).toString()).status, 404);
}

void TestApiKeys::aCompanysKeysShareItsLimit()
{
    // Three requests a minute a key, four a company.
    TestServer server({ { u"partners/key_requests_per_minute"_s, u"3"_s },
                        { u"partners/company_requests_per_minute"_s, u"4"_s } });
    const auto keyOf = [&server](const TestUser &owner, const QString &scope) {
        return server
                .post(u"/api/v1/api-keys"_s,
                      QJsonObject { { u"name"_s, u"Integration"_s },
                                    { u"scopes"_s, QJsonArray { scope } } },
                      owner.token)
                .json()
                .value(u"key"_s)
                .toString();
    };
    const auto read = [&server](const QString &key) {
        return server.get(u"/api/v1/external/talents/WN-NOBODY"_s, key).status;
    };

    // More keys buy no more requests: the second key gets only what the first left.
    const TestUser partner = server.createUser(Role::Partner);
    const QString first = keyOf(partner, u"talents.read"_s);
    const QString second = keyOf(partner, u"talents.read"_s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(read(first), 404);
    QCOMPARE(read(first), 429);
    QCOMPARE(read(second), 404);
    const Reply full = server.get(u"/api/v1/external/talents/WN-NOBODY"_s, second);
    QCOMPARE(full.status, 429);
    QVERIFY(full.header("Retry-After").toInt() > 0);

    // Adding talents counts one call a talent: three fit a key's minute, a fourth does not,
    // and a batch larger than the minute is refused whole, saying why.
    const TestUser other = server.createUser(Role::Partner);
    const QString writer = keyOf(other, u"talents.write"_s);
    const auto add = [&](int count) {
        QJsonArray talents;
        for (int i = 0; i < count; ++i)
            talents.append(
                    QJsonObject { { u"email"_s, u"batch-%1-%2@example.com"_s.arg(count).arg(i) },
                                  { u"first_name"_s, u"Ada"_s },
                                  { u"last_name"_s, u"Obi"_s } });
        return server.raw("POST", u"/api/v1/external/talents"_s,
                          QJsonDocument(QJsonObject { { u"talents"_s, talents } }).toJson(),
                          "application/json", {}, { { "X-Api-Key", writer.toLatin1() } });
    };
    const Reply tooMany = add(5);
    QCOMPARE(tooMany.status, 400);
    QVERIFY2(tooMany.message().contains(u"fewer"_s), qPrintable(tooMany.message()));
    QCOMPARE(add(2).status, 200); // three calls: the request and one more talent
    QCOMPARE(add(1).status, 429);
    QVERIFY(server.mailsTo(u"batch-1-0@example.com"_s).isEmpty()); // nothing of it was done

    // A key's own lower limit counts for a batch as for one request: two a minute, so a batch
    // of three talents is more than it may ever send.
    const TestUser third = server.createUser(Role::Partner);
    const QString slow
            = server.post(u"/api/v1/api-keys"_s,
                          QJsonObject { { u"name"_s, u"Slow"_s },
                                        { u"scopes"_s, QJsonArray { u"talents.write"_s } },
                                        { u"requests_per_minute"_s, 2 } },
                          third.token)
                      .json()
                      .value(u"key"_s)
                      .toString();
    QJsonArray three;
    for (int i = 0; i < 3; ++i)
        three.append(QJsonObject { { u"email"_s, u"slow-%1@example.com"_s.arg(i) },
                                   { u"first_name"_s, u"Ada"_s },
                                   { u"last_name"_s, u"Obi"_s } });
    const Reply overOwn
            = server.raw("POST", u"/api/v1/external/talents"_s,
                         QJsonDocument(QJsonObject { { u"talents"_s, three } }).toJson(),
                         "application/json", {}, { { "X-Api-Key", slow.toLatin1() } });
    QCOMPARE(overOwn.status, 400);
    QVERIFY2(overOwn.message().contains(u"(2)"_s), qPrintable(overOwn.message()));

    // A company holds a bounded number of live keys; revoking one makes room.
    int live = 2;
    while (live < ApiKeyService::maxKeysPerCompany) {
        QVERIFY(!keyOf(partner, u"talents.read"_s).isEmpty());
        ++live;
    }
    const Reply refused
            = server.post(u"/api/v1/api-keys"_s,
                          QJsonObject { { u"name"_s, u"One more"_s },
                                        { u"scopes"_s, QJsonArray { u"talents.read"_s } } },
                          partner.token);
    QCOMPARE(refused.status, 409);
    QVERIFY2(refused.message().contains(u"revoke"_s), qPrintable(refused.message()));
    const qint64 oldest = server.get(u"/api/v1/api-keys?limit=100"_s, partner.token)
                                  .json()
                                  .value(u"data"_s)
                                  .toArray()
                                  .last()
                                  .toObject()
                                  .value(u"id"_s)
                                  .toInteger();
    QCOMPARE(server.del(u"/api/v1/api-keys/%1"_s.arg(oldest), partner.token).status, 200);
    QVERIFY(!keyOf(partner, u"talents.read"_s).isEmpty());
}

void TestApiKeys::aKeyMayHaveALowerLimitOfItsOwn()
{
    // A company keeps a runaway integration in check: this key gets two requests a minute.
    const Reply created
            = m_server->post(u"/api/v1/api-keys"_s,
                             QJsonObject { { u"name"_s, u"Nightly sync"_s },
                                           { u"scopes"_s, QJsonArray { u"talents.read"_s } },
                                           { u"requests_per_minute"_s, 2 } },
                             m_partner.token);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"requests_per_minute"_s).toInt(), 2);
    const QString key = created.json().value(u"key"_s).toString();
    QCOMPARE(readWith(key).status, 404);
    QCOMPARE(readWith(key).status, 404);
    QCOMPARE(readWith(key).status, 429);

    // Its replacement keeps the limit.
    const Reply rotated = m_server->post(
            u"/api/v1/api-keys/%1/rotate"_s.arg(created.json().value(u"id"_s).toInteger()),
            QJsonObject { { u"overlap_hours"_s, 0 } }, m_partner.token);
    QCOMPARE(rotated.status, 201);
    QCOMPARE(rotated.json().value(u"requests_per_minute"_s).toInt(), 2);

    // Above the platform's limit is not the company's to give.
    const Reply above
            = m_server->post(u"/api/v1/api-keys"_s,
                             QJsonObject { { u"name"_s, u"Greedy"_s },
                                           { u"scopes"_s, QJsonArray { u"talents.read"_s } },
                                           { u"requests_per_minute"_s, keyRate + 1 } },
                             m_partner.token);
    QCOMPARE(above.status, 400);
    QVERIFY(namesMessage(above, u"requests_per_minute"_s));
    // A key without its own limit has the platform's (null).
    QVERIFY(newKey({ u"talents.read"_s }).value(u"requests_per_minute"_s).isNull());
}

void TestApiKeys::lastUseIsStamped()
{
    const QJsonObject created = newKey({ u"talents.read"_s });
    QVERIFY(created.value(u"last_used_at"_s).isNull());
    readWith(created.value(u"key"_s).toString());
    const QJsonObject used
            = m_server->get(u"/api/v1/api-keys/%1"_s.arg(created.value(u"id"_s).toInteger()),
                            m_partner.token)
                      .json();
    QVERIFY(!used.value(u"last_used_at"_s).toString().isEmpty());
}

void TestApiKeys::anotherCompanysKeysAreOutOfReach_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("read");
    QTest::addColumn<int>("byCompany");
    QTest::addRow("owner") << u"partner"_s << 200 << 200;
    QTest::addRow("other company") << u"other_partner"_s << 404 << 404;
    QTest::addRow("an employer") << u"employer"_s << 404 << 404;
    QTest::addRow("support") << u"support"_s << 200 << 200;
    QTest::addRow("talent") << u"talent"_s << 403 << 403;
    QTest::addRow("anonymous") << u"nobody"_s << 401 << 401;
}

void TestApiKeys::anotherCompanysKeysAreOutOfReach()
{
    QFETCH(QString, caller);
    QFETCH(int, read);
    QFETCH(int, byCompany);
    const qint64 id = newKey({ u"talents.read"_s }).value(u"id"_s).toInteger();
    QCOMPARE(m_server->get(u"/api/v1/api-keys/%1"_s.arg(id), tokenOf(caller)).status, read);
    QCOMPARE(m_server->get(u"/api/v1/companies/%1/api-keys"_s.arg(*m_partner.companyId),
                           tokenOf(caller))
                     .status,
             byCompany);
    if (caller != u"partner"_s && caller != u"support"_s)
        QVERIFY(m_server->del(u"/api/v1/api-keys/%1"_s.arg(id), tokenOf(caller)).status >= 401);
    QCOMPARE(m_server->get(u"/api/v1/api-keys/%1"_s.arg(id), m_partner.token)
                     .json()
                     .value(u"status"_s)
                     .toString(),
             u"active"_s);
}

void TestApiKeys::staffListEveryKey()
{
    const qint64 theirs
            = newKey({ u"talents.read"_s }, tokenOf(u"other_partner"_s)).value(u"id"_s).toInteger();
    const Reply all = m_server->get(u"/api/v1/admin/api-keys?limit=100"_s, m_admin.token);
    QCOMPARE(all.status, 200);
    QVERIFY(valuesOf(all.json().value(u"data"_s), u"id"_s).contains(QString::number(theirs)));
    const Reply filtered = m_server->get(
            u"/api/v1/admin/api-keys?company_id=%1"_s.arg(*m_partner.companyId), m_admin.token);
    QVERIFY(!valuesOf(filtered.json().value(u"data"_s), u"id"_s).contains(QString::number(theirs)));
    QVERIFY(namesMessage(m_server->get(u"/api/v1/admin/api-keys?status=lost"_s, m_admin.token),
                         u"status"_s));
    QCOMPARE(m_server->get(u"/api/v1/admin/api-keys"_s, m_partner.token).status, 403);
    QCOMPARE(m_server->get(u"/api/v1/admin/api-keys"_s).status, 401);
}

QTEST_GUILESS_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
