// SPDX-License-Identifier: Apache-2.0
// Partners: an admin registers one, its account logs in and issues keys, the partner adds
// talents and reads the talents who consented to it (each read recorded for the talent, who can
// withdraw), and it sends signed webhooks, checked for signature, timestamp and replay.
#include "fixtures.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "modules/webhooks/webhookservice.h"

#include <QDateTime>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestPartners : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void createPartnerRefusals_data();
    void createPartnerRefusals();
    void partnerDoorIsForPartnersOnly();
    void partnerAddsTalentsWhoShareWithIt();
    void existingTalentIsAskedNotHandedOver();
    void addTalentsNamesTheInvalidField();
    void talentWithoutConsentIsNeverReturned();
    void talentSeesReadsAndWithdraws();
    void filesAreSignedLinksAndMissingOnesSaySo();
    void applicantAndFilesByReference();
    void webhookSignedAndFreshIsStoredOnce();
    void webhookRefusals_data();
    void webhookRefusals();
    void consentRoutesAreTalentsOnly_data();
    void consentRoutesAreTalentsOnly();
    void closedAccountSharesNothing();

private:
    /** A partner registered by the admin, its account logged in through the invitation. */
    TestUser newPartner(const QString &name);
    QString newKey(const TestUser &partner, const QStringList &scopes,
                   QString *signingSecret = nullptr);
    Reply withKey(const QByteArray &method, const QString &path, const QString &key,
                  const QByteArray &body = {}, QList<QPair<QByteArray, QByteArray>> headers = {});
    QString wnIdOf(const TestUser &talent);
    /** A Standard Webhooks message signed with @p secret, at @p timestamp. */
    Reply sendWebhook(const QString &key, const QString &secret, const QJsonObject &body,
                      const QString &messageId, qint64 timestamp);

    TestUser m_partner;
    QString m_readKey;
    QString m_writeKey;
    QString m_hookKey;
    QString m_hookSecret;
    qint64 m_partnerId = 0;
};

TestUser TestPartners::newPartner(const QString &name)
{
    const QString email = name.toLower().remove(u' ') + u"@partners.example"_s;
    const Reply created = m_server->post(u"/api/v1/partners"_s,
                                         QJsonObject { { u"name"_s, name },
                                                       { u"email"_s, email },
                                                       { u"first_name"_s, u"Ngozi"_s },
                                                       { u"last_name"_s, u"Eze"_s },
                                                       { u"website"_s, u"https://example.com"_s } },
                                         m_admin.token);
    TestUser partner;
    if (created.status != 201) {
        qWarning() << "partner not created:" << created.status << created.body;
        return partner;
    }
    const auto mail = m_server->waitForMail(email);
    if (!mail)
        return partner;
    const Reply accepted = m_server->post(u"/api/v1/auth/accept-invite"_s,
                                          QJsonObject { { u"token"_s, mail->invitationToken() },
                                                        { u"password"_s, signUpPassword } });
    partner.email = email;
    partner.password = signUpPassword;
    partner.role = Role::Partner;
    partner.companyId = created.json().value(u"id"_s).toInteger();
    partner.token = accepted.json().value(u"access_token"_s).toString();
    if (partner.token.isEmpty())
        qWarning() << "invitation not accepted:" << accepted.status << accepted.body;
    return partner;
}

QString TestPartners::newKey(const TestUser &partner, const QStringList &scopes,
                             QString *signingSecret)
{
    const Reply reply
            = m_server->post(u"/api/v1/api-keys"_s,
                             QJsonObject { { u"name"_s, u"Role Relay"_s },
                                           { u"scopes"_s, QJsonArray::fromStringList(scopes) } },
                             partner.token);
    if (reply.status != 201)
        qWarning() << "key not issued:" << reply.status << reply.body;
    if (signingSecret)
        *signingSecret = reply.json().value(u"signing_secret"_s).toString();
    return reply.json().value(u"key"_s).toString();
}

Reply TestPartners::withKey(const QByteArray &method, const QString &path, const QString &key,
                            const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers)
{
    headers.append({ "X-Api-Key", key.toLatin1() });
    return m_server->raw(method, path, body, body.isEmpty() ? QByteArray() : "application/json", {},
                         headers);
}

