// SPDX-License-Identifier: Apache-2.0
// The admin console: who may reach it, the talent and employer lists with their filters, and the
// dashboard statistics.
#include "fixtures.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QDateTime>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QString describe(const QSet<QString> &values)
{
    QStringList sorted(values.begin(), values.end());
    sorted.sort();
    return sorted.join(u", "_s);
}

} // namespace

class TestAdminLists : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    // Access
    void accessToTheConsole_data();
    void accessToTheConsole();

    // Lists
    void talentListFilters_data();
    void talentListFilters();
    void talentListShowsSkillsAndVerification();
    void employerListFilters_data();
    void employerListFilters();
    void listsRefuseBadFilters_data();
    void listsRefuseBadFilters();

    // Statistics
    void statisticsCountAKnownSetOfUsers();

private:
    /** Sets columns of a user (or company) row directly: states a test cannot reach by API. */
    void setColumn(const QString &table, qint64 id, const QString &column, const QVariant &value);
    qint64 createSkill(const QString &name);

    QHash<QString, QString> m_cohort; ///< label -> email of the talents the filters select from
    QHash<QString, QString> m_companies; ///< label -> company name
    qint64 m_skillA = 0;
    qint64 m_skillB = 0;
    int m_counter = 0;
};

void TestAdminLists::initTestCase()
{
    startWithStaff(u"super admin"_s);

    // Four talents named Kiriku, each different in what the filters look at.
    m_skillA = createSkill(u"Kiriku Skill A"_s);
    m_skillB = createSkill(u"Kiriku Skill B"_s);
    QVERIFY(m_skillA > 0 && m_skillB > 0);
    const QString old = u"2020-06-01T10:00:00.000Z"_s;
    for (const QString &label : { u"kano"_s, u"ghana"_s, u"lagos"_s }) {
        const TestUser talent
                = m_server->createUser(Role::Talent, u"kiriku.%1@filters.test"_s.arg(label));
        m_cohort.insert(label, talent.email);
        QJsonObject profile { { u"last_name"_s, u"Kiriku"_s } };
        QJsonArray skills;
        if (label == u"kano"_s) {
            profile.insert(u"state"_s, u"Kano"_s);
            skills = { QJsonObject { { u"skill_id"_s, m_skillA }, { u"level"_s, u"expert"_s } },
                       QJsonObject { { u"skill_id"_s, m_skillB }, { u"level"_s, u"beginner"_s } } };
            setColumn(u"users"_s, talent.id, u"bvn_verified_at"_s, nowText());
            setColumn(u"users"_s, talent.id, u"created_at"_s, old);
        } else if (label == u"ghana"_s) {
            profile.insert(u"country"_s, u"GH"_s);
            profile.insert(u"state"_s, u"Greater Accra"_s);
            skills = { QJsonObject { { u"skill_id"_s, m_skillA }, { u"level"_s, u"advanced"_s } } };
            setColumn(u"users"_s, talent.id, u"nin_verified_at"_s, nowText());
        } else {
            skills = { QJsonObject { { u"skill_id"_s, m_skillB }, { u"level"_s, u"advanced"_s } } };
        }
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s, profile, talent.token).status,
                 200);
        QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s,
                               QJsonObject { { u"skills"_s, skills } }, talent.token)
                         .status,
                 200);
    }
    // One who signed up and has not verified their email yet.
    m_cohort.insert(u"unverified"_s, u"kiriku.unverified@filters.test"_s);
    QCOMPARE(m_server->post(u"/api/v1/onboarding/talents/nigeria"_s,
                            talentSignUp(m_cohort.value(u"unverified"_s), u"Ife"_s, u"Kiriku"_s))
                     .status,
             201);

    // Three companies named Zanzi.
    Sql(m_server->context().db(),
        u"INSERT INTO industries (code, name, active) VALUES ('test_agri', 'Agriculture', TRUE) "
        u"ON CONFLICT (code) DO NOTHING"_s)
            .exec();
    for (const QString &label : { u"alpha"_s, u"beta"_s, u"gamma"_s }) {
        const TestUser owner
                = m_server->createUser(Role::Employer, u"zanzi.%1@filters.test"_s.arg(label));
        QVERIFY(owner.companyId);
        const QString name = u"Zanzi %1 Ltd"_s.arg(label);
        m_companies.insert(label, name);
        setColumn(u"companies"_s, *owner.companyId, u"name"_s, name);
        if (label == u"alpha"_s) {
            setColumn(u"companies"_s, *owner.companyId, u"industry"_s, u"Agriculture"_s);
            setColumn(u"companies"_s, *owner.companyId, u"tin_verified_at"_s, nowText());
        } else if (label == u"beta"_s) {
            setColumn(u"companies"_s, *owner.companyId, u"country_code"_s, u"GH"_s);
        } else {
            setColumn(u"companies"_s, *owner.companyId, u"created_at"_s, old);
        }
    }
}

