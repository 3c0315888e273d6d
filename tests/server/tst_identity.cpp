// SPDX-License-Identifier: Apache-2.0
// Identity verification: BVN and NIN for talents, TIN for companies, against the local registry
// that admins load and against a Dojah-style HTTP provider faked in this process.
#include "fixtures.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSqlRecord>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** @brief A Dojah-style identity API in the test's thread: known numbers, 404 for the rest. */
class FakeIdentityApi
{
public:
    struct Request
    {
        QString kind;
        QString number;
        QByteArray appId;
        QByteArray authorization;
    };

    FakeIdentityApi()
    {
        m_http.route(u"/api/v1/kyc/<arg>"_s,
                     [this](const QString &kind, const QHttpServerRequest &request) {
                         return answer(kind, request);
                     });
        m_port = m_http.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_port != 0; }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }
    void know(const QString &kind, const QString &number, const QJsonObject &entity)
    {
        m_known.insert(kind + u':' + number, entity);
    }
    /** The provider answers 500 for @p number until told otherwise. */
    void setFailing(const QString &number, bool failing)
    {
        if (failing)
            m_failing.insert(number);
        else
            m_failing.remove(number);
    }

    QList<Request> requests;

private:
    QHttpServerResponse answer(const QString &kind, const QHttpServerRequest &request)
    {
        const QString number = request.query().queryItemValue(kind);
        requests.append({ kind, number, request.value("AppId"), request.value("Authorization") });
        if (m_failing.contains(number))
            return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
        const auto known = m_known.constFind(kind + u':' + number);
        if (known == m_known.constEnd())
            return QHttpServerResponse(QJsonObject { { u"error"_s, u"Not found"_s } },
                                       QHttpServerResponse::StatusCode::NotFound);
        return QHttpServerResponse(QJsonObject { { u"entity"_s, *known } });
    }

    QHttpServer m_http;
    quint16 m_port = 0;
    QHash<QString, QJsonObject> m_known;
    QSet<QString> m_failing;
};

QJsonObject personRecord(const QString &kind, const QString &number, const QString &first,
                         const QString &last)
{
    return { { u"kind"_s, kind },
             { u"number"_s, number },
             { u"first_name"_s, first },
             { u"last_name"_s, last },
             { u"date_of_birth"_s, u"1990-01-01"_s } };
}

QJsonObject companyRecord(const QString &number, const QString &company)
{
    return { { u"kind"_s, u"tin"_s }, { u"number"_s, number }, { u"company_name"_s, company } };
}

} // namespace

class TestIdentity : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // The local registry
    void registryIsLoadedByAdminsOnly_data();
    void registryIsLoadedByAdminsOnly();
    void registryReportsRefusedRows();

    // Who may verify what, and in which format
    void personVerificationIsForTalents_data();
    void personVerificationIsForTalents();
    void personNumberIsElevenDigitsBeforeAnyProviderIsAsked_data();
    void personNumberIsElevenDigitsBeforeAnyProviderIsAsked();
    void tinVerificationIsForCompanies_data();
    void tinVerificationIsForCompanies();
    void tinIsTenDigitsOrEightDashFour_data();
    void tinIsTenDigitsOrEightDashFour();

    // Verification against the local registry
    void matchingRecordVerifiesTalent_data();
    void matchingRecordVerifiesTalent();
    void talentIsNotVerifiedWithoutMatchingRecord_data();
    void talentIsNotVerifiedWithoutMatchingRecord();
    void dateOfBirthOnTheAccountMustMatchTheRecord_data();
    void dateOfBirthOnTheAccountMustMatchTheRecord();
    void numberVerifiesOneAccountOnly_data();
    void numberVerifiesOneAccountOnly();
    void tinMustBeRegisteredToTheCompanysName_data();
    void tinMustBeRegisteredToTheCompanysName();
    void tinVerifiesOneCompanyOnly();

    // Verification through an HTTP provider
    void httpProviderIsAskedWithCredentials_data();
    void httpProviderIsAskedWithCredentials();
    void httpProviderWithoutRecordIsNotVerified();
    void httpProviderFailureIsUnavailableNotVerified_data();
    void httpProviderFailureIsUnavailableNotVerified();

    void rawNumbersAreNeverStored();

