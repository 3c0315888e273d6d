// SPDX-License-Identifier: Apache-2.0
// Accounts made through /api/v1/onboarding: sign-ups of talents, employers and sponsors, the
// platform's staff invited by super admins, and the staff's lists of talents and employers.
// A company's own staff is tst_onboarding_employees; the identity checks are tst_identity.
#include "areas/onboarding.h"

#include <QDate>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestOnboardingAccounts : public QObject, public OnboardingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // Talents
    void talentInNigeriaVerifiesEmailThenLogsIn_data();
    void talentInNigeriaVerifiesEmailThenLogsIn();
    void talentInNigeriaNeedsANigerianState();
    void talentSignUpListsEveryMissingField();
    void talentSignUpNamesTheInvalidField_data();
    void talentSignUpNamesTheInvalidField();
    void talentMustBeAtLeastSixteen_data();
    void talentMustBeAtLeastSixteen();
    void talentInAfricaNeedsAnAfricanCountryOtherThanNigeria_data();
    void talentInAfricaNeedsAnAfricanCountryOtherThanNigeria();
    void emailIsTakenWhateverItsCase_data();
    void emailIsTakenWhateverItsCase();

    // Employers and sponsors
    void employerSignUpCreatesCompanyAndOwner_data();
    void employerSignUpCreatesCompanyAndOwner();
    void employerSignUpNamesTheInvalidField_data();
    void employerSignUpNamesTheInvalidField();
    void sponsorSignUpCreatesOrganisationAndOwner();
    void sponsorSignUpNeedsAKnownCountry();

    // Staff accounts
    void onlySuperAdminsInviteStaff_data();
    void onlySuperAdminsInviteStaff();
    void invitedStaffChoosePasswordOnce_data();
    void invitedStaffChoosePasswordOnce();
    void adminsListStaff_data();
    void adminsListStaff();

    // Staff lists
    void talentAndEmployerListsAreForStaff_data();
    void talentAndEmployerListsAreForStaff();
    void listsPageWithMeta_data();
    void listsPageWithMeta();
    void listsSearchByNameOrEmail_data();
    void listsSearchByNameOrEmail();
    void listsRefuseBadPaging_data();
    void listsRefuseBadPaging();
};

// ---- Talents ----

void TestOnboardingAccounts::talentInNigeriaVerifiesEmailThenLogsIn_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("stored");
    QTest::addRow("FCT is the capital territory")
            << u"FCT"_s << u"Abuja Federal Capital Territory"_s;
    QTest::addRow("Lagos") << u"Lagos"_s << u"Lagos"_s;
    QTest::addRow("state in lower case") << u"lagos"_s << u"Lagos"_s;
}

void TestOnboardingAccounts::talentInNigeriaVerifiesEmailThenLogsIn()
{
    QFETCH(QString, state);
    QFETCH(QString, stored);
    const QString email = newEmail(u"Talent"_s);
    QJsonObject body = person(email);
    body.insert(u"state"_s, state);
    const Reply created = m_server->post(u"/api/v1/onboarding/talents/nigeria"_s, body);
    QCOMPARE(created.status, 201);
    const QJsonObject user = created.json().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"email"_s).toString(), email.toLower());
    QCOMPARE(user.value(u"role"_s).toString(), u"talent"_s);
    QCOMPARE(user.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(user.value(u"country_code"_s).toString(), u"NG"_s);
    QCOMPARE(user.value(u"state"_s).toString(), stored);
    QVERIFY(!user.contains(u"password"_s) && !user.contains(u"password_hash"_s));

    const std::optional<Mail> mail = m_server->waitForMail(email);
    QVERIFY2(mail, "no verification mail");
    QCOMPARE(mail->code().size(), 6);

    const QJsonObject credentials { { u"email"_s, email }, { u"password"_s, u"Passw0rd!"_s } };
    QCOMPARE(m_server->post(u"/api/v1/auth/login/talent"_s, credentials).status, 403);
    const Reply verified
            = m_server->post(u"/api/v1/auth/verify-email"_s,
                             QJsonObject { { u"email"_s, email }, { u"token"_s, mail->code() } });
    QCOMPARE(verified.status, 200);
    const Reply login = m_server->post(u"/api/v1/auth/login/talent"_s, credentials);
    QCOMPARE(login.status, 200);
    QVERIFY(!login.json().value(u"access_token"_s).toString().isEmpty());
    QCOMPARE(login.json().value(u"user"_s).toObject().value(u"status"_s).toString(), u"active"_s);
}