void TestAdminLists::setColumn(const QString &table, qint64 id, const QString &column,
                               const QVariant &value)
{
    Sql(m_server->context().db(), u"UPDATE %1 SET %2 = :value WHERE id = :id"_s.arg(table, column))
            .bind(u":value"_s, value)
            .bind(u":id"_s, id)
            .exec();
}

qint64 TestAdminLists::createSkill(const QString &name)
{
    const Reply added = m_server->post(u"/api/v1/skills"_s, QJsonObject { { u"name"_s, name } },
                                       m_admin.token);
    return added.json().value(u"id"_s).toInteger();
}

// ---- Access ----

void TestAdminLists::accessToTheConsole_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");

    const QList<QPair<QString, int>> readers { { u"admin"_s, 200 },    { u"super admin"_s, 200 },
                                               { u"support"_s, 200 },  { u"talent"_s, 403 },
                                               { u"employer"_s, 403 }, { QString(), 401 } };
    const QList<QPair<QString, int>> admins { { u"admin"_s, 200 },    { u"super admin"_s, 200 },
                                              { u"support"_s, 403 },  { u"talent"_s, 403 },
                                              { u"employer"_s, 403 }, { QString(), 401 } };
    for (const auto &[who, status] : readers) {
        QTest::addRow("talents, %s", qPrintable(who.isEmpty() ? u"anonymous"_s : who))
                << QByteArray("GET") << u"/api/v1/admin/talents"_s << who << status;
        QTest::addRow("employers, %s", qPrintable(who.isEmpty() ? u"anonymous"_s : who))
                << QByteArray("GET") << u"/api/v1/admin/employers"_s << who << status;
    }
    for (const auto &[who, status] : admins) {
        QTest::addRow("statistics, %s", qPrintable(who.isEmpty() ? u"anonymous"_s : who))
                << QByteArray("GET") << u"/api/v1/admin/statistics"_s << who << status;
        QTest::addRow("csv import, %s", qPrintable(who.isEmpty() ? u"anonymous"_s : who))
                << QByteArray("POST") << u"/api/v1/admin/user-imports"_s << who
                << (status == 200 ? 202 : status);
        QTest::addRow("invite applicants, %s", qPrintable(who.isEmpty() ? u"anonymous"_s : who))
                << QByteArray("POST") << u"/api/v1/admin/talent-invitations"_s << who << status;
    }
}

void TestAdminLists::accessToTheConsole()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, who);
    QFETCH(int, status);

    const QString email = u"access.%1@console.test"_s.arg(++m_counter);
    QByteArray body;
    QByteArray type = "application/json";
    if (path.endsWith(u"user-imports"_s)) {
        body = "first_name,last_name,email\nAccess,Check," + email.toUtf8() + '\n';
        type = "text/csv";
    } else if (path.endsWith(u"talent-invitations"_s)) {
        body = QJsonDocument(
                       QJsonObject { { u"invites"_s,
                                       QJsonArray { QJsonObject { { u"first_name"_s, u"Access"_s },
                                                                  { u"last_name"_s, u"Check"_s },
                                                                  { u"email"_s, email } } } } })
                       .toJson(QJsonDocument::Compact);
    }
    const Reply reply = m_server->raw(method, path, body, type, tokenOf(who));
    QCOMPARE(reply.status, status);
    if (status >= 400)
        QVERIFY(!reply.json().contains(u"data"_s) && !reply.json().contains(u"users"_s));
}

// ---- Lists ----