private:
    Reply loadRegistry(const QJsonArray &records, const QString &token);
    Reply load(const QJsonArray &records) { return loadRegistry(records, m_admin.token); }
    static bool verifiedOnMe(TestServer &server, const QString &token, const QString &kind);

    // m_server is the local provider.
    std::unique_ptr<FakeIdentityApi> m_fake;
    std::unique_ptr<TestServer> m_http; // the HTTP provider, answered by m_fake
    TestUser m_sponsor;
    TestUser m_httpTalent;
    TestUser m_httpEmployer;
    /** Every number handed to either server, to look for in their databases. */
    QStringList m_rawNumbers;
};

void TestIdentity::initTestCase()
{
    startWithStaff();
    m_sponsor = castUser(u"sponsor"_s, Role::Sponsor);

    m_fake = std::make_unique<FakeIdentityApi>();
    QVERIFY(m_fake->isListening());
    m_http = std::make_unique<TestServer>(
            QHash<QString, QString> { { u"identity/provider"_s, u"http"_s },
                                      { u"identity/base_url"_s, m_fake->url() },
                                      { u"identity/app_id"_s, u"app"_s },
                                      { u"identity/secret_key"_s, u"sk"_s },
                                      { u"identity/timeout_seconds"_s, u"10"_s } });
    m_httpTalent = m_http->createUser(Role::Talent);
    m_httpEmployer = m_http->createUser(Role::Employer);
}

void TestIdentity::cleanupTestCase()
{
    m_http.reset();
    m_fake.reset();
    m_server.reset();
}

Reply TestIdentity::loadRegistry(const QJsonArray &records, const QString &token)
{
    for (const QJsonValue &record : records)
        m_rawNumbers.append(record.toObject().value(u"number"_s).toString());
    return m_server->post(u"/api/v1/admin/identity-registry"_s,
                          QJsonObject { { u"records"_s, records } }, token);
}

bool TestIdentity::verifiedOnMe(TestServer &server, const QString &token, const QString &kind)
{
    return server.get(u"/api/v1/auth/me"_s, token).json().value(kind + u"_verified"_s).toBool();
}

// ---- The local registry ----

void TestIdentity::registryIsLoadedByAdminsOnly_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("expected");
    QTest::addRow("admin") << u"admin"_s << u"10000000001"_s << 200;
    QTest::addRow("super admin") << u"super_admin"_s << u"10000000002"_s << 200;
    QTest::addRow("support") << u"support"_s << u"10000000003"_s << 403;
    QTest::addRow("talent") << u"talent"_s << u"10000000004"_s << 403;
    QTest::addRow("employer") << u"employer"_s << u"10000000005"_s << 403;
    QTest::addRow("anonymous") << QString() << u"10000000006"_s << 401;
}

void TestIdentity::registryIsLoadedByAdminsOnly()
{
    QFETCH(QString, caller);
    QFETCH(QString, number);
    QFETCH(int, expected);
    const Reply reply = loadRegistry({ personRecord(u"bvn"_s, number, u"Test"_s, u"Talent"_s) },
                                     tokenOf(caller));
    QCOMPARE(reply.status, expected);
    if (expected == 200) {
        QCOMPARE(reply.json().value(u"loaded"_s).toInt(), 1);
        QCOMPARE(reply.json().value(u"refused"_s).toArray().size(), 0);
    }
    // Only a loaded record verifies anyone.
    const TestUser talent = m_server->createUser(Role::Talent);
    const Reply verified = m_server->post(u"/api/v1/onboarding/verify-bvn"_s,
                                          QJsonObject { { u"bvn"_s, number } }, talent.token);
    QCOMPARE(verified.status, expected == 200 ? 200 : 422);
}

