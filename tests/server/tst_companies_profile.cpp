// SPDX-License-Identifier: Apache-2.0
// A company's profile: who may read and change it, staff listing every company, creating one
// after deleting one, and deletion (data kept, staff locked out, owner kept).
#include "areas/companies.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestCompaniesProfile : public QObject, public CompaniesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    void everySeedOfTheAreaIsServed();

    // Reading
    void ownerFetchesTheirCompany();
    void companyIsReadByItsPeopleAndStaffOnly_data();
    void companyIsReadByItsPeopleAndStaffOnly();
    void staffListEveryCompanyAndSearchByName();

    // Changing the profile
    void updateChangesTheProfile();
    void updateNamesTheInvalidField_data();
    void updateNamesTheInvalidField();
    void updateIsForTheCompanyAndItsEditors_data();
    void updateIsForTheCompanyAndItsEditors();
    void industryIsFreeTextOnlyWhileTheListIsEmpty();

    // Creating and deleting
    void createIsRefusedWhileYouHaveACompany_data();
    void createIsRefusedWhileYouHaveACompany();
    void deletingKeepsTheDataLocksOutStaffAndKeepsTheOwner();
    void deleteIsForTheOwnerOnly_data();
    void deleteIsForTheOwnerOnly();
};

void TestCompaniesProfile::everySeedOfTheAreaIsServed()
{
    const QStringList named = seedsServed(*m_server);
    const QStringList seeds {
        u"User > Employer > Company > Create"_s,
        u"User > Employer > Company > Fetch"_s,
        u"User > Employer > Company > Get One"_s,
        u"User > Employer > Company > Deleted"_s,
        u"User > Employer > Company > Update"_s,
        u"User > Employer > Contact Persons > Add Contact person"_s,
        u"User > Employer > Contact Persons > Fetch all employer contact person"_s,
        u"User > Employer > Sponsorship > Employer Become a sponsor"_s,
        u"User > Employer > Employer update profile"_s,
    };
    for (const QString &seed : seeds)
        QVERIFY2(named.contains(seed), qPrintable(seed));
}

// ---- Reading ----

void TestCompaniesProfile::ownerFetchesTheirCompany()
{
    const Reply mine = m_server->get(u"/api/v1/companies"_s, m_owner.token);
    QCOMPARE(mine.status, 200);
    const QJsonArray data = mine.json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(mine.json().value(u"meta"_s).toObject().value(u"total"_s).toInt(), 1);
    const QJsonObject company = data.first().toObject();
    QCOMPARE(company.value(u"id"_s).toInteger(), *m_owner.companyId);
    QCOMPARE(company.value(u"name"_s).toString(), u"Company of "_s + m_owner.email);
    QCOMPARE(company.value(u"owner"_s).toObject().value(u"id"_s).toInteger(), m_owner.id);
    QCOMPARE(company.value(u"is_sponsor"_s).toBool(), false);
    QVERIFY(company.value(u"deleted_at"_s).isNull());

    const Reply one = m_server->get(companyPath(*m_owner.companyId), m_owner.token);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json(), company);
}

void TestCompaniesProfile::companyIsReadByItsPeopleAndStaffOnly_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 200;
    QTest::addRow("its staff") << u"clerk"_s << 200;
    QTest::addRow("admin") << u"admin"_s << 200;
    QTest::addRow("support") << u"support"_s << 200;
    QTest::addRow("another company") << u"other owner"_s << 404;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestCompaniesProfile::companyIsReadByItsPeopleAndStaffOnly()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const Reply reply = m_server->get(companyPath(*m_owner.companyId), tokenOf(who));
    QCOMPARE(reply.status, expected);
    if (expected == 200)
        QCOMPARE(reply.json().value(u"id"_s).toInteger(), *m_owner.companyId);
    // A company that does not exist looks the same as another company's.
    if (expected == 404)
        QCOMPARE(m_server->get(companyPath(99999999), tokenOf(who)).status, 404);
}

