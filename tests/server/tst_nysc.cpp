// SPDX-License-Identifier: Apache-2.0
// NYSC: a talent proves a call-up number, written in either of its real forms, with a six-digit
// code sent by mail: ten minutes, five tries, a few sends an hour per number and per talent.
#include "fixtures.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/servercontext.h"
#include "modules/nysc/nyscservice.h"

#include <wn/common/apierror.h>

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestNysc : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithStaff(); }
    void cleanupTestCase() { m_server.reset(); }

    void bothFormsAreOneNumber_data();
    void bothFormsAreOneNumber();
    void malformedNumbersSayWhatIsWrong_data();
    void malformedNumbersSayWhatIsWrong();
    void rightCodeVerifiesTheNumber();
    void fiveWrongTriesUseTheCodeUp();
    void expiredCodeIsRefused();
    void sendsAreLimitedPerNumber();
    void verifiedNumberBelongsToOneAccount();
    void numberProvedFirstIsNotProvedAgain();
    void smsToOnePhoneIsLimited();
    void onlyTalentsProveNumbers_data();
    void onlyTalentsProveNumbers();

private:
    Reply requestCode(const TestUser &talent, const QString &number);
    Reply verify(const TestUser &talent, const QString &number, const QString &code);
    int m_serial = 100000;
    QString freshNumber() { return u"NYSC/LAG/2025/%1"_s.arg(++m_serial); }
};

Reply TestNysc::requestCode(const TestUser &talent, const QString &number)
{
    return m_server->post(u"/api/v1/nysc/otp"_s, QJsonObject { { u"call_up_number"_s, number } },
                          talent.token);
}

Reply TestNysc::verify(const TestUser &talent, const QString &number, const QString &code)
{
    return m_server->post(u"/api/v1/nysc/otp/verify"_s,
                          QJsonObject { { u"call_up_number"_s, number }, { u"code"_s, code } },
                          talent.token);
}

void TestNysc::bothFormsAreOneNumber_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("state first") << u"NYSC/LAG/2026/008343"_s << u"NYSC/LAG/2026/008343"_s;
    QTest::addRow("year first") << u"NYSC/2025/LAG/206342"_s << u"NYSC/LAG/2025/206342"_s;
    QTest::addRow("lower case, spaces")
            << u"  nysc / fct / 2024 / 0123  "_s << u"NYSC/FCT/2024/0123"_s;
    QTest::addRow("two-letter state") << u"NYSC/OY/2023/551200"_s << u"NYSC/OY/2023/551200"_s;
}

void TestNysc::bothFormsAreOneNumber()
{
    QFETCH(QString, written);
    QFETCH(QString, canonical);
    const TestUser talent = m_server->createUser(Role::Talent);
    const Reply sent = requestCode(talent, written);
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.json().value(u"call_up_number"_s).toString(), canonical);
    QCOMPARE(sent.json().value(u"expires_in"_s).toInt(), 600);
    const auto mail = m_server->waitForMail(talent.email);
    QVERIFY(mail.has_value());
    QCOMPARE(mail->code().size(), 6);
    // The code proves the number in whichever form it is written again.
    const Reply verified = verify(talent, canonical, mail->code());
    QCOMPARE(verified.status, 200);
    QCOMPARE(verified.json().value(u"call_up_number"_s).toString(), canonical);
}

void TestNysc::malformedNumbersSayWhatIsWrong_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("says");
    QTest::addRow("three parts") << u"NYSC/LAG/008343"_s << u"four parts"_s;
    QTest::addRow("not NYSC") << u"NYCS/LAG/2026/008343"_s << u"start with NYSC/"_s;
    QTest::addRow("no year") << u"NYSC/LAG/LAG/008343"_s << u"four-digit year"_s;
    QTest::addRow("two years") << u"NYSC/2025/2026/008343"_s << u"four-digit year"_s;
    QTest::addRow("state with digits") << u"NYSC/L4G/2026/008343"_s << u"state code"_s;
    QTest::addRow("year too early") << u"NYSC/LAG/1950/008343"_s << u"1950"_s;
    QTest::addRow("serial with letters") << u"NYSC/LAG/2026/00834X"_s << u"serial number"_s;
    QTest::addRow("serial too short") << u"NYSC/LAG/2026/12"_s << u"serial number"_s;
}

void TestNysc::malformedNumbersSayWhatIsWrong()
{
    QFETCH(QString, written);
    QFETCH(QString, says);
    const Reply reply = requestCode(m_talent, written);
    QCOMPARE(reply.status, 400);
    QVERIFY2(namesMessage(reply, u"call_up_number"_s), reply.body.constData());
    QVERIFY2(reply.message().contains(says), reply.body.constData());
}

void TestNysc::rightCodeVerifiesTheNumber()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString number = freshNumber();
    QCOMPARE(requestCode(talent, number).status, 200);
    const QString code = m_server->waitForMail(talent.email)->code();
    // A code is for the number it was sent for.
    QCOMPARE(verify(talent, freshNumber(), code).status, 400);
    const Reply verified = verify(talent, number, code);
    QCOMPARE(verified.status, 200);
    QVERIFY(verified.json().value(u"verified"_s).toBool());
    QCOMPARE(verified.json().value(u"state_code"_s).toString(), u"LAG"_s);
    QCOMPARE(verified.json().value(u"year"_s).toInt(), 2025);
    // Used once.
    QCOMPARE(verify(talent, number, code).status, 400);
    QVERIFY(namesMessage(verify(talent, number, u"12345"_s), u"code"_s));
}

