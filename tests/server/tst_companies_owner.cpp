// SPDX-License-Identifier: Apache-2.0
// What a company's owner adds to it: becoming a sponsor, the owner's own profile, and contact
// persons with their one primary contact.
#include "areas/companies.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** The names of the primary contact persons of a listing. */
QStringList primaryNames(const Reply &listing)
{
    QStringList names;
    for (const QJsonValue &item : listing.json().value(u"data"_s).toArray()) {
        if (item.toObject().value(u"is_primary"_s).toBool())
            names.append(item.toObject().value(u"name"_s).toString());
    }
    return names;
}

} // namespace

class TestCompaniesOwner : public QObject, public CompaniesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // Sponsorship and the owner's profile
    void becomingASponsorHappensOnce();
    void sponsorshipNeedsFocusAndBudget_data();
    void sponsorshipNeedsFocusAndBudget();
    void sponsorshipIsForTheOwner_data();
    void sponsorshipIsForTheOwner();
    void ownerUpdatesTheirOwnProfile();
    void ownerProfileNamesTheInvalidField_data();
    void ownerProfileNamesTheInvalidField();
    void ownerProfileIsForOwners_data();
    void ownerProfileIsForOwners();

    // Contact persons
    void firstContactIsPrimaryAndThePrimaryFlagMoves();
    void primaryContactCannotJustBeUnset();
    void deletingThePrimaryHandsItToTheOldestContact();
    void contactEmailIsUniqueWithinACompany();
    void contactNamesTheInvalidField_data();
    void contactNamesTheInvalidField();
    void contactsAreScopedToTheirCompany_data();
    void contactsAreScopedToTheirCompany();
};

// ---- Sponsorship and the owner's profile ----

void TestCompaniesOwner::becomingASponsorHappensOnce()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const QString path = companyPath(*owner.companyId) + u"/sponsorship"_s;
    const QJsonObject profile { { u"focus_areas"_s,
                                  QJsonArray { u"Software engineering"_s, u"Women in tech"_s } },
                                { u"budget_range"_s, u"NGN 5m - 20m a year"_s } };
    const Reply became = m_server->post(path, profile, owner.token);
    QCOMPARE(became.status, 201);
    QCOMPARE(became.json().value(u"is_sponsor"_s).toBool(), true);
    const QJsonObject sponsorship = became.json().value(u"sponsorship"_s).toObject();
    QCOMPARE(sponsorship.value(u"focus_areas"_s).toArray(),
             profile.value(u"focus_areas"_s).toArray());
    QCOMPARE(sponsorship.value(u"budget_range"_s).toString(), u"NGN 5m - 20m a year"_s);
    QVERIFY(!sponsorship.value(u"since"_s).toString().isEmpty());
    QCOMPARE(m_server->get(companyPath(*owner.companyId), owner.token)
                     .json()
                     .value(u"is_sponsor"_s)
                     .toBool(),
             true);

    const Reply again = m_server->post(path, profile, owner.token);
    QCOMPARE(again.status, 409);
    // The first profile stands.
    QCOMPARE(m_server->get(companyPath(*owner.companyId), owner.token)
                     .json()
                     .value(u"sponsorship"_s)
                     .toObject()
                     .value(u"since"_s),
             sponsorship.value(u"since"_s));
}

void TestCompaniesOwner::sponsorshipNeedsFocusAndBudget_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonArray areas { u"Agriculture"_s };
    QTest::addRow("focus_areas missing")
            << QJsonObject { { u"budget_range"_s, u"Small"_s } } << u"focus_areas"_s;
    QTest::addRow("focus_areas empty")
            << QJsonObject { { u"focus_areas"_s, QJsonArray() }, { u"budget_range"_s, u"Small"_s } }
            << u"focus_areas"_s;
    QTest::addRow("focus_areas of numbers") << QJsonObject { { u"focus_areas"_s, QJsonArray { 1 } },
                                                             { u"budget_range"_s, u"Small"_s } }
                                            << u"focus_areas[0]"_s;
    QTest::addRow("budget_range missing")
            << QJsonObject { { u"focus_areas"_s, areas } } << u"budget_range"_s;
}