void TestOnboardingAccounts::talentInNigeriaNeedsANigerianState()
{
    const QString email = newEmail(u"nostate"_s);
    QJsonObject body = person(email);
    body.insert(u"state"_s, u"Nairobi"_s);
    const Reply refused = m_server->post(u"/api/v1/onboarding/talents/nigeria"_s, body);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.message().contains(u"state"_s), qPrintable(refused.message()));
    QVERIFY(m_server->mailsTo(email).isEmpty());
}

void TestOnboardingAccounts::talentSignUpListsEveryMissingField()
{
    const Reply refused = m_server->post(u"/api/v1/onboarding/talents/nigeria"_s,
                                         QJsonObject { { u"gender"_s, u"female"_s } });
    QCOMPARE(refused.status, 400);
    const QJsonArray messages = refused.json().value(u"message"_s).toArray();
    for (const QString &field : { u"first_name"_s, u"last_name"_s, u"email"_s, u"password"_s,
                                  u"phone_number"_s, u"state"_s }) {
        const bool named = std::any_of(messages.begin(), messages.end(), [&](const QJsonValue &m) {
            return m.toString().startsWith(field + u' ');
        });
        QVERIFY2(named, qPrintable(field + u" not in: "_s + refused.message()));
    }
    QCOMPARE(messages.size(), 6);
}

void TestOnboardingAccounts::talentSignUpNamesTheInvalidField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is left out
    QTest::addRow("first_name missing") << u"first_name"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("first_name blank") << u"first_name"_s << QJsonValue(u"   "_s);
    QTest::addRow("last_name longer than 100") << u"last_name"_s << QJsonValue(QString(101, u'x'));
    QTest::addRow("email without @") << u"email"_s << QJsonValue(u"ada.example.com"_s);
    QTest::addRow("email a number") << u"email"_s << QJsonValue(42);
    QTest::addRow("password shorter than 8") << u"password"_s << QJsonValue(u"Sh0rt!"_s);
    QTest::addRow("phone_number in words") << u"phone_number"_s << QJsonValue(u"call me"_s);
    QTest::addRow("gender outside the list") << u"gender"_s << QJsonValue(u"robot"_s);
    QTest::addRow("date_of_birth not ISO") << u"date_of_birth"_s << QJsonValue(u"31/12/1990"_s);
    QTest::addRow("state missing") << u"state"_s << QJsonValue(QJsonValue::Undefined);
}

void TestOnboardingAccounts::talentSignUpNamesTheInvalidField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const QString email = newEmail(u"invalid"_s);
    QJsonObject body = person(email);
    body.insert(u"state"_s, u"Lagos"_s);
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    const Reply refused = m_server->post(u"/api/v1/onboarding/talents/nigeria"_s, body);
    QCOMPARE(refused.status, 400);
    const QJsonArray messages = refused.json().value(u"message"_s).toArray();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().toString().startsWith(field + u' '), qPrintable(refused.message()));
    QVERIFY(m_server->mailsTo(email).isEmpty());
}