void TestIdentity::registryReportsRefusedRows()
{
    const QJsonArray records {
        personRecord(u"bvn"_s, u"20000000001"_s, u"Test"_s, u"Talent"_s), // 0: fine
        personRecord(u"bvn"_s, u"2000000001"_s, u"Test"_s, u"Talent"_s), // 1: ten digits
        personRecord(u"nin"_s, u"20000000003"_s, u"Test"_s, u""_s), // 2: no last name
        personRecord(u"nin"_s, u"2000000000a"_s, u"Test"_s, u"Talent"_s), // 3: a letter
        companyRecord(u"20000000-0005"_s, u"Registry Ltd"_s), // 4: fine
        companyRecord(u"200000000-006"_s, u"Registry Ltd"_s), // 5: dash misplaced
        companyRecord(u"2000000007"_s, u""_s), // 6: no company name
        personRecord(u"nin"_s, u"20000000008"_s, u"Test"_s, u"Talent"_s), // 7: fine
    };
    const Reply reply = load(records);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"loaded"_s).toInt(), 3);
    const QJsonArray refused = reply.json().value(u"refused"_s).toArray();
    QList<int> indexes;
    for (const QJsonValue &row : refused) {
        indexes.append(row.toObject().value(u"index"_s).toInt());
        QVERIFY(!row.toObject().value(u"reason"_s).toString().isEmpty());
    }
    QCOMPARE(indexes, QList<int>({ 1, 2, 3, 5, 6 }));
    QVERIFY(refused.at(0).toObject().value(u"reason"_s).toString().contains(u"11 digits"_s));
    QVERIFY(refused.at(1).toObject().value(u"reason"_s).toString().contains(u"last_name"_s));
    QVERIFY(refused.at(4).toObject().value(u"reason"_s).toString().contains(u"company_name"_s));

    // The refused NIN row verifies no one; the loaded one does.
    const TestUser talent = m_server->createUser(Role::Talent);
    QCOMPARE(m_server->post(u"/api/v1/onboarding/verify-nin"_s,
                            QJsonObject { { u"nin"_s, u"20000000003"_s } }, talent.token)
                     .status,
             422);
    QCOMPARE(m_server->post(u"/api/v1/onboarding/verify-nin"_s,
                            QJsonObject { { u"nin"_s, u"20000000008"_s } }, talent.token)
                     .status,
             200);
}

// ---- Who may verify what, and in which format ----

void TestIdentity::personVerificationIsForTalents_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    for (const QString &kind : { u"bvn"_s, u"nin"_s }) {
        const QByteArray k = kind.toUtf8();
        QTest::addRow("%s: employer", k.constData()) << kind << u"employer"_s << 403;
        QTest::addRow("%s: sponsor", k.constData()) << kind << u"sponsor"_s << 403;
        QTest::addRow("%s: admin", k.constData()) << kind << u"admin"_s << 403;
        QTest::addRow("%s: anonymous", k.constData()) << kind << QString() << 401;
    }
}

void TestIdentity::personVerificationIsForTalents()
{
    QFETCH(QString, kind);
    QFETCH(QString, caller);
    QFETCH(int, expected);
    // A number on record under the caller's own name: only the role stands in the way.
    const QString number = kind == u"bvn"_s ? u"30000000001"_s : u"30000000002"_s;
    const QString lastName = caller.isEmpty() ? u"anonymous"_s : caller;
    QCOMPARE(load({ personRecord(kind, number, u"Test"_s, lastName) }).status, 200);
    const Reply reply = m_server->post(u"/api/v1/onboarding/verify-"_s + kind,
                                       QJsonObject { { kind, number } }, tokenOf(caller));
    QCOMPARE(reply.status, expected);
    if (!caller.isEmpty())
        QVERIFY(!verifiedOnMe(*m_server, tokenOf(caller), kind));
}