void TestCompaniesOwner::sponsorshipNeedsFocusAndBudget()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Reply refused = m_server->post(companyPath(*m_owner.companyId) + u"/sponsorship"_s, body,
                                         m_owner.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(namesMessage(refused, field), qPrintable(refused.message()));
    QCOMPARE(m_server->get(companyPath(*m_owner.companyId), m_owner.token)
                     .json()
                     .value(u"is_sponsor"_s)
                     .toBool(),
             false);
}

void TestCompaniesOwner::sponsorshipIsForTheOwner_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("another company") << u"other owner"_s << 404;
    QTest::addRow("its staff") << u"editor"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestCompaniesOwner::sponsorshipIsForTheOwner()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const QJsonObject profile { { u"focus_areas"_s, QJsonArray { u"Agriculture"_s } },
                                { u"budget_range"_s, u"Small"_s } };
    QCOMPARE(m_server->post(companyPath(*m_owner.companyId) + u"/sponsorship"_s, profile,
                            tokenOf(who))
                     .status,
             expected);
    QCOMPARE(m_server->get(companyPath(*m_owner.companyId), m_owner.token)
                     .json()
                     .value(u"is_sponsor"_s)
                     .toBool(),
             false);
}

void TestCompaniesOwner::ownerUpdatesTheirOwnProfile()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const Reply updated = m_server->patch(u"/api/v1/employers/me"_s,
                                          QJsonObject { { u"first_name"_s, u"Chioma"_s },
                                                        { u"last_name"_s, u"Okafor"_s },
                                                        { u"phone_number"_s, u"+2348099998888"_s },
                                                        { u"job_title"_s, u"Founder"_s } },
                                          owner.token);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(u"first_name"_s).toString(), u"Chioma"_s);
    QCOMPARE(updated.json().value(u"job_title"_s).toString(), u"Founder"_s);
    const QJsonObject user = m_server->get(u"/api/v1/auth/me"_s, owner.token).json();
    QCOMPARE(user.value(u"first_name"_s).toString(), u"Chioma"_s);
    QCOMPARE(user.value(u"last_name"_s).toString(), u"Okafor"_s);
    QCOMPARE(user.value(u"phone_number"_s).toString(), u"+2348099998888"_s);
    // The company's owner shown with the company follows.
    QCOMPARE(m_server->get(companyPath(*owner.companyId), owner.token)
                     .json()
                     .value(u"owner"_s)
                     .toObject()
                     .value(u"first_name"_s)
                     .toString(),
             u"Chioma"_s);
}

void TestCompaniesOwner::ownerProfileNamesTheInvalidField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addRow("first_name blank") << u"first_name"_s << QJsonValue(u" "_s);
    QTest::addRow("last_name too long") << u"last_name"_s << QJsonValue(QString(101, u'x'));
    QTest::addRow("phone_number in words") << u"phone_number"_s << QJsonValue(u"call me"_s);
    QTest::addRow("job_title a number") << u"job_title"_s << QJsonValue(3);
}

void TestCompaniesOwner::ownerProfileNamesTheInvalidField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const Reply refused = m_server->patch(u"/api/v1/employers/me"_s,
                                          QJsonObject { { field, value } }, m_owner.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(namesMessage(refused, field), qPrintable(refused.message()));
}

void TestCompaniesOwner::ownerProfileIsForOwners_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 200;
    QTest::addRow("staff") << u"editor"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestCompaniesOwner::ownerProfileIsForOwners()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const Reply reply = m_server->patch(u"/api/v1/employers/me"_s,
                                        QJsonObject { { u"job_title"_s, u"Chief %1"_s.arg(who) } },
                                        tokenOf(who));
    QCOMPARE(reply.status, expected);
}

// ---- Contact persons ----