void TestOnboardingAccounts::talentMustBeAtLeastSixteen_data()
{
    const QDate today = QDate::currentDate();
    QTest::addColumn<QString>("path");
    QTest::addColumn<QDate>("dateOfBirth");
    QTest::addColumn<int>("expected");
    const QString nigeria = u"/api/v1/onboarding/talents/nigeria"_s;
    const QString africa = u"/api/v1/onboarding/talents/africa"_s;
    QTest::addRow("fifteen") << nigeria << today.addYears(-15) << 400;
    QTest::addRow("sixteen tomorrow") << nigeria << today.addYears(-16).addDays(1) << 400;
    QTest::addRow("sixteen today") << nigeria << today.addYears(-16) << 201;
    QTest::addRow("thirty") << nigeria << today.addYears(-30) << 201;
    QTest::addRow("fifteen in Africa") << africa << today.addYears(-15) << 400;
}

void TestOnboardingAccounts::talentMustBeAtLeastSixteen()
{
    QFETCH(QString, path);
    QFETCH(QDate, dateOfBirth);
    QFETCH(int, expected);
    QJsonObject body = person(newEmail(u"age"_s));
    body.insert(u"state"_s, u"Lagos"_s);
    body.insert(u"country"_s, u"GH"_s);
    body.insert(u"date_of_birth"_s, dateOfBirth.toString(Qt::ISODate));
    const Reply reply = m_server->post(path, body);
    QCOMPARE(reply.status, expected);
    if (expected == 400) {
        QVERIFY2(reply.message().contains(u"date_of_birth"_s), qPrintable(reply.message()));
    } else {
        QCOMPARE(reply.json().value(u"user"_s).toObject().value(u"date_of_birth"_s).toString(),
                 dateOfBirth.toString(Qt::ISODate));
    }
}

void TestOnboardingAccounts::talentInAfricaNeedsAnAfricanCountryOtherThanNigeria_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("expected");
    QTest::addRow("Kenya") << u"KE"_s << 201;
    QTest::addRow("Ghana in lower case") << u"gh"_s << 201;
    QTest::addRow("Nigeria has its own sign-up") << u"NG"_s << 400;
    QTest::addRow("France is not in Africa") << u"FR"_s << 400;
    QTest::addRow("no such country") << u"ZZ"_s << 400;
    QTest::addRow("three letters") << u"KEN"_s << 400;
}

void TestOnboardingAccounts::talentInAfricaNeedsAnAfricanCountryOtherThanNigeria()
{
    QFETCH(QString, country);
    QFETCH(int, expected);
    const QString email = newEmail(u"africa"_s);
    QJsonObject body = person(email);
    body.insert(u"country"_s, country);
    body.insert(u"state"_s, u"Nairobi"_s);
    const Reply reply = m_server->post(u"/api/v1/onboarding/talents/africa"_s, body);
    QCOMPARE(reply.status, expected);
    if (expected == 201) {
        const QJsonObject user = reply.json().value(u"user"_s).toObject();
        QCOMPARE(user.value(u"country_code"_s).toString(), country.toUpper());
        QCOMPARE(user.value(u"role"_s).toString(), u"talent"_s);
        QVERIFY(!user.value(u"wn_id"_s).toString().isEmpty());
        QVERIFY(m_server->waitForMail(email));
        QCOMPARE(verifyEmail(email).status, 200);
        QVERIFY(!m_server->login(email, u"Passw0rd!"_s).isEmpty());
    } else {
        QVERIFY2(reply.message().contains(u"country"_s), qPrintable(reply.message()));
        QVERIFY(m_server->mailsTo(email).isEmpty());
    }
}

void TestOnboardingAccounts::emailIsTakenWhateverItsCase_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("extra");
    QTest::addRow("talent in Nigeria") << u"/api/v1/onboarding/talents/nigeria"_s
                                       << QJsonObject { { u"state"_s, u"Lagos"_s } };
    QTest::addRow("talent in Africa")
            << u"/api/v1/onboarding/talents/africa"_s
            << QJsonObject { { u"country"_s, u"KE"_s }, { u"state"_s, u"Nairobi"_s } };
    QTest::addRow("employer") << u"/api/v1/onboarding/employers"_s
                              << QJsonObject { { u"company_name"_s, u"Duplicate Works"_s },
                                               { u"industry"_s, u"Retail"_s },
                                               { u"state"_s, u"Lagos"_s } };
    QTest::addRow("sponsor") << u"/api/v1/onboarding/sponsors"_s
                             << QJsonObject { { u"organisation_name"_s, u"Duplicate Fund"_s },
                                              { u"country"_s, u"NG"_s } };
}