void TestAdminLists::talentListFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    const QString a = QString::number(m_skillA);
    const QString b = QString::number(m_skillB);
    const QStringList all { u"kano"_s, u"ghana"_s, u"lagos"_s, u"unverified"_s };
    QTest::addRow("name search") << QString() << all;
    QTest::addRow("email search") << u"&q=kiriku.ghana@"_s << QStringList { u"ghana"_s };
    QTest::addRow("state, any case") << u"&state=KANO"_s << QStringList { u"kano"_s };
    QTest::addRow("country") << u"&country=gh"_s << QStringList { u"ghana"_s };
    QTest::addRow("one skill") << u"&skill_ids="_s + a << QStringList { u"kano"_s, u"ghana"_s };
    QTest::addRow("all of two skills")
            << u"&skill_ids=%1,%2"_s.arg(a, b) << QStringList { u"kano"_s };
    QTest::addRow("any of two skills") << u"&skill_ids=%1,%2&skill_match=any"_s.arg(a, b)
                                       << QStringList { u"kano"_s, u"ghana"_s, u"lagos"_s };
    QTest::addRow("identity verified")
            << u"&identity_status=verified"_s << QStringList { u"kano"_s, u"ghana"_s };
    QTest::addRow("BVN verified") << u"&identity_status=bvn_verified"_s
                                  << QStringList { u"kano"_s };
    QTest::addRow("NIN verified") << u"&identity_status=nin_verified"_s
                                  << QStringList { u"ghana"_s };
    QTest::addRow("identity unverified")
            << u"&identity_status=unverified"_s << QStringList { u"lagos"_s, u"unverified"_s };
    QTest::addRow("email not verified")
            << u"&email_verified=false"_s << QStringList { u"unverified"_s };
    QTest::addRow("email verified")
            << u"&email_verified=true"_s << QStringList { u"kano"_s, u"ghana"_s, u"lagos"_s };
    QTest::addRow("created since") << u"&created_since=2021-01-01"_s
                                   << QStringList { u"ghana"_s, u"lagos"_s, u"unverified"_s };
    QTest::addRow("pending accounts") << u"&status=pending"_s << QStringList { u"unverified"_s };
    QTest::addRow("filters combine")
            << u"&state=lagos&email_verified=true"_s << QStringList { u"lagos"_s };
    QTest::addRow("unknown skill") << u"&skill_ids=987654"_s << QStringList();
}

void TestAdminLists::talentListFilters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    QString search = u"?q=kiriku"_s;
    if (query.startsWith(u"&q="_s)) {
        search = u"?q="_s + percent(query.mid(3));
        query.clear();
    }
    const Reply reply = m_server->get(u"/api/v1/admin/talents"_s + search + query, m_admin.token);
    QCOMPARE(reply.status, 200);
    QSet<QString> emails;
    for (const QString &label : std::as_const(expected))
        emails.insert(m_cohort.value(label));
    const QSet<QString> listed = valueSet(reply.json().value(u"data"_s), u"email"_s);
    QVERIFY2(listed == emails, qPrintable(describe(listed)));
    QCOMPARE(reply.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(),
             expected.size());
}

void TestAdminLists::talentListShowsSkillsAndVerification()
{
    const Reply reply = m_server->get(u"/api/v1/admin/talents?q=kiriku.kano@"_s, m_support.token);
    QCOMPARE(reply.status, 200);
    const QJsonArray data = reply.json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 1);
    const QJsonObject talent = data.at(0).toObject();
    QCOMPARE(talent.value(u"state"_s).toString(), u"Kano"_s);
    QCOMPARE(talent.value(u"country_code"_s).toString(), u"NG"_s);
    QCOMPARE(talent.value(u"bvn_verified"_s).toBool(), true);
    QCOMPARE(talent.value(u"nin_verified"_s).toBool(), false);
    QCOMPARE(talent.value(u"identity_verified"_s).toBool(), true);
    QCOMPARE(talent.value(u"email_verified"_s).toBool(), true);
    QCOMPARE(valueSet(talent.value(u"skills"_s), u"name"_s),
             (QSet<QString> { u"Kiriku Skill A"_s, u"Kiriku Skill B"_s }));
}