void TestCompaniesOwner::firstContactIsPrimaryAndThePrimaryFlagMoves()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const QString path = contactsPath(*owner.companyId);
    QJsonObject first = contact(u"First"_s, newEmail(u"first"_s));
    first.insert(u"is_primary"_s, false);
    const Reply added = m_server->post(path, first, owner.token);
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json().value(u"is_primary"_s).toBool(), true); // the first one always is
    QCOMPARE(added.json().value(u"email"_s).toString(), first.value(u"email"_s).toString());
    QCOMPARE(added.json().value(u"position"_s).toString(), u"HR lead"_s);

    const Reply second
            = m_server->post(path, contact(u"Second"_s, newEmail(u"second"_s)), owner.token);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json().value(u"is_primary"_s).toBool(), false);
    QCOMPARE(primaryNames(m_server->get(path, owner.token)), QStringList { u"First"_s });

    QJsonObject third = contact(u"Third"_s, newEmail(u"third"_s));
    third.insert(u"is_primary"_s, true);
    QCOMPARE(m_server->post(path, third, owner.token).status, 201);
    const Reply listing = m_server->get(path, owner.token);
    QCOMPARE(listing.status, 200);
    QCOMPARE(listing.json().value(u"meta"_s).toObject().value(u"total"_s).toInt(), 3);
    QCOMPARE(primaryNames(listing), QStringList { u"Third"_s });
    QCOMPARE(listing.json().value(u"data"_s).toArray().at(0).toObject().value(u"name"_s).toString(),
             u"Third"_s); // the primary one is listed first

    // Making another one primary moves the flag back.
    const qint64 firstId = added.json().value(u"id"_s).toInteger();
    const Reply moved = m_server->patch(
            path + u"/%1"_s.arg(firstId),
            QJsonObject { { u"is_primary"_s, true }, { u"position"_s, u"CEO"_s } }, owner.token);
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json().value(u"position"_s).toString(), u"CEO"_s);
    QCOMPARE(primaryNames(m_server->get(path, owner.token)), QStringList { u"First"_s });
}

void TestCompaniesOwner::primaryContactCannotJustBeUnset()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const QString path = contactsPath(*owner.companyId);
    const Reply only = m_server->post(path, contact(u"Only"_s, newEmail(u"only"_s)), owner.token);
    const Reply unset = m_server->patch(path + u"/%1"_s.arg(only.json().value(u"id"_s).toInteger()),
                                        QJsonObject { { u"is_primary"_s, false } }, owner.token);
    QCOMPARE(unset.status, 422);
    QCOMPARE(primaryNames(m_server->get(path, owner.token)), QStringList { u"Only"_s });
}

void TestCompaniesOwner::deletingThePrimaryHandsItToTheOldestContact()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const QString path = contactsPath(*owner.companyId);
    const Reply first = m_server->post(path, contact(u"First"_s, newEmail(u"a"_s)), owner.token);
    QCOMPARE(m_server->post(path, contact(u"Second"_s, newEmail(u"b"_s)), owner.token).status, 201);
    QCOMPARE(m_server->post(path, contact(u"Third"_s, newEmail(u"c"_s)), owner.token).status, 201);
    const QString firstPath = path + u"/%1"_s.arg(first.json().value(u"id"_s).toInteger());
    QCOMPARE(m_server->del(firstPath, owner.token).status, 200);
    const Reply listing = m_server->get(path, owner.token);
    QCOMPARE(listing.json().value(u"data"_s).toArray().size(), 2);
    QCOMPARE(primaryNames(listing), QStringList { u"Second"_s });
    QCOMPARE(m_server->del(firstPath, owner.token).status, 404);
}