void TestOnboardingAccounts::emailIsTakenWhateverItsCase()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, extra);
    const QString email = newEmail(u"Taken"_s); // mixed case
    QJsonObject first = person(email);
    first.insert(u"state"_s, u"Lagos"_s);
    QCOMPARE(m_server->post(u"/api/v1/onboarding/talents/nigeria"_s, first).status, 201);
    QVERIFY(m_server->waitForMail(email));

    QJsonObject second = person(email.toUpper());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        second.insert(it.key(), it.value());
    const Reply refused = m_server->post(path, second);
    QCOMPARE(refused.status, 409);
    QCOMPARE(m_server->mailsTo(email).size(), 1);
    // A refused employer or sponsor leaves no company behind.
    if (extra.contains(u"company_name"_s)) {
        const Reply employers = m_server->get(
                u"/api/v1/onboarding/employers?q="_s + percent(u"Duplicate Works"_s), m_admin.token);
        QCOMPARE(employers.status, 200);
        QCOMPARE(employers.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 0);
    }
}

// ---- Employers and sponsors ----

void TestOnboardingAccounts::employerSignUpCreatesCompanyAndOwner_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("place");
    QTest::addColumn<QString>("country");
    QTest::addRow("in Nigeria") << u"/api/v1/onboarding/employers"_s
                                << QJsonObject { { u"state"_s, u"Lagos"_s } } << u"NG"_s;
    QTest::addRow("international") << u"/api/v1/onboarding/employers/international"_s
                                   << QJsonObject { { u"country"_s, u"gb"_s } } << u"GB"_s;
}

void TestOnboardingAccounts::employerSignUpCreatesCompanyAndOwner()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, place);
    QFETCH(QString, country);
    const QString email = newEmail(u"owner"_s);
    const QString company = u"Acme %1 Ltd"_s.arg(m_counter);
    QJsonObject body = person(email);
    body.insert(u"company_name"_s, company);
    body.insert(u"industry"_s, u"Technology"_s);
    body.insert(u"website"_s, u"https://acme.example"_s);
    for (auto it = place.begin(); it != place.end(); ++it)
        body.insert(it.key(), it.value());
    const Reply created = m_server->post(path, body);
    QCOMPARE(created.status, 201);
    const QJsonObject user = created.json().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"role"_s).toString(), u"employer"_s);
    QCOMPARE(user.value(u"company_name"_s).toString(), company);
    QCOMPARE(user.value(u"country_code"_s).toString(), country);
    const qint64 companyId = user.value(u"company_id"_s).toInteger();
    QVERIFY(companyId > 0);

    const QJsonObject credentials { { u"email"_s, email }, { u"password"_s, u"Passw0rd!"_s } };
    QCOMPARE(m_server->post(u"/api/v1/auth/login/employer"_s, credentials).status, 403);
    QCOMPARE(verifyEmail(email).status, 200);
    const Reply login = m_server->post(u"/api/v1/auth/login/employer"_s, credentials);
    QCOMPARE(login.status, 200);
    const QString token = login.json().value(u"access_token"_s).toString();
    QCOMPARE(login.json().value(u"user"_s).toObject().value(u"company_id"_s).toInteger(), companyId);
    // The owner is not a talent or an employee.
    QCOMPARE(m_server->post(u"/api/v1/auth/login/talent"_s, credentials).status, 403);
    QCOMPARE(m_server->post(u"/api/v1/auth/login/employee"_s, credentials).status, 403);

    const Reply employers
            = m_server->get(u"/api/v1/onboarding/employers?q="_s + percent(company), m_admin.token);
    QCOMPARE(employers.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 1);
    const QJsonObject listed = employers.json().value(u"data"_s).toArray().first().toObject();
    QCOMPARE(listed.value(u"id"_s).toInteger(), companyId);
    QCOMPARE(listed.value(u"country_code"_s).toString(), country);
    QCOMPARE(listed.value(u"owner"_s).toObject().value(u"email"_s).toString(), email.toLower());
    QCOMPARE(m_server->get(u"/api/v1/onboarding/employer-roles"_s, token).status, 200);
}

