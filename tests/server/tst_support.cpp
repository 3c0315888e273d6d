// SPDX-License-Identifier: Apache-2.0
// The support desk: support accounts that super admins invite and admins list, and the staff's
// read-only search over every account.
#include "fixtures.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestSupport : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    // Support accounts
    void superAdminInvitesSupportStaff();
    void onlySuperAdminsCreateSupportAccounts_data();
    void onlySuperAdminsCreateSupportAccounts();
    void supportAccountNamesTheInvalidField_data();
    void supportAccountNamesTheInvalidField();
    void supportAccountEmailIsTaken();
    void supportAccountsAreListedForAdmins_data();
    void supportAccountsAreListedForAdmins();

    // Searching accounts
    void userSearchIsForStaff_data();
    void userSearchIsForStaff();
    void userSearchFilters_data();
    void userSearchFilters();
    void userSearchShowsSummariesWithoutSecrets();
    void userSearchRefusesBadFilters_data();
    void userSearchRefusesBadFilters();

private:
    QString emailOf(const QString &who) const;

    QString m_pendingEmail;
    int m_counter = 0;
};

void TestSupport::initTestCase()
{
    startWithStaff();
    // An invited support member who has not accepted yet: a pending account.
    m_pendingEmail = u"pending.support@worknation.test"_s;
    const Reply invited = m_server->post(u"/api/v1/support/accounts"_s,
                                         QJsonObject { { u"first_name"_s, u"Chidi"_s },
                                                       { u"last_name"_s, u"Eze"_s },
                                                       { u"email"_s, m_pendingEmail } },
                                         m_superAdmin.token);
    QCOMPARE(invited.status, 201);
}

QString TestSupport::emailOf(const QString &who) const
{
    return who == u"pending"_s ? m_pendingEmail : userOf(who).email;
}

// ---- Support accounts ----

void TestSupport::superAdminInvitesSupportStaff()
{
    const QString email = u"Support.Desk%1@Worknation.Test"_s.arg(++m_counter);
    const Reply created = m_server->post(u"/api/v1/support/accounts"_s,
                                         QJsonObject { { u"first_name"_s, u"Ngozi"_s },
                                                       { u"last_name"_s, u"Okafor"_s },
                                                       { u"email"_s, email },
                                                       { u"phone_number"_s, u"+2348031234567"_s } },
                                         m_superAdmin.token);
    QCOMPARE(created.status, 201);
    const QJsonObject user = created.json().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"role"_s).toString(), u"support"_s);
    QCOMPARE(user.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(user.value(u"email"_s).toString(), email.toLower());

    const std::optional<Mail> mail = m_server->waitForMail(email.toLower());
    QVERIFY2(mail, "no invitation mail");
    const QString token = mail->invitationToken();
    QVERIFY2(!token.isEmpty(), qPrintable(mail->text));
    const Reply accepted = m_server->post(
            u"/api/v1/auth/accept-invite"_s,
            QJsonObject { { u"token"_s, token }, { u"password"_s, u"Supp0rt!desk"_s } });
    QCOMPARE(accepted.status, 200);
    const QString access = accepted.json().value(u"access_token"_s).toString();
    QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, access).json().value(u"role"_s).toString(),
             u"support"_s);
    // The new support member can use the account search at once.
    QCOMPARE(m_server->get(u"/api/v1/support/users"_s, access).status, 200);

    const Reply listed = m_server->get(u"/api/v1/support/accounts?q="_s + percent(email.toLower()),
                                       m_admin.token);
    QCOMPARE(listed.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 1);
    QCOMPARE(
            listed.json().value(u"data"_s).toArray().first().toObject().value(u"status"_s).toString(),
            u"active"_s);
}

void TestSupport::onlySuperAdminsCreateSupportAccounts_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestSupport::onlySuperAdminsCreateSupportAccounts()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const QString email = u"refused.support%1@worknation.test"_s.arg(++m_counter);
    const Reply refused = m_server->post(u"/api/v1/support/accounts"_s,
                                         QJsonObject { { u"first_name"_s, u"Bayo"_s },
                                                       { u"last_name"_s, u"Ojo"_s },
                                                       { u"email"_s, email } },
                                         tokenOf(caller));
    QCOMPARE(refused.status, expected);
    QVERIFY(m_server->mailsTo(email).isEmpty());
    const Reply search
            = m_server->get(u"/api/v1/support/users?q="_s + percent(email), m_admin.token);
    QCOMPARE(search.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 0);
}

void TestSupport::supportAccountNamesTheInvalidField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: left out
    QTest::addRow("first_name missing") << u"first_name"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("last_name blank") << u"last_name"_s << QJsonValue(u" "_s);
    QTest::addRow("email missing") << u"email"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("email without @") << u"email"_s << QJsonValue(u"support.worknation.test"_s);
    QTest::addRow("phone_number in words") << u"phone_number"_s << QJsonValue(u"call me"_s);
}

void TestSupport::supportAccountNamesTheInvalidField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject body { { u"first_name"_s, u"Bayo"_s },
                       { u"last_name"_s, u"Ojo"_s },
                       { u"email"_s, u"invalid.support%1@worknation.test"_s.arg(++m_counter) } };
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    const Reply refused = m_server->post(u"/api/v1/support/accounts"_s, body, m_superAdmin.token);
    QCOMPARE(refused.status, 400);
    const QJsonArray messages = refused.json().value(u"message"_s).toArray();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().toString().startsWith(field + u' '), qPrintable(refused.message()));
}

