// SPDX-License-Identifier: Apache-2.0
// Companies: the profile and who may read and change it, creating one after deleting one,
// deletion (data kept, staff locked out, owner kept), sponsorship, the owner's own profile, and
// contact persons with their one primary contact.
#include "testserver.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QString invitationToken(const Mail &mail)
{
    static const QRegularExpression token(u"token=([0-9]+\\.[A-Za-z0-9_-]+)"_s);
    return token.match(mail.text).captured(1);
}

QString companyPath(qint64 id)
{
    return u"/api/v1/companies/%1"_s.arg(id);
}

QString contactsPath(qint64 companyId)
{
    return u"/api/v1/companies/%1/contact-persons"_s.arg(companyId);
}

QJsonObject contact(const QString &name, const QString &email)
{
    return { { u"name"_s, name },
             { u"email"_s, email },
             { u"phone_number"_s, u"+2348011112222"_s },
             { u"position"_s, u"HR lead"_s } };
}

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

bool namesMessage(const Reply &reply, const QString &field)
{
    const QJsonArray messages = reply.json().value(u"message"_s).toArray();
    return std::any_of(messages.begin(), messages.end(), [&](const QJsonValue &message) {
        return message.toString().startsWith(field + u' ');
    });
}

} // namespace

class TestCompanies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
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

private:
    /** A staff member of @p owner's company whose role grants @p permissions, logged in. */
    TestUser staffMember(const TestUser &owner, const QStringList &permissions);
    QString tokenOf(const QString &who) const;
    /** Puts "tst-agritech" (Test Agritech) on the industries list. */
    void listTestIndustry();
    QString newEmail(const QString &who)
    {
        return u"%1.%2@companies.test"_s.arg(who).arg(++m_counter);
    }

    std::unique_ptr<TestServer> m_server;
    TestUser m_admin;
    TestUser m_support;
    TestUser m_talent;
    TestUser m_owner;
    TestUser m_otherOwner;
    TestUser m_editor; ///< staff of m_owner's company allowed company.profile.edit
    TestUser m_clerk; ///< staff of m_owner's company without it
    qint64 m_otherContactId = 0;
    int m_counter = 0;
};

void TestCompanies::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    m_admin = m_server->createUser(Role::Admin);
    m_support = m_server->createUser(Role::Support);
    m_talent = m_server->createUser(Role::Talent);
    m_owner = m_server->createUser(Role::Employer);
    m_otherOwner = m_server->createUser(Role::Employer);
    m_editor = staffMember(m_owner, { u"company.profile.edit"_s });
    QVERIFY(!m_editor.token.isEmpty());
    m_clerk = staffMember(m_owner, { u"chat.use"_s });
    QVERIFY(!m_clerk.token.isEmpty());
    const Reply added
            = m_server->post(contactsPath(*m_otherOwner.companyId),
                             contact(u"Other Contact"_s, newEmail(u"other"_s)), m_otherOwner.token);
    QCOMPARE(added.status, 201);
    m_otherContactId = added.json().value(u"id"_s).toInteger();
}

TestUser TestCompanies::staffMember(const TestUser &owner, const QStringList &permissions)
{
    TestUser staff;
    staff.role = Role::Employee;
    staff.email = newEmail(u"staff"_s);
    staff.password = u"Empl0yee!pass"_s;
    staff.companyId = owner.companyId;
    const Reply role = m_server->post(
            u"/api/v1/onboarding/employer-roles"_s,
            QJsonObject { { u"name"_s, u"Role %1"_s.arg(++m_counter) },
                          { u"permissions"_s, QJsonArray::fromStringList(permissions) } },
            owner.token);
    const Reply invited = m_server->post(
            u"/api/v1/onboarding/employees"_s,
            QJsonObject { { u"first_name"_s, u"Emeka"_s },
                          { u"last_name"_s, u"Eze"_s },
                          { u"email"_s, staff.email },
                          { u"role_id"_s, role.json().value(u"id"_s).toInteger() } },
            owner.token);
    staff.id = invited.json().value(u"id"_s).toInteger();
    const std::optional<Mail> mail = m_server->waitForMail(staff.email);
    if (!mail)
        return staff;
    const Reply accepted = m_server->post(u"/api/v1/auth/accept-invite"_s,
                                          QJsonObject { { u"token"_s, invitationToken(*mail) },
                                                        { u"password"_s, staff.password } });
    staff.token = accepted.json().value(u"access_token"_s).toString();
    return staff;
}

void TestCompanies::listTestIndustry()
{
    Sql(m_server->context().db(),
        u"INSERT INTO industries (code, name, active) VALUES ('tst-agritech', 'Test Agritech', "
        "TRUE) ON CONFLICT (code) DO UPDATE SET active = TRUE"_s)
            .exec();
}

QString TestCompanies::tokenOf(const QString &who) const
{
    const QHash<QString, QString> tokens {
        { u"owner"_s, m_owner.token },   { u"other owner"_s, m_otherOwner.token },
        { u"editor"_s, m_editor.token }, { u"clerk"_s, m_clerk.token },
        { u"admin"_s, m_admin.token },   { u"support"_s, m_support.token },
        { u"talent"_s, m_talent.token }
    };
    return tokens.value(who);
}