void TestOnboardingAccounts::employerSignUpNamesTheInvalidField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("fields"); // merged into a valid body; null removes a field
    QTest::addColumn<QString>("field");
    const QString nigeria = u"/api/v1/onboarding/employers"_s;
    const QString abroad = u"/api/v1/onboarding/employers/international"_s;
    QTest::addRow("Nigerian state unknown")
            << nigeria << QJsonObject { { u"state"_s, u"Texas"_s } } << u"state"_s;
    QTest::addRow("Nigerian state missing")
            << nigeria << QJsonObject { { u"state"_s, QJsonValue::Null } } << u"state"_s;
    QTest::addRow("company_name missing")
            << nigeria << QJsonObject { { u"company_name"_s, QJsonValue::Null } }
            << u"company_name"_s;
    QTest::addRow("industry missing")
            << abroad << QJsonObject { { u"industry"_s, QJsonValue::Null } } << u"industry"_s;
    QTest::addRow("website not a URL")
            << nigeria << QJsonObject { { u"website"_s, u"acme dot com"_s } } << u"website"_s;
    QTest::addRow("international in Nigeria")
            << abroad << QJsonObject { { u"country"_s, u"NG"_s } } << u"country"_s;
    QTest::addRow("international country unknown")
            << abroad << QJsonObject { { u"country"_s, u"QQ"_s } } << u"country"_s;
    QTest::addRow("international country missing")
            << abroad << QJsonObject { { u"country"_s, QJsonValue::Null } } << u"country"_s;
}

void TestOnboardingAccounts::employerSignUpNamesTheInvalidField()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, fields);
    QFETCH(QString, field);
    const QString email = newEmail(u"badowner"_s);
    QJsonObject body = person(email);
    body.insert(u"company_name"_s, u"Refused Company"_s);
    body.insert(u"industry"_s, u"Technology"_s);
    body.insert(u"state"_s, u"Lagos"_s);
    body.insert(u"country"_s, u"GH"_s);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isNull())
            body.remove(it.key());
        else
            body.insert(it.key(), it.value());
    }
    const Reply refused = m_server->post(path, body);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.message().contains(field), qPrintable(refused.message()));
    QVERIFY(m_server->mailsTo(email).isEmpty());
}

void TestOnboardingAccounts::sponsorSignUpCreatesOrganisationAndOwner()
{
    const QString email = newEmail(u"sponsor"_s);
    QJsonObject body = person(email);
    body.insert(u"organisation_name"_s, u"Bright Futures Foundation"_s);
    body.insert(u"country"_s, u"GH"_s);
    const Reply created = m_server->post(u"/api/v1/onboarding/sponsors"_s, body);
    QCOMPARE(created.status, 201);
    const QJsonObject user = created.json().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"role"_s).toString(), u"sponsor"_s);
    QCOMPARE(user.value(u"company_name"_s).toString(), u"Bright Futures Foundation"_s);
    QCOMPARE(user.value(u"country_code"_s).toString(), u"GH"_s);
    QVERIFY(user.value(u"company_id"_s).toInteger() > 0);

    QCOMPARE(verifyEmail(email).status, 200);
    const Reply login = m_server->post(
            u"/api/v1/auth/login/company"_s,
            QJsonObject { { u"email"_s, email }, { u"password"_s, u"Passw0rd!"_s } });
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(u"user"_s).toObject().value(u"role"_s).toString(), u"sponsor"_s);
    // A sponsor is not listed among employers.
    const Reply employers = m_server->get(
            u"/api/v1/onboarding/employers?q="_s + percent(u"Bright Futures"_s), m_admin.token);
    QCOMPARE(employers.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 0);
}