void TestNysc::fiveWrongTriesUseTheCodeUp()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString number = freshNumber();
    QCOMPARE(requestCode(talent, number).status, 200);
    const QString code = m_server->waitForMail(talent.email)->code();
    const QString wrong = code == u"000000"_s ? u"111111"_s : u"000000"_s;
    for (int left = 4; left >= 0; --left) {
        const Reply reply = verify(talent, number, wrong);
        QCOMPARE(reply.status, 400);
        if (left > 0)
            QVERIFY2(reply.message().contains(u"%1 tries left"_s.arg(left)), reply.body.constData());
    }
    QCOMPARE(verify(talent, number, code).status, 429);
}

void TestNysc::expiredCodeIsRefused()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString number = freshNumber();
    QCOMPARE(requestCode(talent, number).status, 200);
    const QString code = m_server->waitForMail(talent.email)->code();
    Sql(m_server->context().db(),
        u"UPDATE nysc_codes SET expires_at = '2000-01-01T00:00:00.000Z' WHERE user_id = :u"_s)
            .bind(u":u"_s, talent.id)
            .exec();
    const Reply reply = verify(talent, number, code);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(u"expired"_s), reply.body.constData());
}

void TestNysc::sendsAreLimitedPerNumber()
{
    const QString number = freshNumber();
    const TestUser first = m_server->createUser(Role::Talent);
    const TestUser second = m_server->createUser(Role::Talent);
    QCOMPARE(requestCode(first, number).status, 200);
    QCOMPARE(requestCode(first, number).status, 200);
    QCOMPARE(requestCode(second, number).status, 200);
    const Reply limited = requestCode(second, number);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() > 0);
    // The limit is the number's: another number is still sent.
    QCOMPARE(requestCode(second, freshNumber()).status, 200);
}

void TestNysc::verifiedNumberBelongsToOneAccount()
{
    const QString number = freshNumber();
    const TestUser owner = m_server->createUser(Role::Talent);
    QCOMPARE(requestCode(owner, number).status, 200);
    QCOMPARE(verify(owner, number, m_server->waitForMail(owner.email)->code()).status, 200);
    const TestUser other = m_server->createUser(Role::Talent);
    QCOMPARE(requestCode(other, number).status, 409);
}

void TestNysc::numberProvedFirstIsNotProvedAgain()
{
    // Both talents hold a code for the number before either proves it.
    const QString number = freshNumber();
    const TestUser first = m_server->createUser(Role::Talent);
    const TestUser second = m_server->createUser(Role::Talent);
    QCOMPARE(requestCode(first, number).status, 200);
    QCOMPARE(requestCode(second, number).status, 200);
    const QString firstCode = m_server->waitForMail(first.email)->code();
    const QString secondCode = m_server->waitForMail(second.email)->code();
    QCOMPARE(verify(first, number, firstCode).status, 200);

    const Reply late = verify(second, number, secondCode);
    QCOMPARE(late.status, 409);
    QVERIFY2(late.message().contains(u"another account"_s), late.body.constData());
    Sql holders(m_server->context().db(),
                u"SELECT user_id FROM nysc_verifications WHERE call_up_number = :number"_s);
    holders.bind(u":number"_s, number).exec();
    QVERIFY(holders.next());
    QCOMPARE(holders.id(u"user_id"_s), first.id);
    QVERIFY(!holders.next());
    // The first talent's proof stands: proving it again is still theirs to do.
    QCOMPARE(requestCode(first, number).status, 200);
}

namespace {

/** An SMS gateway that only counts what it was asked to send. */
class CountingSms : public SmsProvider
{
public:
    explicit CountingSms(QStringList *sent)
        : m_sent(sent)
    { }
    bool available() const override { return true; }
    void send(const QString &phone, const QString &) override { m_sent->append(phone); }

private:
    QStringList *m_sent;
};

} // namespace

void TestNysc::smsToOnePhoneIsLimited()
{
    // Codes go by SMS to whatever phone is typed: each phone gets a few an hour, whoever asks
    // (here talents each asking once, for numbers of their own, within their own limits).
    QStringList sent;
    NyscService nysc(m_server->context(), std::make_unique<CountingSms>(&sent));
    const QString phone = u"+2348031112233"_s;
    auto ask = [&](const QString &to) {
        Principal talent;
        talent.userId = m_server->createUser(Role::Talent).id;
        talent.role = Role::Talent;
        try {
            const QJsonObject answer = nysc.requestCode(
                    talent, { { u"call_up_number"_s, freshNumber() }, { u"phone_number"_s, to } });
            return answer.value(u"channels"_s).toArray().contains(u"sms"_s) ? 200 : 0;
        } catch (const ApiError &error) {
            return error.status();
        }
    };
    for (int i = 0; i < NyscService::sendsPerPhoneHourly; ++i)
        QCOMPARE(ask(phone), 200);
    QCOMPARE(ask(phone), 429);
    QCOMPARE(sent, QStringList(NyscService::sendsPerPhoneHourly, phone));
    // Another phone is still sent to.
    QCOMPARE(ask(u"+2348039998877"_s), 200);
}

void TestNysc::onlyTalentsProveNumbers_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("status");
    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << u"nobody"_s << 401;
}

void TestNysc::onlyTalentsProveNumbers()
{
    QFETCH(QString, caller);
    QFETCH(int, status);
    const QJsonObject body { { u"call_up_number"_s, u"NYSC/LAG/2026/008343"_s } };
    QCOMPARE(m_server->post(u"/api/v1/nysc/otp"_s, body, tokenOf(caller)).status, status);
    QCOMPARE(m_server->post(u"/api/v1/nysc/otp/verify"_s, body, tokenOf(caller)).status, status);
}

QTEST_GUILESS_MAIN(TestNysc)
#include "tst_nysc.moc"