void TestIdentity::personNumberIsElevenDigitsBeforeAnyProviderIsAsked_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonValue>("number");
    for (const QString &kind : { u"bvn"_s, u"nin"_s }) {
        const QByteArray k = kind.toUtf8();
        QTest::addRow("%s: three digits", k.constData()) << kind << QJsonValue(u"123"_s);
        QTest::addRow("%s: twelve digits", k.constData()) << kind << QJsonValue(u"221234567890"_s);
        QTest::addRow("%s: ten digits", k.constData()) << kind << QJsonValue(u"2212345678"_s);
        QTest::addRow("%s: a letter", k.constData()) << kind << QJsonValue(u"2212345678a"_s);
        QTest::addRow("%s: letters only", k.constData()) << kind << QJsonValue(u"abcdefghijk"_s);
        QTest::addRow("%s: spaces inside", k.constData()) << kind << QJsonValue(u"221 234 5678"_s);
        QTest::addRow("%s: a number, not text", k.constData()) << kind << QJsonValue(22123456789.0);
        QTest::addRow("%s: missing", k.constData()) << kind << QJsonValue(QJsonValue::Undefined);
    }
}

void TestIdentity::personNumberIsElevenDigitsBeforeAnyProviderIsAsked()
{
    QFETCH(QString, kind);
    QFETCH(QJsonValue, number);
    const qsizetype asked = m_fake->requests.size();
    QJsonObject body;
    if (!number.isUndefined())
        body.insert(kind, number);
    const Reply reply
            = m_http->post(u"/api/v1/onboarding/verify-"_s + kind, body, m_httpTalent.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().startsWith(kind + u' '), qPrintable(reply.message()));
    QCOMPARE(m_fake->requests.size(), asked);
}

void TestIdentity::tinVerificationIsForCompanies_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestIdentity::tinVerificationIsForCompanies()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const QString tin = u"3000000003"_s;
    QCOMPARE(load({ companyRecord(tin, u"Anything Ltd"_s) }).status, 200);
    const Reply reply = m_server->post(u"/api/v1/onboarding/verify-tin"_s,
                                       QJsonObject { { u"tin"_s, tin } }, tokenOf(caller));
    QCOMPARE(reply.status, expected);
}

void TestIdentity::tinIsTenDigitsOrEightDashFour_data()
{
    QTest::addColumn<QString>("tin");
    QTest::addRow("nine digits") << u"123456789"_s;
    QTest::addRow("eleven digits") << u"12345678901"_s;
    QTest::addRow("twelve digits without dash") << u"123456780001"_s;
    QTest::addRow("dash misplaced") << u"1234567-80001"_s;
    QTest::addRow("letters after dash") << u"12345678-ABCD"_s;
    QTest::addRow("ten digits with suffix") << u"1234567890-1"_s;
    QTest::addRow("letters") << u"abcdefghij"_s;
}

void TestIdentity::tinIsTenDigitsOrEightDashFour()
{
    QFETCH(QString, tin);
    const qsizetype asked = m_fake->requests.size();
    const Reply reply = m_http->post(u"/api/v1/onboarding/verify-tin"_s,
                                     QJsonObject { { u"tin"_s, tin } }, m_httpEmployer.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().startsWith(u"tin "_s), qPrintable(reply.message()));
    QCOMPARE(m_fake->requests.size(), asked);
}

// ---- Verification against the local registry ----

void TestIdentity::matchingRecordVerifiesTalent_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("shown");
    QTest::addRow("bvn") << u"bvn"_s << u"nin"_s << u"22112345689"_s << u"Test"_s << u"Talent"_s
                         << u"221******89"_s;
    QTest::addRow("nin") << u"nin"_s << u"bvn"_s << u"40000000012"_s << u"Test"_s << u"Talent"_s
                         << u"400******12"_s;
    QTest::addRow("bvn, name in other case and order")
            << u"bvn"_s << u"nin"_s << u"40000000013"_s << u"TALENT"_s << u"test"_s
            << u"400******13"_s;
}