void TestCompaniesProfile::staffListEveryCompanyAndSearchByName()
{
    const Reply all = m_server->get(u"/api/v1/companies?limit=100"_s, m_admin.token);
    QCOMPARE(all.status, 200);
    QVERIFY(all.json().value(u"meta"_s).toObject().value(u"total"_s).toInt() >= 2);

    const QString otherName = u"Company of "_s + m_otherOwner.email;
    const Reply found
            = m_server->get(u"/api/v1/companies?q=%1"_s.arg(QString::fromLatin1(
                                    QUrl::toPercentEncoding(m_otherOwner.email.toUpper()))),
                            m_support.token);
    QCOMPARE(found.status, 200);
    const QJsonArray data = found.json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().toObject().value(u"name"_s).toString(), otherName);

    // A company account searching finds nothing beyond its own company.
    const Reply owner = m_server->get(u"/api/v1/companies?q=%1"_s.arg(QString::fromLatin1(
                                              QUrl::toPercentEncoding(m_otherOwner.email))),
                                      m_owner.token);
    QCOMPARE(owner.status, 200);
    QCOMPARE(owner.json().value(u"data"_s).toArray().size(), 0);
}

// ---- Changing the profile ----

void TestCompaniesProfile::updateChangesTheProfile()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const QJsonObject change {
        { u"name"_s, u"Kola Foods Ltd"_s },
        { u"size"_s, u"51-200"_s },
        { u"address"_s, u"12 Broad Street"_s },
        { u"state"_s, u"fct"_s },
        { u"website"_s, u"https://kolafoods.example"_s },
        { u"description"_s, u"We make snacks."_s },
        { u"employer_type"_s, u"private_company"_s },
        { u"socials"_s, QJsonObject { { u"linkedin"_s, u"https://linkedin.example/kola"_s } } },
    };
    const Reply updated = m_server->patch(companyPath(*owner.companyId), change, owner.token);
    QCOMPARE(updated.status, 200);
    const QJsonObject company = m_server->get(companyPath(*owner.companyId), owner.token).json();
    QCOMPARE(company, updated.json());
    QCOMPARE(company.value(u"name"_s).toString(), u"Kola Foods Ltd"_s);
    QCOMPARE(company.value(u"size"_s).toString(), u"51-200"_s);
    QCOMPARE(company.value(u"address"_s).toString(), u"12 Broad Street"_s);
    QCOMPARE(company.value(u"state"_s).toString(), u"Abuja Federal Capital Territory"_s);
    QCOMPARE(company.value(u"website"_s).toString(), u"https://kolafoods.example"_s);
    QCOMPARE(company.value(u"description"_s).toString(), u"We make snacks."_s);
    QCOMPARE(company.value(u"employer_type"_s).toString(), u"private_company"_s);
    QCOMPARE(company.value(u"socials"_s).toObject().value(u"linkedin"_s).toString(),
             u"https://linkedin.example/kola"_s);

    // Null clears an optional field; fields left out stay as they were.
    const Reply cleared
            = m_server->patch(companyPath(*owner.companyId),
                              QJsonObject { { u"website"_s, QJsonValue::Null } }, owner.token);
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.json().value(u"website"_s).isNull());
    QCOMPARE(cleared.json().value(u"name"_s).toString(), u"Kola Foods Ltd"_s);
}

void TestCompaniesProfile::updateNamesTheInvalidField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addRow("name of one letter") << u"name"_s << QJsonValue(u"A"_s);
    QTest::addRow("name blank") << u"name"_s << QJsonValue(u"  "_s);
    QTest::addRow("size outside the list") << u"size"_s << QJsonValue(u"huge"_s);
    QTest::addRow("website not http") << u"website"_s << QJsonValue(u"ftp://files.example"_s);
    QTest::addRow("state not in Nigeria") << u"state"_s << QJsonValue(u"Atlantis"_s);
    QTest::addRow("description too long") << u"description"_s << QJsonValue(QString(5001, u'x'));
    QTest::addRow("socials a list") << u"socials"_s << QJsonValue(QJsonArray { 1 });
    QTest::addRow("socials.linkedin not a URL")
            << u"socials.linkedin"_s
            << QJsonValue(QJsonObject { { u"linkedin"_s, u"not a link"_s } });
    QTest::addRow("employer_type a number") << u"employer_type"_s << QJsonValue(7);
    QTest::addRow("industry blank") << u"industry"_s << QJsonValue(u""_s);
}

void TestCompaniesProfile::updateNamesTheInvalidField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const QString before = m_server->get(companyPath(*m_owner.companyId), m_owner.token)
                                   .json()
                                   .value(u"name"_s)
                                   .toString();
    const QString key = field.section(u'.', 0, 0);
    const Reply refused = m_server->patch(
            companyPath(*m_owner.companyId),
            QJsonObject { { key, value },
                          { u"name"_s, key == u"name"_s ? value : QJsonValue(u"Renamed Ltd"_s) } },
            m_owner.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(namesMessage(refused, field), qPrintable(refused.message()));
    // Nothing was changed, not even the valid field sent alongside.
    QCOMPARE(m_server->get(companyPath(*m_owner.companyId), m_owner.token)
                     .json()
                     .value(u"name"_s)
                     .toString(),
             before);
}