QString TestPartners::wnIdOf(const TestUser &talent)
{
    return m_server->get(u"/api/v1/auth/me"_s, talent.token).json().value(u"wn_id"_s).toString();
}

Reply TestPartners::sendWebhook(const QString &key, const QString &secret, const QJsonObject &body,
                                const QString &messageId, qint64 timestamp)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return withKey("POST", u"/api/v1/external/webhooks"_s, key, bytes,
                   { { "webhook-id", messageId.toLatin1() },
                     { "webhook-timestamp", QByteArray::number(timestamp) },
                     { "webhook-signature",
                       WebhookService::signature(secret, messageId, timestamp, bytes) } });
}

void TestPartners::initTestCase()
{
    startWithStaff();
    m_partner = newPartner(u"Role Relay"_s);
    QVERIFY(!m_partner.token.isEmpty());
    m_partnerId = *m_partner.companyId;
    cast(u"partner"_s, m_partner);
    m_readKey = newKey(m_partner, { u"talents.read"_s, u"applicants.read"_s });
    m_writeKey = newKey(m_partner, { u"talents.write"_s });
    m_hookKey = newKey(m_partner, { u"webhooks.send"_s }, &m_hookSecret);
    QVERIFY(!m_readKey.isEmpty() && !m_writeKey.isEmpty() && !m_hookKey.isEmpty());
}

void TestPartners::createPartnerRefusals_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QJsonObject good { { u"name"_s, u"Some Partner"_s },
                             { u"email"_s, u"someone@partners.example"_s },
                             { u"first_name"_s, u"A"_s },
                             { u"last_name"_s, u"B"_s } };
    QJsonObject noName = good;
    noName.remove(u"name"_s);
    QJsonObject badEmail = good;
    badEmail.insert(u"email"_s, u"not-an-email"_s);
    QTest::addRow("no name") << u"admin"_s << noName << 400 << u"name"_s;
    QTest::addRow("bad email") << u"admin"_s << badEmail << 400 << u"email"_s;
    QTest::addRow("employer") << u"employer"_s << good << 403 << QString();
    QTest::addRow("talent") << u"talent"_s << good << 403 << QString();
    QTest::addRow("anonymous") << u"nobody"_s << good << 401 << QString();
}

void TestPartners::createPartnerRefusals()
{
    QFETCH(QString, caller);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Reply reply = m_server->post(u"/api/v1/partners"_s, body, tokenOf(caller));
    QCOMPARE(reply.status, status);
    if (!field.isEmpty())
        QVERIFY2(namesMessage(reply, field), reply.body.constData());
}

void TestPartners::partnerDoorIsForPartnersOnly()
{
    const QJsonObject login { { u"email"_s, m_partner.email },
                              { u"password"_s, m_partner.password } };
    const Reply partner = m_server->post(u"/api/v1/auth/login/partner"_s, login);
    QCOMPARE(partner.status, 200);
    QVERIFY(!partner.json().value(u"access_token"_s).toString().isEmpty());
    const Reply employer = m_server->post(u"/api/v1/auth/login/partner"_s,
                                          QJsonObject { { u"email"_s, m_employer.email },
                                                        { u"password"_s, m_employer.password } });
    QVERIFY2(employer.status == 401 || employer.status == 403, employer.body.constData());
    QVERIFY(namesMessage(
            m_server->post(u"/api/v1/auth/login/partner"_s, QJsonObject { { u"email"_s, u"x"_s } }),
            u"email"_s));
    // Talents see the partner to choose it.
    QVERIFY(valuesOf(m_server->get(u"/api/v1/partners?limit=100"_s, m_talent.token)
                             .json()
                             .value(u"data"_s),
                     u"id"_s)
                    .contains(QString::number(m_partnerId)));
}