void TestAdminLists::employerListFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("name search") << QString() << QStringList { u"alpha"_s, u"beta"_s, u"gamma"_s };
    QTest::addRow("owner's email") << u"&q=zanzi.beta@"_s << QStringList { u"beta"_s };
    QTest::addRow("country") << u"&country=GH"_s << QStringList { u"beta"_s };
    QTest::addRow("industry by name, any case")
            << u"&industry=TECHNOLOGY"_s << QStringList { u"beta"_s, u"gamma"_s };
    QTest::addRow("industry by code") << u"&industry=test_agri"_s << QStringList { u"alpha"_s };
    QTest::addRow("TIN verified") << u"&tin_verified=true"_s << QStringList { u"alpha"_s };
    QTest::addRow("TIN not verified")
            << u"&tin_verified=false"_s << QStringList { u"beta"_s, u"gamma"_s };
    QTest::addRow("created since")
            << u"&created_since=2021-01-01"_s << QStringList { u"alpha"_s, u"beta"_s };
    QTest::addRow("no match") << u"&industry=mining"_s << QStringList();
}

void TestAdminLists::employerListFilters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    QString search = u"?q=zanzi"_s;
    if (query.startsWith(u"&q="_s)) {
        search = u"?q="_s + percent(query.mid(3));
        query.clear();
    }
    const Reply reply = m_server->get(u"/api/v1/admin/employers"_s + search + query, m_admin.token);
    QCOMPARE(reply.status, 200);
    QSet<QString> names;
    for (const QString &label : std::as_const(expected))
        names.insert(m_companies.value(label));
    const QSet<QString> listed = valueSet(reply.json().value(u"data"_s), u"name"_s);
    QVERIFY2(listed == names, qPrintable(describe(listed)));
    for (const QJsonValue &company : reply.json().value(u"data"_s).toArray())
        QVERIFY(company.toObject()
                        .value(u"owner"_s)
                        .toObject()
                        .value(u"email"_s)
                        .toString()
                        .startsWith(u"zanzi."_s));
}

void TestAdminLists::listsRefuseBadFilters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("named");

    QTest::addRow("skill ids not numbers")
            << u"/api/v1/admin/talents?skill_ids=python"_s << u"skill_ids"_s;
    QTest::addRow("more than 20 skill ids")
            << u"/api/v1/admin/talents?skill_ids=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21"_s
            << u"skill_ids"_s;
    QTest::addRow("unknown identity status")
            << u"/api/v1/admin/talents?identity_status=maybe"_s << u"identity_status"_s;
    QTest::addRow("created since not a date")
            << u"/api/v1/admin/talents?created_since=yesterday"_s << u"created_since"_s;
    QTest::addRow("email verified not a boolean")
            << u"/api/v1/admin/talents?email_verified=perhaps"_s << u"email_verified"_s;
    QTest::addRow("country of three letters")
            << u"/api/v1/admin/employers?country=NGA"_s << u"country"_s;
    QTest::addRow("TIN verified not a boolean")
            << u"/api/v1/admin/employers?tin_verified=x"_s << u"tin_verified"_s;
    QTest::addRow("page zero") << u"/api/v1/admin/employers?page=0"_s << u"page"_s;
    QTest::addRow("limit above 100") << u"/api/v1/admin/talents?limit=101"_s << u"limit"_s;
}

void TestAdminLists::listsRefuseBadFilters()
{
    QFETCH(QString, path);
    QFETCH(QString, named);
    const Reply reply = m_server->get(path, m_admin.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(named), qPrintable(reply.message()));
}

// ---- Statistics ----