void TestCompaniesProfile::updateIsForTheCompanyAndItsEditors_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 200;
    QTest::addRow("staff allowed to edit the profile") << u"editor"_s << 200;
    QTest::addRow("staff without that permission") << u"clerk"_s << 403;
    QTest::addRow("another company") << u"other owner"_s << 404;
    QTest::addRow("admin (reads only)") << u"admin"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestCompaniesProfile::updateIsForTheCompanyAndItsEditors()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const QString description = u"Described by %1"_s.arg(who);
    const Reply reply
            = m_server->patch(companyPath(*m_owner.companyId),
                              QJsonObject { { u"description"_s, description } }, tokenOf(who));
    QCOMPARE(reply.status, expected);
    const QString stored = m_server->get(companyPath(*m_owner.companyId), m_owner.token)
                                   .json()
                                   .value(u"description"_s)
                                   .toString();
    QCOMPARE(stored == description, expected == 200);
}

void TestCompaniesProfile::industryIsFreeTextOnlyWhileTheListIsEmpty()
{
    // The industries list may be seeded: set it aside in this throwaway database, then restore it.
    QSqlDatabase db = m_server->context().db();
    Sql active(db, u"SELECT code FROM industries WHERE active = TRUE"_s);
    active.exec();
    QStringList seeded;
    while (active.next())
        seeded.append(active.text(u"code"_s));
    Sql(db, u"UPDATE industries SET active = FALSE"_s).exec();
    const QString path = companyPath(*m_owner.companyId);
    const Reply free = m_server->patch(path, QJsonObject { { u"industry"_s, u"Snail farming"_s } },
                                       m_owner.token);
    QCOMPARE(free.status, 200);
    QCOMPARE(free.json().value(u"industry"_s).toString(), u"Snail farming"_s);

    listTestIndustry();
    const Reply unknown = m_server->patch(
            path, QJsonObject { { u"industry"_s, u"Snail farming"_s } }, m_owner.token);
    QCOMPARE(unknown.status, 400);
    QVERIFY2(namesMessage(unknown, u"industry"_s), qPrintable(unknown.message()));
    // The code or the name, in any case, is stored as the code.
    const Reply byName = m_server->patch(
            path, QJsonObject { { u"industry"_s, u"test AGRITECH"_s } }, m_owner.token);
    QCOMPARE(byName.status, 200);
    QCOMPARE(byName.json().value(u"industry"_s).toString(), u"tst-agritech"_s);

    for (const QString &code : std::as_const(seeded))
        Sql(db, u"UPDATE industries SET active = TRUE WHERE code = :code"_s)
                .bind(u":code"_s, code)
                .exec();
}

// ---- Creating and deleting ----

void TestCompaniesProfile::createIsRefusedWhileYouHaveACompany_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QStringList>("named");
    const QJsonObject valid { { u"name"_s, u"Second Ltd"_s },
                              { u"country"_s, u"NG"_s },
                              { u"industry"_s, u"Farming"_s } };
    QTest::addRow("owner of a company") << u"owner"_s << valid << 409 << QStringList();
    QTest::addRow("everything missing") << u"owner"_s << QJsonObject() << 400
                                        << QStringList { u"name"_s, u"country"_s, u"industry"_s };
    QJsonObject badCountry = valid;
    badCountry.insert(u"country"_s, u"Nigeria"_s);
    QTest::addRow("country not a code")
            << u"owner"_s << badCountry << 400 << QStringList { u"country"_s };
    QTest::addRow("staff member") << u"editor"_s << valid << 403 << QStringList();
    QTest::addRow("talent") << u"talent"_s << valid << 403 << QStringList();
    QTest::addRow("anonymous") << QString() << valid << 401 << QStringList();
}

void TestCompaniesProfile::createIsRefusedWhileYouHaveACompany()
{
    QFETCH(QString, who);
    QFETCH(QJsonObject, body);
    QFETCH(int, expected);
    QFETCH(QStringList, named);
    const Reply reply = m_server->post(u"/api/v1/companies"_s, body, tokenOf(who));
    QCOMPARE(reply.status, expected);
    for (const QString &field : named)
        QVERIFY2(namesMessage(reply, field), qPrintable(reply.message()));
    // The owner still has exactly their one company.
    const Reply mine = m_server->get(u"/api/v1/companies"_s, m_owner.token);
    QCOMPARE(mine.json().value(u"data"_s).toArray().at(0).toObject().value(u"id"_s).toInteger(),
             *m_owner.companyId);
}

