// SPDX-License-Identifier: Apache-2.0
// MSD: registering a user by email in the background, opening tokens sealed to Worknation's
// public key, and reading a consenting talent's answers to the profile's questions.
#include "fixtures.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QtTest>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestMsd : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void registrationByEmailHappensInTheBackground();
    void registrationNamesTheInvalidField();
    void sealedTokenOpens();
    void alteredOrForeignTokensAreRefused_data();
    void alteredOrForeignTokensAreRefused();
    void profileResponsesOfConsentingTalentsOnly();

private:
    Reply withKey(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QByteArray seal(const QByteArray &plain);

    QString m_key;
    qint64 m_partnerId = 0;
};

void TestMsd::initTestCase()
{
    startWithStaff();
    // MSD is a partner organisation: only a partner's keys hold these scopes.
    const TestUser msd = castUser(u"msd"_s, Role::Partner);
    m_partnerId = *msd.companyId;
    const Reply key = m_server->post(
            u"/api/v1/api-keys"_s,
            QJsonObject { { u"name"_s, u"MSD"_s },
                          { u"scopes"_s, QJsonArray { u"msd.register"_s, u"talents.read"_s } } },
            msd.token);
    QCOMPARE(key.status, 201);
    m_key = key.json().value(u"key"_s).toString();
}

Reply TestMsd::withKey(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_server->raw(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                         body.isEmpty() ? QByteArray() : "application/json", {},
                         { { "X-Api-Key", m_key.toLatin1() } });
}

QByteArray TestMsd::seal(const QByteArray &plain)
{
    const QByteArray publicKey = QByteArray::fromBase64(m_server->get(u"/api/v1/msd/public-key"_s)
                                                                .json()
                                                                .value(u"public_key"_s)
                                                                .toString()
                                                                .toLatin1());
    if (publicKey.size() != int(crypto_box_PUBLICKEYBYTES))
        return {};
    QByteArray sealed(plain.size() + int(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                    reinterpret_cast<const unsigned char *>(plain.constData()),
                    size_t(plain.size()),
                    reinterpret_cast<const unsigned char *>(publicKey.constData()));
    return sealed.toBase64();
}

void TestMsd::registrationByEmailHappensInTheBackground()
{
    const QString email = u"msd.applicant@example.com"_s;
    const Reply queued = withKey("POST", u"/api/v1/msd/users"_s, { { u"email"_s, email } });
    QCOMPARE(queued.status, 202);
    QCOMPARE(queued.json().value(u"status"_s).toString(), u"queued"_s);
    const auto mail = m_server->waitForMail(email);
    QVERIFY(mail.has_value());
    QVERIFY(!mail->invitationToken().isEmpty());
    Sql shares(m_server->context().db(),
               u"SELECT pc.source FROM partner_consents pc JOIN users u ON u.id = pc.talent_id "
               u"WHERE u.email = :email AND pc.company_id = :company"_s);
    shares.bind(u":email"_s, email).bind(u":company"_s, m_partnerId).exec();
    QVERIFY(shares.next());
    QCOMPARE(shares.text(u"source"_s), u"partner"_s);
}

void TestMsd::registrationNamesTheInvalidField()
{
    const Reply bad = withKey("POST", u"/api/v1/msd/users"_s, { { u"email"_s, u"nope"_s } });
    QCOMPARE(bad.status, 400);
    QVERIFY(namesMessage(bad, u"email"_s));
    QCOMPARE(m_server->post(u"/api/v1/msd/users"_s, QJsonObject { { u"email"_s, u"a@b.co"_s } },
                            m_employer.token)
                     .status,
             401);
}

void TestMsd::sealedTokenOpens()
{
    const QJsonObject inside { { u"email"_s, u"sealed@example.com"_s }, { u"programme"_s, 7 } };
    const QByteArray token = seal(QJsonDocument(inside).toJson(QJsonDocument::Compact));
    QVERIFY(!token.isEmpty());
    const Reply opened = withKey("POST", u"/api/v1/msd/decrypt-token"_s,
                                 { { u"token"_s, QString::fromLatin1(token) } });
    QCOMPARE(opened.status, 200);
    QCOMPARE(opened.json().value(u"data"_s).toObject(), inside);
}

void TestMsd::alteredOrForeignTokensAreRefused_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("says");
    QTest::addRow("not base64") << u"@@@not base64@@@"_s << u"base64"_s;
    QTest::addRow("too short") << QString::fromLatin1(QByteArray("abc").toBase64())
                               << u"sealed box"_s;
    // Sealed to a key that is not Worknation's.
    unsigned char publicKey[crypto_box_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(publicKey, secretKey);
    QByteArray foreign(int(crypto_box_SEALBYTES) + 2, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(foreign.data()),
                    reinterpret_cast<const unsigned char *>("{}"), 2, publicKey);
    QTest::addRow("another key") << QString::fromLatin1(foreign.toBase64()) << u"altered"_s;
}

void TestMsd::alteredOrForeignTokensAreRefused()
{
    QFETCH(QString, token);
    QFETCH(QString, says);
    const Reply reply = withKey("POST", u"/api/v1/msd/decrypt-token"_s, { { u"token"_s, token } });
    QCOMPARE(reply.status, 400);
    QVERIFY2(namesMessage(reply, u"token"_s), reply.body.constData());
    QVERIFY2(reply.message().contains(says), reply.body.constData());
    // Altering one byte of a good token breaks it as well.
    QByteArray good = QByteArray::fromBase64(seal("{\"a\":1}"));
    good[good.size() - 1] = char(good.at(good.size() - 1) ^ 1);
    QCOMPARE(withKey("POST", u"/api/v1/msd/decrypt-token"_s,
                     { { u"token"_s, QString::fromLatin1(good.toBase64()) } })
                     .status,
             400);
}

void TestMsd::profileResponsesOfConsentingTalentsOnly()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString wnId
            = m_server->get(u"/api/v1/auth/me"_s, talent.token).json().value(u"wn_id"_s).toString();
    const QString path = u"/api/v1/msd/users/%1/profile-responses"_s.arg(wnId);
    QCOMPARE(withKey("GET", path).status, 404);
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"headline"_s, u"Data analyst in Lagos"_s } },
                             talent.token)
                     .status,
             200);
    QCOMPARE(m_server->post(u"/api/v1/me/partner-consents"_s,
                            QJsonObject { { u"partner_id"_s, m_partnerId } }, talent.token)
                     .status,
             200);
    const Reply reply = withKey("GET", path);
    QCOMPARE(reply.status, 200);
    const QJsonArray responses = reply.json().value(u"responses"_s).toArray();
    const QJsonObject headline = findBy(responses, u"field"_s, u"headline"_s);
    QCOMPARE(headline.value(u"answer"_s).toString(), u"Data analyst in Lagos"_s);
    QVERIFY(findBy(responses, u"field"_s, u"bio"_s).value(u"answer"_s).isNull());
    QVERIFY(valuesOf(m_server->get(u"/api/v1/me/partner-reads"_s, talent.token)
                             .json()
                             .value(u"data"_s),
                     u"what"_s)
                    .contains(u"profile_responses"_s));
    QCOMPARE(m_server->get(path, m_employer.token).status, 401);
}

QTEST_GUILESS_MAIN(TestMsd)
#include "tst_msd.moc"