void TestPartners::partnerAddsTalentsWhoShareWithIt()
{
    const QString email = u"new.talent.%1@example.com"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QJsonObject body { { u"talents"_s,
                               QJsonArray { QJsonObject { { u"email"_s, email },
                                                          { u"first_name"_s, u"Tunde"_s },
                                                          { u"last_name"_s, u"Bello"_s } } } } };
    const Reply added = withKey("POST", u"/api/v1/external/talents"_s, m_writeKey,
                                QJsonDocument(body).toJson());
    QCOMPARE(added.status, 200);
    const QJsonObject row = added.json().value(u"data"_s).toArray().first().toObject();
    QCOMPARE(row.value(u"status"_s).toString(), u"added"_s);
    const QString wnId = row.value(u"wn_id"_s).toString();
    QVERIFY(!wnId.isEmpty());
    QVERIFY(m_server->waitForMail(email).has_value());

    // The partner that added the talent reads them; a user's token never does.
    const Reply read = withKey("GET", u"/api/v1/external/talents/"_s + wnId, m_readKey);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(u"first_name"_s).toString(), u"Tunde"_s);
    QCOMPARE(read.json().value(u"reference"_s), row.value(u"reference"_s));
    QCOMPARE(m_server->get(u"/api/v1/external/talents/"_s + wnId, m_partner.token).status, 401);
    QCOMPARE(m_server->get(u"/api/v1/external/talents/"_s + wnId, m_admin.token).status, 401);
}

void TestPartners::existingTalentIsAskedNotHandedOver()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QJsonObject body { { u"talents"_s,
                               QJsonArray { QJsonObject { { u"email"_s, talent.email },
                                                          { u"first_name"_s, u"Other"_s },
                                                          { u"last_name"_s, u"Name"_s } } } } };
    const Reply added = withKey("POST", u"/api/v1/external/talents"_s, m_writeKey,
                                QJsonDocument(body).toJson());
    QCOMPARE(added.status, 200);
    const QJsonObject row = added.json().value(u"data"_s).toArray().first().toObject();
    QCOMPARE(row.value(u"status"_s).toString(), u"consent_requested"_s);
    QVERIFY(row.value(u"wn_id"_s).isNull());
    const auto mail = m_server->waitForMail(talent.email);
    QVERIFY(mail.has_value());
    QVERIFY2(mail->subject.contains(u"Role Relay"_s), qPrintable(mail->subject));
    QCOMPARE(withKey("GET", u"/api/v1/external/talents/"_s + wnIdOf(talent), m_readKey).status, 404);

    // Sent again (a partner's nightly sync, say), the talent is not mailed again.
    QCOMPARE(withKey("POST", u"/api/v1/external/talents"_s, m_writeKey, QJsonDocument(body).toJson())
                     .json()
                     .value(u"data"_s)[0][u"status"_s]
                     .toString(),
             u"consent_requested"_s);
    QTest::qWait(300); // a second mail would be written by now
    QCOMPARE(m_server->mailsTo(talent.email).size(), 1);

    // Once the talent shares with the partner, sending them again names them and mails none.
    QCOMPARE(m_server->post(u"/api/v1/me/partner-consents"_s,
                            QJsonObject { { u"partner_id"_s, m_partnerId } }, talent.token)
                     .status,
             200);
    const QJsonObject shared = withKey("POST", u"/api/v1/external/talents"_s, m_writeKey,
                                       QJsonDocument(body).toJson())
                                       .json()
                                       .value(u"data"_s)[0]
                                       .toObject();
    QCOMPARE(shared.value(u"status"_s).toString(), u"consented"_s);
    QCOMPARE(shared.value(u"wn_id"_s).toString(), wnIdOf(talent));
    QCOMPARE(m_server->mailsTo(talent.email).size(), 1);
}

void TestPartners::addTalentsNamesTheInvalidField()
{
    const Reply noTalents = withKey("POST", u"/api/v1/external/talents"_s, m_writeKey, "{}");
    QCOMPARE(noTalents.status, 400);
    QVERIFY2(namesMessage(noTalents, u"talents"_s), noTalents.body.constData());
    const Reply badEmail
            = withKey("POST", u"/api/v1/external/talents"_s, m_writeKey,
                      R"({"talents":[{"email":"nope","first_name":"A","last_name":"B"}]})");
    QCOMPARE(badEmail.status, 400);
    QVERIFY2(badEmail.message().contains(u"email"_s), badEmail.body.constData());
    QCOMPARE(m_server->raw("POST", u"/api/v1/external/talents"_s, "{}", "application/json").status,
             401);
}