void TestIdentity::matchingRecordVerifiesTalent()
{
    QFETCH(QString, kind);
    QFETCH(QString, other);
    QFETCH(QString, number);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, shown);
    QCOMPARE(load({ personRecord(kind, number, first, last) }).status, 200);
    const TestUser talent = m_server->createUser(Role::Talent);
    QVERIFY(!verifiedOnMe(*m_server, talent.token, kind));

    const Reply reply = m_server->post(u"/api/v1/onboarding/verify-"_s + kind,
                                       QJsonObject { { kind, number } }, talent.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"status"_s).toString(), u"verified"_s);
    QCOMPARE(reply.json().value(u"kind"_s).toString(), kind);
    QCOMPARE(reply.json().value(u"masked_value"_s).toString(), shown);
    QVERIFY(!reply.body.contains(number.toLatin1()));
    QVERIFY(verifiedOnMe(*m_server, talent.token, kind));
    QVERIFY(!verifiedOnMe(*m_server, talent.token, other));
}

void TestIdentity::talentIsNotVerifiedWithoutMatchingRecord_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("record"); // loaded first, unless empty
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("dateOfBirth");
    QTest::addColumn<QString>("reason");
    QTest::addRow("bvn: name on record differs")
            << u"bvn"_s << personRecord(u"bvn"_s, u"50000000001"_s, u"Chinedu"_s, u"Okafor"_s)
            << u"50000000001"_s << QString() << u"name"_s;
    QTest::addRow("nin: only the first name matches")
            << u"nin"_s << personRecord(u"nin"_s, u"50000000002"_s, u"Test"_s, u"Okafor"_s)
            << u"50000000002"_s << QString() << u"name"_s;
    QTest::addRow("bvn: number not in the registry")
            << u"bvn"_s << QJsonObject() << u"50000000003"_s << QString() << u"No BVN record"_s;
    QTest::addRow("nin: number known as a BVN only")
            << u"nin"_s << personRecord(u"bvn"_s, u"50000000004"_s, u"Test"_s, u"Talent"_s)
            << u"50000000004"_s << QString() << u"No NIN record"_s;
    QTest::addRow("bvn: date of birth differs")
            << u"bvn"_s << personRecord(u"bvn"_s, u"50000000005"_s, u"Test"_s, u"Talent"_s)
            << u"50000000005"_s << u"1991-02-03"_s << u"date of birth"_s;
}

void TestIdentity::talentIsNotVerifiedWithoutMatchingRecord()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, record);
    QFETCH(QString, number);
    QFETCH(QString, dateOfBirth);
    QFETCH(QString, reason);
    m_rawNumbers.append(number);
    if (!record.isEmpty())
        QCOMPARE(load({ record }).status, 200);
    const TestUser talent = m_server->createUser(Role::Talent);
    QJsonObject body { { kind, number } };
    if (!dateOfBirth.isEmpty())
        body.insert(u"date_of_birth"_s, dateOfBirth);
    const Reply reply = m_server->post(u"/api/v1/onboarding/verify-"_s + kind, body, talent.token);
    QCOMPARE(reply.status, 422);
    QVERIFY2(reply.message().contains(reason), qPrintable(reply.message()));
    QVERIFY(!reply.body.contains(number.toLatin1()));
    QVERIFY(!verifiedOnMe(*m_server, talent.token, kind));
}

void TestIdentity::dateOfBirthOnTheAccountMustMatchTheRecord_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("onAccount");
    QTest::addColumn<QString>("claimed"); // sent with the number, if any
    QTest::addColumn<int>("expected");
    // The registry says 1990-01-01.
    QTest::addRow("account's date matches")
            << u"55000000001"_s << u"1990-01-01"_s << QString() << 200;
    QTest::addRow("account's date differs")
            << u"55000000002"_s << u"2000-05-05"_s << QString() << 422;
    QTest::addRow("claiming the record's date over the account's")
            << u"55000000003"_s << u"2000-05-05"_s << u"1990-01-01"_s << 422;
    QTest::addRow("claiming the account's date")
            << u"55000000004"_s << u"1990-01-01"_s << u"1990-01-01"_s << 200;
}