void TestSupport::supportAccountEmailIsTaken()
{
    const Reply refused = m_server->post(u"/api/v1/support/accounts"_s,
                                         QJsonObject { { u"first_name"_s, u"Bayo"_s },
                                                       { u"last_name"_s, u"Ojo"_s },
                                                       { u"email"_s, m_talent.email.toUpper() } },
                                         m_superAdmin.token);
    QCOMPARE(refused.status, 409);
    // The talent is still a talent.
    const Reply me = m_server->get(u"/api/v1/auth/me"_s, m_talent.token);
    QCOMPARE(me.json().value(u"role"_s).toString(), u"talent"_s);
}

void TestSupport::supportAccountsAreListedForAdmins_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("admin") << u"admin"_s << 200;
    QTest::addRow("super admin") << u"super_admin"_s << 200;
    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestSupport::supportAccountsAreListedForAdmins()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const Reply reply = m_server->get(u"/api/v1/support/accounts?limit=100"_s, tokenOf(caller));
    QCOMPARE(reply.status, expected);
    if (expected != 200)
        return;
    const QJsonArray data = reply.json().value(u"data"_s).toArray();
    QVERIFY(!findBy(data, u"id"_s, m_support.id).isEmpty());
    for (const QJsonValue &item : data)
        QCOMPARE(item.toObject().value(u"role"_s).toString(), u"support"_s);
    QCOMPARE(reply.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(),
             qint64(data.size()));
}

// ---- Searching accounts ----

void TestSupport::userSearchIsForStaff_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("support") << u"support"_s << 200;
    QTest::addRow("admin") << u"admin"_s << 200;
    QTest::addRow("super admin") << u"super_admin"_s << 200;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestSupport::userSearchIsForStaff()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    QCOMPARE(m_server->get(u"/api/v1/support/users"_s, tokenOf(caller)).status, expected);
}

void TestSupport::userSearchFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("key"); // every row has this value...
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("who"); // ...and this account is among them; "none": nothing found
    QTest::addRow("talents") << u"role=talent"_s << u"role"_s << u"talent"_s << u"talent"_s;
    QTest::addRow("employers") << u"role=employer"_s << u"role"_s << u"employer"_s << u"employer"_s;
    QTest::addRow("active support")
            << u"role=support&status=active"_s << u"role"_s << u"support"_s << u"support"_s;
    QTest::addRow("by email in upper case")
            << u"q=EMPLOYER"_s << u"role"_s << u"employer"_s << u"employer"_s;
    QTest::addRow("by full name") << u"q=test%20admin"_s << u"role"_s << u"admin"_s << u"admin"_s;
    QTest::addRow("active accounts")
            << u"status=active"_s << u"status"_s << u"active"_s << u"talent"_s;
    QTest::addRow("pending accounts")
            << u"status=pending"_s << u"status"_s << u"pending"_s << u"pending"_s;
    QTest::addRow("nobody") << u"q=no-such-person-anywhere"_s << QString() << QString()
                            << u"none"_s;
    QTest::addRow("wildcards match themselves")
            << u"q=%25_%25"_s << QString() << QString() << u"none"_s;
}

void TestSupport::userSearchFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, who);
    const Reply reply
            = m_server->get(u"/api/v1/support/users?limit=100&"_s + query, m_support.token);
    QCOMPARE(reply.status, 200);
    const QJsonArray data = reply.json().value(u"data"_s).toArray();
    if (who == u"none"_s) {
        QVERIFY(data.isEmpty());
        return;
    }
    for (const QJsonValue &item : data)
        QCOMPARE(item.toObject().value(key).toString(), value);
    QVERIFY2(valuesOf(data, u"email"_s).contains(emailOf(who)), qPrintable(who));
    // A filter narrows the search.
    const Reply all = m_server->get(u"/api/v1/support/users?limit=1"_s, m_support.token);
    QVERIFY(all.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger()
            > reply.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger());
}

void TestSupport::userSearchShowsSummariesWithoutSecrets()
{
    const Reply reply = m_server->get(u"/api/v1/support/users?q="_s + percent(m_talent.email),
                                      m_support.token);
    QCOMPARE(reply.status, 200);
    const QJsonArray data = reply.json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 1);
    const QJsonObject user = data.first().toObject();
    QCOMPARE(user.value(u"id"_s).toInteger(), m_talent.id);
    QCOMPARE(user.value(u"email"_s).toString(), m_talent.email);
    QCOMPARE(user.value(u"first_name"_s).toString(), u"Test"_s);
    QCOMPARE(user.value(u"role"_s).toString(), u"talent"_s);
    QCOMPARE(user.value(u"status"_s).toString(), u"active"_s);
    const QByteArray body = reply.body.toLower();
    for (const char *secret : { "password", "hash", "token", "bvn", "nin" })
        QVERIFY2(!body.contains(secret), secret);
    // Read-only: the search offers no way to change an account.
    QCOMPARE(m_server->patch(u"/api/v1/support/users"_s,
                             QJsonObject { { u"status"_s, u"active"_s } }, m_support.token)
                     .status,
             405);
}

void TestSupport::userSearchRefusesBadFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addRow("role outside the list") << u"role=wizard"_s << u"role"_s;
    QTest::addRow("status outside the list") << u"status=deleted"_s << u"status"_s;
    QTest::addRow("search longer than 100") << u"q="_s + QString(101, u'q') << u"q"_s;
    QTest::addRow("limit 0") << u"limit=0"_s << u"limit"_s;
}

void TestSupport::userSearchRefusesBadFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Reply reply = m_server->get(u"/api/v1/support/users?"_s + query, m_admin.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().startsWith(field + u' '), qPrintable(reply.message()));
}

QTEST_MAIN(TestSupport)
#include "tst_support.moc"