void TestPartners::talentWithoutConsentIsNeverReturned()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString wnId = wnIdOf(talent);
    QVERIFY(!wnId.isEmpty());
    const Reply refused = withKey("GET", u"/api/v1/external/talents/"_s + wnId, m_readKey);
    QCOMPARE(refused.status, 404);
    // A missing talent and one who shares nothing answer alike.
    const Reply missing = withKey("GET", u"/api/v1/external/talents/WN-000000"_s, m_readKey);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.message(), refused.message());
    for (const QString &what : { u"/profile-image"_s, u"/cv"_s, u"/intro-video"_s })
        QCOMPARE(withKey("GET", u"/api/v1/external/talents/"_s + wnId + what, m_readKey).status,
                 404);
    // Consent to one partner is not consent to another.
    const TestUser other = newPartner(u"Other Partner"_s);
    QCOMPARE(m_server->post(u"/api/v1/me/partner-consents"_s,
                            QJsonObject { { u"partner_id"_s, *other.companyId } }, talent.token)
                     .status,
             200);
    QCOMPARE(withKey("GET", u"/api/v1/external/talents/"_s + wnId, m_readKey).status, 404);
    QCOMPARE(m_server->get(u"/api/v1/me/partner-reads"_s, talent.token)
                     .json()
                     .value(u"data"_s)
                     .toArray()
                     .size(),
             0);
}

void TestPartners::talentSeesReadsAndWithdraws()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString wnId = wnIdOf(talent);
    const Reply granted
            = m_server->post(u"/api/v1/me/partner-consents"_s,
                             QJsonObject { { u"partner_id"_s, m_partnerId } }, talent.token);
    QCOMPARE(granted.status, 200);
    const QJsonObject consent
            = findBy(granted.json().value(u"data"_s).toArray(), u"id"_s, m_partnerId);
    QVERIFY(consent.value(u"sharing"_s).toBool());

    QCOMPARE(withKey("GET", u"/api/v1/external/talents/"_s + wnId, m_readKey).status, 200);
    const Reply reads = m_server->get(u"/api/v1/me/partner-reads"_s, talent.token);
    QCOMPARE(reads.status, 200);
    const QJsonArray data = reads.json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first()[u"what"_s].toString(), u"profile"_s);
    QCOMPARE(data.first()[u"partner"_s][u"name"_s].toString(), u"Role Relay"_s);
    QVERIFY(!data.first()[u"read_at"_s].toString().isEmpty());

    const Reply withdrawn
            = m_server->del(u"/api/v1/me/partner-consents/%1"_s.arg(m_partnerId), talent.token);
    QCOMPARE(withdrawn.status, 200);
    QVERIFY(!findBy(withdrawn.json().value(u"data"_s).toArray(), u"id"_s, m_partnerId)
                     .value(u"sharing"_s)
                     .toBool());
    QCOMPARE(withKey("GET", u"/api/v1/external/talents/"_s + wnId, m_readKey).status, 404);
    QCOMPARE(
            m_server->del(u"/api/v1/me/partner-consents/%1"_s.arg(m_partnerId), talent.token).status,
            404);
    QCOMPARE(m_server->post(u"/api/v1/me/partner-consents"_s,
                            QJsonObject { { u"partner_id"_s, *m_employer.companyId } }, talent.token)
                     .status,
             404); // an employer is not a partner
    QVERIFY(namesMessage(
            m_server->post(u"/api/v1/me/partner-consents"_s, QJsonObject {}, talent.token),
            u"partner_id"_s));
}