void TestIdentity::dateOfBirthOnTheAccountMustMatchTheRecord()
{
    QFETCH(QString, number);
    QFETCH(QString, onAccount);
    QFETCH(QString, claimed);
    QFETCH(int, expected);
    QCOMPARE(load({ personRecord(u"bvn"_s, number, u"Test"_s, u"Talent"_s) }).status, 200);

    // A talent who gave their date of birth when signing up.
    const QString email = u"born.%1@identity.test"_s.arg(number);
    const QString password = u"Passw0rd!born"_s;
    const Reply created = m_server->post(u"/api/v1/onboarding/talents/nigeria"_s,
                                         QJsonObject { { u"first_name"_s, u"Test"_s },
                                                       { u"last_name"_s, u"Talent"_s },
                                                       { u"email"_s, email },
                                                       { u"password"_s, password },
                                                       { u"phone_number"_s, u"+2348011112222"_s },
                                                       { u"state"_s, u"Lagos"_s },
                                                       { u"date_of_birth"_s, onAccount } });
    QCOMPARE(created.status, 201);
    const std::optional<Mail> mail = m_server->waitForMail(email);
    QVERIFY(mail);
    QCOMPARE(m_server->post(u"/api/v1/auth/verify-email"_s,
                            QJsonObject { { u"email"_s, email }, { u"token"_s, mail->code() } })
                     .status,
             200);
    const QString token = m_server->login(email, password);
    QVERIFY(!token.isEmpty());

    QJsonObject body { { u"bvn"_s, number } };
    if (!claimed.isEmpty())
        body.insert(u"date_of_birth"_s, claimed);
    const Reply reply = m_server->post(u"/api/v1/onboarding/verify-bvn"_s, body, token);
    QCOMPARE(reply.status, expected);
    if (expected == 422)
        QVERIFY2(reply.message().contains(u"date of birth"_s), qPrintable(reply.message()));
    QCOMPARE(verifiedOnMe(*m_server, token, u"bvn"_s), expected == 200);
}

void TestIdentity::numberVerifiesOneAccountOnly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("number");
    QTest::addRow("bvn") << u"bvn"_s << u"60000000001"_s;
    QTest::addRow("nin") << u"nin"_s << u"60000000002"_s;
}

void TestIdentity::numberVerifiesOneAccountOnly()
{
    QFETCH(QString, kind);
    QFETCH(QString, number);
    QCOMPARE(load({ personRecord(kind, number, u"Test"_s, u"Talent"_s) }).status, 200);
    const QString path = u"/api/v1/onboarding/verify-"_s + kind;
    const TestUser first = m_server->createUser(Role::Talent);
    const TestUser second = m_server->createUser(Role::Talent); // the same name
    QCOMPARE(m_server->post(path, QJsonObject { { kind, number } }, first.token).status, 200);
    QCOMPARE(m_server->post(path, QJsonObject { { kind, number } }, second.token).status, 409);
    QVERIFY(!verifiedOnMe(*m_server, second.token, kind));
    QCOMPARE(m_server->post(path, QJsonObject { { kind, number } }, first.token).status, 409);
    QVERIFY(verifiedOnMe(*m_server, first.token, kind));
}

void TestIdentity::tinMustBeRegisteredToTheCompanysName_data()
{
    QTest::addColumn<QString>("tin");
    QTest::addColumn<QString>("registeredTo"); // %1: the company's name
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("shown");
    QTest::addRow("ten digits") << u"7000000001"_s << u"%1"_s << 200 << u"700*****01"_s;
    QTest::addRow("eight digits dash four")
            << u"70000000-0002"_s << u"%1"_s << 200 << u"700*******02"_s;
    QTest::addRow("suffix Ltd ignored") << u"7000000003"_s << u"%1 Ltd"_s << 200 << u"700*****03"_s;
    QTest::addRow("suffix Limited and case ignored")
            << u"7000000004"_s << u"%1 LIMITED"_s << 200 << u"700*****04"_s;
    QTest::addRow("another company's name")
            << u"7000000005"_s << u"Globex Industries Ltd"_s << 422 << QString();
    QTest::addRow("not in the registry") << u"7000000006"_s << QString() << 422 << QString();
}