void TestOnboardingAccounts::sponsorSignUpNeedsAKnownCountry()
{
    const QString email = newEmail(u"sponsor"_s);
    QJsonObject body = person(email);
    body.insert(u"organisation_name"_s, u"Nowhere Fund"_s);
    body.insert(u"country"_s, u"QQ"_s);
    const Reply refused = m_server->post(u"/api/v1/onboarding/sponsors"_s, body);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.message().contains(u"country"_s), qPrintable(refused.message()));
    body.remove(u"country"_s);
    body.remove(u"organisation_name"_s);
    const Reply missing = m_server->post(u"/api/v1/onboarding/sponsors"_s, body);
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.message().contains(u"organisation_name"_s));
    QVERIFY(missing.message().contains(u"country"_s));
}

// ---- Staff accounts ----

void TestOnboardingAccounts::onlySuperAdminsInviteStaff_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("super admin") << u"super_admin"_s << 201;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestOnboardingAccounts::onlySuperAdminsInviteStaff()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const QString email = newEmail(u"staff"_s);
    const Reply reply = m_server->post(u"/api/v1/onboarding/admins"_s,
                                       QJsonObject { { u"first_name"_s, u"Sola"_s },
                                                     { u"last_name"_s, u"Ade"_s },
                                                     { u"email"_s, email },
                                                     { u"role"_s, u"admin"_s } },
                                       tokenOf(caller));
    QCOMPARE(reply.status, expected);
    if (expected == 201)
        QVERIFY(m_server->waitForMail(email));
    else
        QVERIFY(m_server->mailsTo(email).isEmpty());
}

void TestOnboardingAccounts::invitedStaffChoosePasswordOnce_data()
{
    QTest::addColumn<QString>("role");
    QTest::addRow("admin") << u"admin"_s;
    QTest::addRow("support") << u"support"_s;
}

void TestOnboardingAccounts::invitedStaffChoosePasswordOnce()
{
    QFETCH(QString, role);
    const QString email = newEmail(role);
    const Reply invited = m_server->post(u"/api/v1/onboarding/admins"_s,
                                         QJsonObject { { u"first_name"_s, u"Sola"_s },
                                                       { u"last_name"_s, u"Ade"_s },
                                                       { u"email"_s, email },
                                                       { u"role"_s, role } },
                                         m_superAdmin.token);
    QCOMPARE(invited.status, 201);
    const QJsonObject user = invited.json().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"role"_s).toString(), role);
    QCOMPARE(user.value(u"status"_s).toString(), u"pending"_s);

    const std::optional<Mail> mail = m_server->waitForMail(email);
    QVERIFY2(mail, "no invitation mail");
    const QString token = mail->invitationToken();
    QVERIFY2(!token.isEmpty(), qPrintable(mail->text));
    QVERIFY(mail->text.contains(token));
    const QString password = u"Chosen!pass1"_s;
    QVERIFY(m_server->login(email, password).isEmpty()); // no password until accepted

    const Reply accepted
            = m_server->post(u"/api/v1/auth/accept-invite"_s,
                             QJsonObject { { u"token"_s, token }, { u"password"_s, password } });
    QCOMPARE(accepted.status, 200);
    const QString access = accepted.json().value(u"access_token"_s).toString();
    QVERIFY(!access.isEmpty());
    const Reply me = m_server->get(u"/api/v1/auth/me"_s, access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"role"_s).toString(), role);
    QCOMPARE(me.json().value(u"status"_s).toString(), u"active"_s);
    QVERIFY(!m_server->login(email, password).isEmpty());

    const Reply again = m_server->post(
            u"/api/v1/auth/accept-invite"_s,
            QJsonObject { { u"token"_s, token }, { u"password"_s, u"Another!pass2"_s } });
    QCOMPARE(again.status, 400);
    QVERIFY(m_server->login(email, u"Another!pass2"_s).isEmpty());
    QVERIFY(!m_server->login(email, password).isEmpty());
}