void TestCompaniesOwner::contactEmailIsUniqueWithinACompany()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const QString email = newEmail(u"same"_s);
    QCOMPARE(m_server->post(contactsPath(*owner.companyId), contact(u"One"_s, email), owner.token)
                     .status,
             201);
    const Reply twice = m_server->post(contactsPath(*owner.companyId),
                                       contact(u"Two"_s, email.toUpper()), owner.token);
    QCOMPARE(twice.status, 409);
    // Another company may list the same person.
    QCOMPARE(m_server->post(contactsPath(*m_otherOwner.companyId), contact(u"Two"_s, email),
                            m_otherOwner.token)
                     .status,
             201);
}

void TestCompaniesOwner::contactNamesTheInvalidField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addRow("name missing") << u"name"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("email missing") << u"email"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("email without @") << u"email"_s << QJsonValue(u"ada.example.com"_s);
    QTest::addRow("phone_number in words") << u"phone_number"_s << QJsonValue(u"call me"_s);
    QTest::addRow("position too long") << u"position"_s << QJsonValue(QString(101, u'p'));
    QTest::addRow("is_primary a word") << u"is_primary"_s << QJsonValue(u"yes"_s);
}

void TestCompaniesOwner::contactNamesTheInvalidField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject body = contact(u"Invalid"_s, newEmail(u"invalid"_s));
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    const QString path = contactsPath(*m_owner.companyId);
    const int before = m_server->get(path, m_owner.token)
                               .json()
                               .value(u"meta"_s)
                               .toObject()
                               .value(u"total"_s)
                               .toInt();
    const Reply refused = m_server->post(path, body, m_owner.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(namesMessage(refused, field), qPrintable(refused.message()));
    QCOMPARE(m_server->get(path, m_owner.token)
                     .json()
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInt(),
             before);
}

void TestCompaniesOwner::contactsAreScopedToTheirCompany_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("list");
    QTest::addColumn<int>("add");
    QTest::addColumn<int>("change");
    QTest::addRow("its owner") << u"other owner"_s << 200 << 201 << 200;
    QTest::addRow("another company") << u"owner"_s << 404 << 404 << 404;
    QTest::addRow("another company's editor") << u"editor"_s << 404 << 404 << 404;
    QTest::addRow("admin") << u"admin"_s << 200 << 403 << 403;
    QTest::addRow("talent") << u"talent"_s << 403 << 403 << 403;
    QTest::addRow("anonymous") << QString() << 401 << 401 << 401;
}

void TestCompaniesOwner::contactsAreScopedToTheirCompany()
{
    QFETCH(QString, who);
    QFETCH(int, list);
    QFETCH(int, add);
    QFETCH(int, change);
    const QString token = tokenOf(who);
    const QString path = contactsPath(*m_otherOwner.companyId);
    QCOMPARE(m_server->get(path, token).status, list);
    QCOMPARE(m_server->post(path, contact(u"Scoped"_s, newEmail(u"scoped"_s)), token).status, add);
    const QString contactPath = path + u"/%1"_s.arg(m_otherContactId);
    QCOMPARE(m_server->patch(contactPath, QJsonObject { { u"position"_s, u"Changed"_s } }, token)
                     .status,
             change);
    // Through one's own company's path, another company's contact person does not exist either.
    if (who == u"owner"_s) {
        QCOMPARE(m_server->patch(contactsPath(*m_owner.companyId) + u"/%1"_s.arg(m_otherContactId),
                                 QJsonObject { { u"position"_s, u"Changed"_s } }, token)
                         .status,
                 404);
        QCOMPARE(m_server->del(contactsPath(*m_owner.companyId) + u"/%1"_s.arg(m_otherContactId),
                               token)
                         .status,
                 404);
    }
    const Reply kept = m_server->get(path, m_otherOwner.token);
    const QJsonArray contacts = kept.json().value(u"data"_s).toArray();
    const bool stillThere = std::any_of(contacts.begin(), contacts.end(), [&](const QJsonValue &c) {
        return c.toObject().value(u"id"_s).toInteger() == m_otherContactId;
    });
    QVERIFY(stillThere);
}

QTEST_MAIN(TestCompaniesOwner)
#include "tst_companies_owner.moc"