void TestIdentity::tinMustBeRegisteredToTheCompanysName()
{
    QFETCH(QString, tin);
    QFETCH(QString, registeredTo);
    QFETCH(int, expected);
    QFETCH(QString, shown);
    const TestUser employer = m_server->createUser(Role::Employer);
    const QString company = u"Company of "_s + employer.email;
    m_rawNumbers.append(tin);
    if (!registeredTo.isEmpty())
        QCOMPARE(
                load({ companyRecord(tin, QString(registeredTo).replace(u"%1"_s, company)) }).status,
                200);

    const Reply reply = m_server->post(u"/api/v1/onboarding/verify-tin"_s,
                                       QJsonObject { { u"tin"_s, tin } }, employer.token);
    QCOMPARE(reply.status, expected);
    QVERIFY(!reply.body.contains(tin.toLatin1()));
    if (expected == 200)
        QCOMPARE(reply.json().value(u"masked_value"_s).toString(), shown);

    const Reply listed
            = m_server->get(u"/api/v1/onboarding/employers?q="_s
                                    + QString::fromLatin1(QUrl::toPercentEncoding(company)),
                            m_admin.token);
    QCOMPARE(listed.json().value(u"data"_s).toArray().size(), 1);
    QCOMPARE(listed.json()
                     .value(u"data"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"tin_verified"_s)
                     .toBool(),
             expected == 200);
}

void TestIdentity::tinVerifiesOneCompanyOnly()
{
    const QString tin = u"80000000-0001"_s;
    const TestUser first = m_server->createUser(Role::Employer);
    const TestUser second = m_server->createUser(Role::Employer);
    QCOMPARE(load({ companyRecord(tin, u"Company of "_s + first.email) }).status, 200);
    const QString path = u"/api/v1/onboarding/verify-tin"_s;
    QCOMPARE(m_server->post(path, QJsonObject { { u"tin"_s, tin } }, first.token).status, 200);
    const Reply again = m_server->post(path, QJsonObject { { u"tin"_s, tin } }, first.token);
    QCOMPARE(again.status, 409);
    QVERIFY2(again.message().contains(u"your company"_s), qPrintable(again.message()));
    const Reply other = m_server->post(path, QJsonObject { { u"tin"_s, tin } }, second.token);
    QCOMPARE(other.status, 409);
    QVERIFY2(other.message().contains(u"another company"_s), qPrintable(other.message()));
}

// ---- Verification through an HTTP provider ----

void TestIdentity::httpProviderIsAskedWithCredentials_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("shown");
    QTest::addRow("bvn") << u"bvn"_s << u"90000000001"_s << u"900******01"_s;
    QTest::addRow("nin") << u"nin"_s << u"90000000002"_s << u"900******02"_s;
    QTest::addRow("tin") << u"tin"_s << u"90000000-0003"_s << u"900*******03"_s;
}

void TestIdentity::httpProviderIsAskedWithCredentials()
{
    QFETCH(QString, kind);
    QFETCH(QString, number);
    QFETCH(QString, shown);
    m_rawNumbers.append(number);
    const bool company = kind == u"tin"_s;
    const TestUser user = m_http->createUser(company ? Role::Employer : Role::Talent);
    m_fake->know(kind, number,
                 company ? QJsonObject { { u"company_name"_s,
                                           u"Company of %1 Limited"_s.arg(user.email) } }
                         : QJsonObject { { u"first_name"_s, u"TEST"_s },
                                         { u"last_name"_s, u"TALENT"_s },
                                         { u"date_of_birth"_s, u"1990-01-01"_s } });
    const qsizetype asked = m_fake->requests.size();

    const Reply reply = m_http->post(u"/api/v1/onboarding/verify-"_s + kind,
                                     QJsonObject { { kind, number } }, user.token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"provider"_s).toString(), u"http"_s);
    QCOMPARE(reply.json().value(u"masked_value"_s).toString(), shown);
    QCOMPARE(m_fake->requests.size(), asked + 1);
    const FakeIdentityApi::Request &request = m_fake->requests.last();
    QCOMPARE(request.kind, kind);
    QCOMPARE(request.number, number);
    QCOMPARE(request.appId, QByteArray("app"));
    QCOMPARE(request.authorization, QByteArray("sk"));
    if (!company)
        QVERIFY(verifiedOnMe(*m_http, user.token, kind));
}