void TestCompanies::everySeedOfTheAreaIsServed()
{
    const QJsonObject paths = m_server->get(u"/openapi.json"_s).json().value(u"paths"_s).toObject();
    QStringList named;
    for (const QJsonValue &item : paths) {
        for (const QJsonValue &operation : item.toObject()) {
            for (const QJsonValue &seed : operation.toObject().value(u"x-seed"_s).toArray())
                named.append(seed.toString());
        }
    }
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

void TestCompanies::ownerFetchesTheirCompany()
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

void TestCompanies::companyIsReadByItsPeopleAndStaffOnly_data()
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

void TestCompanies::companyIsReadByItsPeopleAndStaffOnly()
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

void TestCompanies::staffListEveryCompanyAndSearchByName()
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

void TestCompanies::updateChangesTheProfile()
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

void TestCompanies::updateNamesTheInvalidField_data()
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

void TestCompanies::updateNamesTheInvalidField()
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

void TestCompanies::updateIsForTheCompanyAndItsEditors_data()
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

void TestCompanies::updateIsForTheCompanyAndItsEditors()
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

void TestCompanies::industryIsFreeTextOnlyWhileTheListIsEmpty()
{
    // The industries list may be seeded: set it aside in this throwaway database, then restore it.
    QSqlDatabase db = m_server->context().db();
    Sql active(db, u"SELECT code FROM industries WHERE active = TRUE"_s);
    active.exec();
    QStringList seeded;
    while (active.next())
        seeded.append(active.value(0).toString());
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

void TestCompanies::createIsRefusedWhileYouHaveACompany_data()
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

void TestCompanies::createIsRefusedWhileYouHaveACompany()
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

void TestCompanies::deletingKeepsTheDataLocksOutStaffAndKeepsTheOwner()
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

void TestCompanies::deleteIsForTheOwnerOnly_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("another company") << u"other owner"_s << 404;
    QTest::addRow("its staff, even an editor") << u"editor"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestCompanies::deleteIsForTheOwnerOnly()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    QCOMPARE(m_server->del(companyPath(*m_owner.companyId), tokenOf(who)).status, expected);
    const Reply still = m_server->get(companyPath(*m_owner.companyId), m_owner.token);
    QCOMPARE(still.status, 200);
    QVERIFY(still.json().value(u"deleted_at"_s).isNull());
}

// ---- Sponsorship and the owner's profile ----

void TestCompanies::becomingASponsorHappensOnce()
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

void TestCompanies::sponsorshipNeedsFocusAndBudget_data()
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

void TestCompanies::sponsorshipNeedsFocusAndBudget()
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

void TestCompanies::sponsorshipIsForTheOwner_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("another company") << u"other owner"_s << 404;
    QTest::addRow("its staff") << u"editor"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestCompanies::sponsorshipIsForTheOwner()
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

void TestCompanies::ownerUpdatesTheirOwnProfile()
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

void TestCompanies::ownerProfileNamesTheInvalidField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addRow("first_name blank") << u"first_name"_s << QJsonValue(u" "_s);
    QTest::addRow("last_name too long") << u"last_name"_s << QJsonValue(QString(101, u'x'));
    QTest::addRow("phone_number in words") << u"phone_number"_s << QJsonValue(u"call me"_s);
    QTest::addRow("job_title a number") << u"job_title"_s << QJsonValue(3);
}

void TestCompanies::ownerProfileNamesTheInvalidField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const Reply refused = m_server->patch(u"/api/v1/employers/me"_s,
                                          QJsonObject { { field, value } }, m_owner.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(namesMessage(refused, field), qPrintable(refused.message()));
}

void TestCompanies::ownerProfileIsForOwners_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 200;
    QTest::addRow("staff") << u"editor"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestCompanies::ownerProfileIsForOwners()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const Reply reply = m_server->patch(u"/api/v1/employers/me"_s,
                                        QJsonObject { { u"job_title"_s, u"Chief %1"_s.arg(who) } },
                                        tokenOf(who));
    QCOMPARE(reply.status, expected);
}

// ---- Contact persons ----

void TestCompanies::firstContactIsPrimaryAndThePrimaryFlagMoves()
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

void TestCompanies::primaryContactCannotJustBeUnset()
{
    const TestUser owner = m_server->createUser(Role::Employer);
    const QString path = contactsPath(*owner.companyId);
    const Reply only = m_server->post(path, contact(u"Only"_s, newEmail(u"only"_s)), owner.token);
    const Reply unset = m_server->patch(path + u"/%1"_s.arg(only.json().value(u"id"_s).toInteger()),
                                        QJsonObject { { u"is_primary"_s, false } }, owner.token);
    QCOMPARE(unset.status, 422);
    QCOMPARE(primaryNames(m_server->get(path, owner.token)), QStringList { u"Only"_s });
}

void TestCompanies::deletingThePrimaryHandsItToTheOldestContact()
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

void TestCompanies::contactEmailIsUniqueWithinACompany()
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

void TestCompanies::contactNamesTheInvalidField_data()
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

void TestCompanies::contactNamesTheInvalidField()
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

void TestCompanies::contactsAreScopedToTheirCompany_data()
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

void TestCompanies::contactsAreScopedToTheirCompany()
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

QTEST_MAIN(TestCompanies)
#include "tst_companies.moc"