void TestOnboardingAccounts::adminsListStaff_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("admin") << u"admin"_s << 200;
    QTest::addRow("super admin") << u"super_admin"_s << 200;
    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestOnboardingAccounts::adminsListStaff()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const Reply reply = m_server->get(
            u"/api/v1/onboarding/admins?q="_s + percent(m_superAdmin.email), tokenOf(caller));
    QCOMPARE(reply.status, expected);
    if (expected != 200)
        return;
    QCOMPARE(reply.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 1);
    const QJsonObject row = reply.json().value(u"data"_s).toArray().first().toObject();
    QCOMPARE(row.value(u"email"_s).toString(), m_superAdmin.email);
    QCOMPARE(row.value(u"role"_s).toString(), u"super_admin"_s);
    // Only staff are listed.
    const Reply talents = m_server->get(u"/api/v1/onboarding/admins?q="_s + percent(m_talent.email),
                                        tokenOf(caller));
    QCOMPARE(talents.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 0);
}

// ---- Staff lists ----

void TestOnboardingAccounts::talentAndEmployerListsAreForStaff_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    for (const QString &list : { u"talents"_s, u"employers"_s }) {
        const QByteArray l = list.toUtf8();
        QTest::addRow("%s: admin", l.constData()) << list << u"admin"_s << 200;
        QTest::addRow("%s: super admin", l.constData()) << list << u"super_admin"_s << 200;
        QTest::addRow("%s: support", l.constData()) << list << u"support"_s << 200;
        QTest::addRow("%s: talent", l.constData()) << list << u"talent"_s << 403;
        QTest::addRow("%s: employer", l.constData()) << list << u"employer"_s << 403;
        QTest::addRow("%s: anonymous", l.constData()) << list << QString() << 401;
    }
}

void TestOnboardingAccounts::talentAndEmployerListsAreForStaff()
{
    QFETCH(QString, list);
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const Reply reply = m_server->get(u"/api/v1/onboarding/"_s + list, tokenOf(caller));
    QCOMPARE(reply.status, expected);
    if (expected == 200) {
        QVERIFY(reply.json().value(u"data"_s).isArray());
        QVERIFY(reply.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger() >= 1);
    } else {
        QVERIFY(!reply.json().contains(u"data"_s));
    }
}

void TestOnboardingAccounts::listsPageWithMeta_data()
{
    QTest::addColumn<QString>("list");
    QTest::addRow("talents") << u"talents"_s;
    QTest::addRow("employers") << u"employers"_s;
}

void TestOnboardingAccounts::listsPageWithMeta()
{
    QFETCH(QString, list);
    // At least four of each, whatever ran before.
    for (int i = 0; i < 4; ++i)
        m_server->createUser(list == u"talents"_s ? Role::Talent : Role::Employer);
    const QString path = u"/api/v1/onboarding/"_s + list;
    const Reply all = m_server->get(path + u"?limit=100"_s, m_admin.token);
    QCOMPARE(all.status, 200);
    const QJsonObject allMeta = all.json().value(u"meta"_s).toObject();
    const qint64 total = allMeta.value(u"total"_s).toInteger();
    QVERIFY(total >= 4);
    QVERIFY(total <= 100);
    QCOMPARE(all.json().value(u"data"_s).toArray().size(), total);
    QCOMPARE(allMeta.value(u"page"_s).toInteger(), 1);
    QCOMPARE(allMeta.value(u"limit"_s).toInteger(), 100);
    QCOMPARE(allMeta.value(u"pages"_s).toInteger(), 1);

    const Reply defaults = m_server->get(path, m_admin.token);
    QCOMPARE(defaults.json().value(u"meta"_s).toObject().value(u"limit"_s).toInteger(), 20);

    const Reply second = m_server->get(path + u"?limit=2&page=2"_s, m_admin.token);
    QCOMPARE(second.status, 200);
    const QJsonObject meta = second.json().value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"page"_s).toInteger(), 2);
    QCOMPARE(meta.value(u"limit"_s).toInteger(), 2);
    QCOMPARE(meta.value(u"total"_s).toInteger(), total);
    QCOMPARE(meta.value(u"pages"_s).toInteger(), (total + 1) / 2);
    const QJsonArray page = second.json().value(u"data"_s).toArray();
    QCOMPARE(page.size(), 2);
    const QJsonArray everything = all.json().value(u"data"_s).toArray();
    QCOMPARE(page.at(0), everything.at(2));
    QCOMPARE(page.at(1), everything.at(3));

    const Reply beyond = m_server->get(path + u"?limit=2&page=%1"_s.arg(total + 1), m_admin.token);
    QCOMPARE(beyond.status, 200);
    QVERIFY(beyond.json().value(u"data"_s).toArray().isEmpty());
}