void TestAdminLists::statisticsCountAKnownSetOfUsers()
{
    TestServer server; // a database holding exactly the accounts made here
    const TestUser admin = server.createUser(Role::Admin);
    const TestUser verifiedTalent = server.createUser(Role::Talent);
    const TestUser lastMonth = server.createUser(Role::Talent);
    const TestUser longAgo = server.createUser(Role::Talent);
    const TestUser employer = server.createUser(Role::Employer);
    server.createUser(Role::Employer);
    server.createUser(Role::Sponsor);
    const TestUser leaving = server.createUser(Role::Talent);
    QCOMPARE(server.post(u"/api/v1/onboarding/talents/nigeria"_s,
                         talentSignUp(u"pending@stats.test"_s, u"Uche"_s, u"Pending"_s))
                     .status,
             201);
    QCOMPARE(server.del(u"/api/v1/users/%1"_s.arg(leaving.id), leaving.token).status, 200);
    // One published job with two applications.
    const Reply job = server.post(
            u"/api/v1/jobs"_s,
            QJsonObject { { u"title"_s, u"Statistics Clerk"_s },
                          { u"description"_s, u"Counts things carefully, every single day."_s },
                          { u"job_type"_s, u"full_time"_s },
                          { u"work_mode"_s, u"remote"_s },
                          { u"publish"_s, true } },
            employer.token);
    QCOMPARE(job.status, 201);
    for (const TestUser *applicant : { &verifiedTalent, &lastMonth })
        QCOMPARE(server.post(u"/api/v1/jobs/%1/applications"_s.arg(
                                     job.json().value(u"id"_s).toInteger()),
                             QJsonObject {}, applicant->token)
                         .status,
                 201);

    QSqlDatabase db = server.context().db();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto set = [&](const QString &statement, const QVariant &value, qint64 id) {
        Sql(db, statement).bind(u":value"_s, value).bind(u":id"_s, id).exec();
    };
    set(u"UPDATE users SET bvn_verified_at = :value WHERE id = :id"_s, nowText(), verifiedTalent.id);
    set(u"UPDATE companies SET tin_verified_at = :value WHERE id = :id"_s, nowText(),
        *employer.companyId);
    set(u"UPDATE users SET created_at = :value WHERE id = :id"_s,
        today.addDays(-10).toString(Qt::ISODate) + u"T09:30:00.000Z"_s, lastMonth.id);
    set(u"UPDATE users SET created_at = :value WHERE id = :id"_s,
        today.addDays(-40).toString(Qt::ISODate) + u"T09:30:00.000Z"_s, longAgo.id);

    const Reply reply = server.get(u"/api/v1/admin/statistics"_s, admin.token);
    QCOMPARE(reply.status, 200);
    const QJsonObject stats = reply.json();

    // admin, 4 talents (the closed account does not count), 2 employers, a sponsor.
    const QJsonObject users = stats.value(u"users"_s).toObject();
    QCOMPARE(users.value(u"total"_s).toInteger(), 8);
    const QJsonObject byRole = users.value(u"by_role"_s).toObject();
    QCOMPARE(byRole.value(u"talent"_s).toInteger(), 4);
    QCOMPARE(byRole.value(u"employer"_s).toInteger(), 2);
    QCOMPARE(byRole.value(u"sponsor"_s).toInteger(), 1);
    QCOMPARE(byRole.value(u"admin"_s).toInteger(), 1);
    QCOMPARE(byRole.value(u"support"_s).toInteger(), 0);
    qint64 sum = 0;
    for (const QJsonValue &count : byRole)
        sum += count.toInteger();
    QCOMPARE(sum, 8);

    const QJsonObject signUps = stats.value(u"sign_ups"_s).toObject();
    const QJsonArray perDay = signUps.value(u"per_day"_s).toArray();
    QCOMPARE(perDay.size(), 30);
    QCOMPARE(perDay.first().toObject().value(u"date"_s).toString(),
             today.addDays(-29).toString(Qt::ISODate));
    QCOMPARE(perDay.last().toObject().value(u"date"_s).toString(), today.toString(Qt::ISODate));
    QCOMPARE(perDay.last().toObject().value(u"count"_s).toInteger(), 6);
    QCOMPARE(perDay.at(19).toObject().value(u"count"_s).toInteger(), 1); // ten days ago
    QCOMPARE(signUps.value(u"total"_s).toInteger(), 7); // forty days ago is outside the window

    QCOMPARE(stats.value(u"email_verification"_s).toObject(),
             (QJsonObject { { u"verified"_s, 7 }, { u"total"_s, 8 }, { u"rate"_s, 0.875 } }));
    QCOMPARE(stats.value(u"identity_verification"_s).toObject(),
             (QJsonObject { { u"verified"_s, 1 }, { u"total"_s, 4 }, { u"rate"_s, 0.25 } }));
    const QJsonObject companies = stats.value(u"companies"_s).toObject();
    QCOMPARE(companies.value(u"total"_s).toInteger(), 3);
    QCOMPARE(companies.value(u"by_kind"_s).toObject(),
             (QJsonObject { { u"employer"_s, 2 }, { u"sponsor"_s, 1 } }));
    QCOMPARE(companies.value(u"tin_verified"_s).toInteger(), 1);
    QCOMPARE(companies.value(u"tin_verification_rate"_s).toDouble(), 0.3333);
    QCOMPARE(stats.value(u"jobs"_s).toObject().value(u"total"_s).toInteger(), 1);
    QCOMPARE(stats.value(u"applications"_s).toObject().value(u"total"_s).toInteger(), 2);
}

QTEST_MAIN(TestAdminLists)
#include "tst_admin_lists.moc"