void TestIdentity::httpProviderWithoutRecordIsNotVerified()
{
    const QString number = u"91000000001"_s;
    m_rawNumbers.append(number);
    const qsizetype asked = m_fake->requests.size();
    const Reply reply = m_http->post(u"/api/v1/onboarding/verify-nin"_s,
                                     QJsonObject { { u"nin"_s, number } }, m_httpTalent.token);
    QCOMPARE(reply.status, 422);
    QCOMPARE(m_fake->requests.size(), asked + 1);
    QVERIFY(!verifiedOnMe(*m_http, m_httpTalent.token, u"nin"_s));
}

void TestIdentity::httpProviderFailureIsUnavailableNotVerified_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("number");
    QTest::addRow("bvn") << u"bvn"_s << u"92000000001"_s;
    QTest::addRow("tin") << u"tin"_s << u"9200000002"_s;
}

void TestIdentity::httpProviderFailureIsUnavailableNotVerified()
{
    QFETCH(QString, kind);
    QFETCH(QString, number);
    m_rawNumbers.append(number);
    const bool company = kind == u"tin"_s;
    const TestUser user = m_http->createUser(company ? Role::Employer : Role::Talent);
    m_fake->know(kind, number,
                 company ? QJsonObject { { u"company_name"_s, u"Company of "_s + user.email } }
                         : QJsonObject { { u"first_name"_s, u"Test"_s },
                                         { u"last_name"_s, u"Talent"_s } });
    m_fake->setFailing(number, true);
    const QString path = u"/api/v1/onboarding/verify-"_s + kind;
    const Reply failed = m_http->post(path, QJsonObject { { kind, number } }, user.token);
    m_fake->setFailing(number, false);
    QCOMPARE(failed.status, 503);
    QVERIFY(!failed.body.contains(number.toLatin1()));

    Sql claims(
            m_http->context().db(),
            u"SELECT COUNT(*) FROM identity_claims WHERE user_id = :user OR company_id = :company"_s);
    claims.bind(u":user"_s, user.id).bind(u":company"_s, user.companyId.value_or(-1));
    QCOMPARE(claims.scalar().toInt(), 0);
    if (!company)
        QVERIFY(!verifiedOnMe(*m_http, user.token, kind));

    // Nothing stands in the way once the provider answers again.
    QCOMPARE(m_http->post(path, QJsonObject { { kind, number } }, user.token).status, 200);
}

void TestIdentity::rawNumbersAreNeverStored()
{
    QVERIFY(m_rawNumbers.size() > 10);
    for (TestServer *server : { m_server.get(), m_http.get() }) {
        for (const QString &table :
             { u"identity_checks"_s, u"identity_claims"_s, u"identity_registry"_s }) {
            if (server == m_http.get() && table == u"identity_registry"_s)
                continue; // the HTTP provider keeps no registry
            Sql rows(server->context().db(), u"SELECT * FROM "_s + table);
            rows.exec();
            int count = 0;
            while (rows.next()) {
                ++count;
                const QSqlRecord record = rows.query().record();
                for (int column = 0; column < record.count(); ++column) {
                    const QString value = rows.valueAt(column).toString();
                    for (const QString &number : std::as_const(m_rawNumbers)) {
                        QString digits = number;
                        digits.remove(u'-');
                        QVERIFY2(!value.contains(number) && !value.contains(digits),
                                 qPrintable(u"%1.%2 holds %3"_s.arg(table, record.fieldName(column),
                                                                    number)));
                    }
                }
            }
            QVERIFY2(count > 0, qPrintable(table + u" is empty: nothing was checked"_s));
        }
    }
}

QTEST_MAIN(TestIdentity)
#include "tst_identity.moc"