void TestPartners::filesAreSignedLinksAndMissingOnesSaySo()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString wnId = wnIdOf(talent);
    m_server->post(u"/api/v1/me/partner-consents"_s,
                   QJsonObject { { u"partner_id"_s, m_partnerId } }, talent.token);
    const QString base = u"/api/v1/external/talents/"_s + wnId;
    const Reply noImage = withKey("GET", base + u"/profile-image"_s, m_readKey);
    QCOMPARE(noImage.status, 404);
    QVERIFY2(noImage.message().contains(u"no profile image"_s), noImage.body.constData());
    QCOMPARE(withKey("GET", base + u"/cv"_s, m_readKey).status, 404);

    QCOMPARE(m_server->raw("POST", u"/api/v1/users/me/avatar"_s, tinyPng(), "image/png",
                           talent.token)
                     .status,
             200);
    QCOMPARE(m_server->raw("POST", u"/api/v1/talents/me/intro-video"_s, tinyMp4(), "video/mp4",
                           talent.token)
                     .status,
             200);
    const Reply image = withKey("GET", base + u"/profile-image"_s, m_readKey);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.json().value(u"kind"_s).toString(), u"avatar"_s);
    const Reply video = withKey("GET", base + u"/intro-video"_s, m_readKey);
    QCOMPARE(video.status, 200);
    // The link opens the video without any token.
    const Reply bytes = m_server->get(pathOf(video.json().value(u"url"_s).toString()));
    QCOMPARE(bytes.status, 200);
    QCOMPARE(bytes.body, tinyMp4());

    const QStringList whats = valuesOf(
            m_server->get(u"/api/v1/me/partner-reads"_s, talent.token).json().value(u"data"_s),
            u"what"_s);
    QVERIFY2(whats.contains(u"intro_video"_s) && whats.contains(u"profile_image"_s),
             qPrintable(whats.join(u", "_s)));
}

void TestPartners::applicantAndFilesByReference()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    m_server->post(u"/api/v1/me/partner-consents"_s,
                   QJsonObject { { u"partner_id"_s, m_partnerId } }, talent.token);
    const QString reference
            = m_server->get(u"/api/v1/auth/me"_s, talent.token).json().value(u"uuid"_s).toString();
    QVERIFY(!reference.isEmpty());
    const Reply applicant
            = withKey("GET", u"/api/v1/external/applicants/"_s + reference, m_readKey);
    QCOMPARE(applicant.status, 200);
    QCOMPARE(applicant.json().value(u"email"_s).toString(), talent.email);
    const Reply files = withKey("GET", u"/api/v1/external/files/"_s + reference, m_readKey);
    QCOMPARE(files.status, 200);
    QVERIFY(files.json().contains(u"cv"_s));
    QVERIFY(files.json().value(u"intro_video"_s).isNull());
    // The WnId is not a reference, nor the reference a WnId.
    QCOMPARE(withKey("GET", u"/api/v1/external/applicants/"_s + wnIdOf(talent), m_readKey).status,
             404);
    QCOMPARE(withKey("GET", u"/api/v1/external/files/"_s + reference, m_writeKey).status, 403);
}

void TestPartners::webhookSignedAndFreshIsStoredOnce()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    m_server->post(u"/api/v1/me/partner-consents"_s,
                   QJsonObject { { u"partner_id"_s, m_partnerId } }, talent.token);
    const QJsonObject body { { u"type"_s, u"talent.interviewed"_s },
                             { u"data"_s,
                               QJsonObject { { u"wn_id"_s, wnIdOf(talent) },
                                             { u"job_title"_s, u"Data analyst"_s } } } };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Reply first = sendWebhook(m_hookKey, m_hookSecret, body, u"msg_first"_s, now);
    QCOMPARE(first.status, 202);
    QCOMPARE(first.json().value(u"id"_s).toString(), u"msg_first"_s);
    const Reply replay = sendWebhook(m_hookKey, m_hookSecret, body, u"msg_first"_s, now);
    QCOMPARE(replay.status, 409);
    QVERIFY2(replay.message().contains(u"replay"_s), replay.body.constData());
    QCOMPARE(sendWebhook(m_hookKey, m_hookSecret, body, u"msg_second"_s, now).status, 202);
}

void TestPartners::webhookRefusals_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::addRow("wrong secret") << u"secret"_s << 401 << u"webhook-signature"_s;
    QTest::addRow("altered body") << u"body"_s << 401 << u"webhook-signature"_s;
    QTest::addRow("too old") << u"old"_s << 401 << u"webhook-timestamp"_s;
    QTest::addRow("from the future") << u"future"_s << 401 << u"webhook-timestamp"_s;
    QTest::addRow("no id") << u"no id"_s << 400 << u"webhook-id"_s;
    QTest::addRow("unknown type") << u"type"_s << 400 << u"type"_s;
    // The signature is checked before the body: an unsigned sender learns nothing of its rules.
    QTest::addRow("unknown type, wrong secret")
            << u"type secret"_s << 401 << u"webhook-signature"_s;
    QTest::addRow("no job title") << u"job_title"_s << 400 << u"data"_s;
    QTest::addRow("talent not sharing") << u"stranger"_s << 404 << u"not sharing"_s;
    QTest::addRow("key without the scope") << u"scope"_s << 403 << u"webhooks.send"_s;
    QTest::addRow("user token") << u"token"_s << 401 << u"API key"_s;
}