void TestOnboardingAccounts::listsSearchByNameOrEmail_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("key"); // of the row holding the found account's email
    QTest::addColumn<QString>("email");
    QTest::addRow("talent by email in upper case")
            << u"talents"_s << m_talent.email.toUpper() << QString() << m_talent.email;
    QTest::addRow("talent by exact email")
            << u"talents"_s << m_talent.email << QString() << m_talent.email;
    QTest::addRow("employer by company name")
            << u"employers"_s << u"company of "_s + m_employer.email << u"owner"_s
            << m_employer.email;
    QTest::addRow("employer by owner email")
            << u"employers"_s << m_otherEmployer.email << u"owner"_s << m_otherEmployer.email;
    QTest::addRow("nobody") << u"talents"_s << u"no-such-person-anywhere"_s << QString()
                            << QString();
    QTest::addRow("wildcards match themselves")
            << u"employers"_s << u"%_%"_s << QString() << QString();
}

void TestOnboardingAccounts::listsSearchByNameOrEmail()
{
    QFETCH(QString, list);
    QFETCH(QString, query);
    QFETCH(QString, key);
    QFETCH(QString, email);
    const Reply reply = m_server->get(u"/api/v1/onboarding/%1?q=%2"_s.arg(list, percent(query)),
                                      m_support.token);
    QCOMPARE(reply.status, 200);
    const QJsonArray data = reply.json().value(u"data"_s).toArray();
    QCOMPARE(reply.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(),
             email.isEmpty() ? 0 : 1);
    QCOMPARE(data.size(), email.isEmpty() ? 0 : 1);
    if (email.isEmpty())
        return;
    const QJsonObject row = data.first().toObject();
    const QJsonObject holder = key.isEmpty() ? row : row.value(key).toObject();
    QCOMPARE(holder.value(u"email"_s).toString(), email);
}

void TestOnboardingAccounts::listsRefuseBadPaging_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    for (const QString &list : { u"talents"_s, u"employers"_s }) {
        const QByteArray l = list.toUtf8();
        const QString base = u"/api/v1/onboarding/"_s + list;
        QTest::addRow("%s: limit above 100", l.constData()) << base + u"?limit=101"_s << u"limit"_s;
        QTest::addRow("%s: limit 0", l.constData()) << base + u"?limit=0"_s << u"limit"_s;
        QTest::addRow("%s: page 0", l.constData()) << base + u"?page=0"_s << u"page"_s;
        QTest::addRow("%s: page not a number", l.constData()) << base + u"?page=two"_s << u"page"_s;
    }
}

void TestOnboardingAccounts::listsRefuseBadPaging()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    const Reply reply = m_server->get(path, m_admin.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().startsWith(field + u' '), qPrintable(reply.message()));
}

QTEST_MAIN(TestOnboardingAccounts)
#include "tst_onboarding_accounts.moc"