void TestCompaniesProfile::deletingKeepsTheDataLocksOutStaffAndKeepsTheOwner()
{
    listTestIndustry();
    const TestUser owner = m_server->createUser(Role::Employer);
    const TestUser staff = staffMember(owner, { u"company.profile.edit"_s });
    QVERIFY(!staff.token.isEmpty());
    QCOMPARE(m_server->post(contactsPath(*owner.companyId),
                            contact(u"Ada Kept"_s, newEmail(u"kept"_s)), owner.token)
                     .status,
             201);

    const Reply deleted = m_server->del(companyPath(*owner.companyId), owner.token);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(u"staff_suspended"_s).toInt(), 1);

    // Staff are logged out and cannot log in again.
    QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, staff.token).status, 401);
    QVERIFY(m_server->login(staff.email, staff.password).isEmpty());
    // The owner keeps their account, without a company.
    const Reply me = m_server->get(u"/api/v1/auth/me"_s, owner.token);
    QCOMPARE(me.status, 200);
    QCOMPARE(m_server->get(companyPath(*owner.companyId), owner.token).status, 404);
    QCOMPARE(m_server->get(u"/api/v1/companies"_s, owner.token)
                     .json()
                     .value(u"data"_s)
                     .toArray()
                     .size(),
             0);
    QCOMPARE(m_server->del(companyPath(*owner.companyId), owner.token).status, 404);

    // Admins still see it, with its contact persons, for the record.
    const Reply kept = m_server->get(companyPath(*owner.companyId), m_admin.token);
    QCOMPARE(kept.status, 200);
    QVERIFY(!kept.json().value(u"deleted_at"_s).toString().isEmpty());
    const Reply contacts = m_server->get(contactsPath(*owner.companyId), m_admin.token);
    QCOMPARE(contacts.json().value(u"data"_s).toArray().size(), 1);
    const Reply deletedList
            = m_server->get(u"/api/v1/companies?deleted=true&limit=100"_s, m_admin.token);
    const QJsonArray deletedCompanies = deletedList.json().value(u"data"_s).toArray();
    QVERIFY(std::any_of(deletedCompanies.begin(), deletedCompanies.end(), [&](const QJsonValue &c) {
        return c.toObject().value(u"id"_s).toInteger() == *owner.companyId;
    }));

    // Without a company, the owner may create one, once.
    const QJsonObject fresh { { u"name"_s, u"Second Start Ltd"_s },
                              { u"country"_s, u"gh"_s },
                              { u"state"_s, u"Greater Accra"_s },
                              { u"industry"_s, u"Test Agritech"_s },
                              { u"size"_s, u"1-10"_s } };
    const Reply created = m_server->post(u"/api/v1/companies"_s, fresh, owner.token);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"industry"_s).toString(), u"tst-agritech"_s);
    const qint64 newId = created.json().value(u"id"_s).toInteger();
    QVERIFY(newId != *owner.companyId);
    QCOMPARE(created.json().value(u"country_code"_s).toString(), u"GH"_s);
    QCOMPARE(created.json().value(u"state"_s).toString(), u"Greater Accra"_s);
    QCOMPARE(created.json().value(u"owner"_s).toObject().value(u"id"_s).toInteger(), owner.id);
    const Reply mine = m_server->get(u"/api/v1/companies"_s, owner.token);
    QCOMPARE(mine.json().value(u"data"_s).toArray().at(0).toObject().value(u"id"_s).toInteger(),
             newId);
    QCOMPARE(m_server->post(u"/api/v1/companies"_s, fresh, owner.token).status, 409);
}

void TestCompaniesProfile::deleteIsForTheOwnerOnly_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("another company") << u"other owner"_s << 404;
    QTest::addRow("its staff, even an editor") << u"editor"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestCompaniesProfile::deleteIsForTheOwnerOnly()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    QCOMPARE(m_server->del(companyPath(*m_owner.companyId), tokenOf(who)).status, expected);
    const Reply still = m_server->get(companyPath(*m_owner.companyId), m_owner.token);
    QCOMPARE(still.status, 200);
    QVERIFY(still.json().value(u"deleted_at"_s).isNull());
}

QTEST_MAIN(TestCompaniesProfile)
#include "tst_companies_profile.moc"