void TestPartners::webhookRefusals()
{
    QFETCH(QString, problem);
    QFETCH(int, status);
    QFETCH(QString, says);
    const TestUser talent = m_server->createUser(Role::Talent);
    if (problem != u"stranger"_s)
        m_server->post(u"/api/v1/me/partner-consents"_s,
                       QJsonObject { { u"partner_id"_s, m_partnerId } }, talent.token);
    QJsonObject data { { u"wn_id"_s, wnIdOf(talent) }, { u"job_title"_s, u"Analyst"_s } };
    if (problem == u"job_title"_s)
        data.remove(u"job_title"_s);
    const QJsonObject body {
        { u"type"_s, problem.startsWith(u"type"_s) ? u"talent.adopted"_s : u"talent.hired"_s },
        { u"data"_s, data }
    };
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    if (problem == u"old"_s)
        timestamp -= 10 * 60;
    if (problem == u"future"_s)
        timestamp += 10 * 60;
    const QString id = u"msg_"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString secret = problem.endsWith(u"secret"_s)
            ? u"whsec_"_s + QString::fromLatin1(QByteArray(24, 'x').toBase64())
            : m_hookSecret;
    const QByteArray sent
            = problem == u"body"_s ? QByteArray(bytes).replace("Analyst", "Manager") : bytes;
    QList<QPair<QByteArray, QByteArray>> headers {
        { "webhook-timestamp", QByteArray::number(timestamp) },
        { "webhook-signature", WebhookService::signature(secret, id, timestamp, bytes) },
    };
    if (problem != u"no id"_s)
        headers.append({ "webhook-id", id.toLatin1() });
    Reply reply;
    if (problem == u"token"_s) {
        headers.append({ "Authorization", "Bearer " + m_partner.token.toLatin1() });
        reply = m_server->raw("POST", u"/api/v1/external/webhooks"_s, sent, "application/json", {},
                              headers);
    } else {
        reply = withKey("POST", u"/api/v1/external/webhooks"_s,
                        problem == u"scope"_s ? m_readKey : m_hookKey, sent, headers);
    }
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.message().contains(says), reply.body.constData());
}

void TestPartners::consentRoutesAreTalentsOnly_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("status");
    QTest::addRow("talent") << u"talent"_s << 200;
    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("partner") << u"partner"_s << 403;
    QTest::addRow("anonymous") << u"nobody"_s << 401;
}

void TestPartners::consentRoutesAreTalentsOnly()
{
    QFETCH(QString, caller);
    QFETCH(int, status);
    QCOMPARE(m_server->get(u"/api/v1/me/partner-consents"_s, tokenOf(caller)).status, status);
    QCOMPARE(m_server->get(u"/api/v1/me/partner-reads"_s, tokenOf(caller)).status, status);
}

void TestPartners::closedAccountSharesNothing()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString wnId = wnIdOf(talent);
    m_server->post(u"/api/v1/me/partner-consents"_s,
                   QJsonObject { { u"partner_id"_s, m_partnerId } }, talent.token);
    QCOMPARE(withKey("GET", u"/api/v1/external/talents/"_s + wnId, m_readKey).status, 200);
    QCOMPARE(m_server->del(u"/api/v1/users/%1"_s.arg(talent.id), talent.token).status, 200);
    QCOMPARE(withKey("GET", u"/api/v1/external/talents/"_s + wnId, m_readKey).status, 404);
    Sql consents(m_server->context().db(),
                 u"SELECT COUNT(*) AS n FROM partner_consents WHERE talent_id = :t"_s);
    consents.bind(u":t"_s, talent.id).exec();
    QVERIFY(consents.next());
    QCOMPARE(consents.integer(u"n"_s), 0);
}

QTEST_GUILESS_MAIN(TestPartners)
#include "tst_partners.moc"
