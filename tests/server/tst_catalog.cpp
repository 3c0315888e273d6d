// SPDX-License-Identifier: Apache-2.0
// The reference lists profiles pick from (education levels, schools, industries, employer types,
// job preferences, career levels, disabilities), their editing by admins, and the subscription
// plans.
#include "modules/catalog/catalogroutes.h"
#include "testserver.h"

#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QString percent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QStringList valuesOf(const QJsonArray &items, const QString &key)
{
    QStringList values;
    for (const QJsonValue &item : items)
        values.append(item.toObject().value(key).toVariant().toString());
    return values;
}

QJsonObject findByCode(const QJsonArray &items, const QString &code)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(u"code"_s).toString() == code)
            return item.toObject();
    }
    return {};
}

const QStringList listPaths { u"education-levels"_s, u"schools"_s,         u"industries"_s,
                              u"employer-types"_s,   u"job-preferences"_s, u"career-levels"_s,
                              u"disabilities"_s };

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anAdminsEditSurvivesARestart();
    void cleanupTestCase() { m_server.reset(); }

    // Reading
    void everyListIsPublicAndHoldsTheShippedEntries_data();
    void everyListIsPublicAndHoldsTheShippedEntries();
    void rankedListsRunFromLowestToHighest_data();
    void rankedListsRunFromLowestToHighest();
    void jobPreferencesCarryTheirCategory();
    void schoolsAreNigerianInstitutionsWithKindOwnershipAndState();
    void schoolsAreFilteredBySearchStateKindAndOwnership_data();
    void schoolsAreFilteredBySearchStateKindAndOwnership();
    void schoolsArePaged();
    void industriesAreSearchable_data();
    void industriesAreSearchable();
    void listFiltersAreValidated_data();
    void listFiltersAreValidated();
    void plansListPricesFeaturesAndLimits();

    // Admins' edits
    void onlyAdminsEditLists_data();
    void onlyAdminsEditLists();
    void adminAddsAnEntryToEveryList_data();
    void adminAddsAnEntryToEveryList();
    void addedEntryGetsItsCodeFromTheNameAndGoesLast();
    void addNamesTheInvalidField_data();
    void addNamesTheInvalidField();
    void takenCodeOrNameIsAConflict_data();
    void takenCodeOrNameIsAConflict();
    void adminEditsAnEntryButNotItsCode();
    void editRefusesUnknownIdsEmptyChangesAndTakenNames_data();
    void editRefusesUnknownIdsEmptyChangesAndTakenNames();
    void deactivatedEntriesAreHiddenButAdminsStillSeeThem();
    void includeInactiveIsForAdmins_data();
    void includeInactiveIsForAdmins();
    void seedingAgainKeepsEntriesAndAdminsChoices();

private:
    QJsonArray listed(const QString &path, const QString &query = {}, const QString &token = {});
    /** How many entries the list holds, deactivated ones included. */
    qint64 countOf(const QString &path);
    QString tokenOf(const QString &who) const;

    std::unique_ptr<TestServer> m_server;
    TestUser m_superAdmin;
    TestUser m_admin;
    TestUser m_support;
    TestUser m_talent;
    TestUser m_employer;
    int m_counter = 0;
};

void TestCatalog::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    m_superAdmin = m_server->createUser(Role::SuperAdmin);
    m_admin = m_server->createUser(Role::Admin);
    m_support = m_server->createUser(Role::Support);
    m_talent = m_server->createUser(Role::Talent);
    m_employer = m_server->createUser(Role::Employer);
}

QJsonArray TestCatalog::listed(const QString &path, const QString &query, const QString &token)
{
    const Reply reply = m_server->get(u"/api/v1/%1?limit=100%2"_s.arg(path, query), token);
    if (reply.status != 200)
        qWarning() << path << query << reply.status << reply.body;
    return reply.json().value(u"data"_s).toArray();
}

qint64 TestCatalog::countOf(const QString &path)
{
    const Reply reply = m_server->get(u"/api/v1/%1?limit=100&include_inactive=true"_s.arg(path),
                                      m_admin.token);
    const QJsonObject json = reply.json();
    return json.contains(u"meta"_s) ? json.value(u"meta"_s).toObject().value(u"total"_s).toInteger()
                                    : json.value(u"data"_s).toArray().size();
}

QString TestCatalog::tokenOf(const QString &who) const
{
    if (who == u"super_admin"_s)
        return m_superAdmin.token;
    if (who == u"admin"_s)
        return m_admin.token;
    if (who == u"support"_s)
        return m_support.token;
    if (who == u"talent"_s)
        return m_talent.token;
    if (who == u"employer"_s)
        return m_employer.token;
    return {};
}

// ---- Reading ----

void TestCatalog::everyListIsPublicAndHoldsTheShippedEntries_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("atLeast");
    QTest::addColumn<QStringList>("codes");
    QTest::addRow("education levels")
            << u"education-levels"_s << 10 << QStringList { u"no_formal_education"_s,
                                                            u"ssce"_s,
                                                            u"ond"_s,
                                                            u"hnd"_s,
                                                            u"bachelors_degree"_s,
                                                            u"pgd"_s,
                                                            u"masters_degree"_s,
                                                            u"doctorate"_s };
    // The first page of schools, by name.
    QTest::addRow("schools") << u"schools"_s << 100
                             << QStringList { u"abia_state_university_uturu"_s,
                                              u"ahmadu_bello_university_zaria"_s };
    QTest::addRow("industries") << u"industries"_s << 30
                                << QStringList { u"oil_and_gas"_s, u"fintech"_s, u"agriculture"_s,
                                                 u"banking"_s, u"telecommunications"_s };
    QTest::addRow("employer types") << u"employer-types"_s << 8
                                    << QStringList { u"private_company"_s,
                                                     u"public_sector"_s,
                                                     u"ngo"_s,
                                                     u"startup"_s,
                                                     u"multinational"_s,
                                                     u"government_agency"_s,
                                                     u"educational_institution"_s,
                                                     u"recruitment_agency"_s };
    QTest::addRow("job preferences")
            << u"job-preferences"_s << 15
            << QStringList { u"full_time"_s, u"part_time"_s, u"contract"_s, u"internship"_s,
                             u"volunteer"_s, u"on_site"_s,   u"remote"_s,   u"hybrid"_s };
    QTest::addRow("career levels")
            << u"career-levels"_s << 6 << QStringList { u"intern"_s, u"executive"_s };
    QTest::addRow("disabilities") << u"disabilities"_s << 8
                                  << QStringList { u"visual"_s,   u"hearing"_s,
                                                   u"mobility"_s, u"cognitive_learning"_s,
                                                   u"speech"_s,   u"psychosocial"_s,
                                                   u"other"_s,    u"prefer_not_to_say"_s };
}

void TestCatalog::everyListIsPublicAndHoldsTheShippedEntries()
{
    QFETCH(QString, path);
    QFETCH(int, atLeast);
    QFETCH(QStringList, codes);
    const Reply reply = m_server->get(u"/api/v1/"_s + path + u"?limit=100"_s);
    QCOMPARE(reply.status, 200);
    const QJsonArray data = reply.json().value(u"data"_s).toArray();
    QVERIFY2(data.size() >= atLeast, qPrintable(QString::number(data.size())));
    const QStringList present = valuesOf(data, u"code"_s);
    for (const QString &code : std::as_const(codes))
        QVERIFY2(present.contains(code), qPrintable(code));
    for (const QJsonValue &item : data) {
        const QJsonObject entry = item.toObject();
        QVERIFY(entry.value(u"id"_s).toInteger() > 0);
        QVERIFY(!entry.value(u"name"_s).toString().isEmpty());
        QCOMPARE(entry.value(u"active"_s).toBool(), true);
    }
}

void TestCatalog::rankedListsRunFromLowestToHighest_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("order"); // of some shipped entries, lowest first
    QTest::addRow("education levels") << u"education-levels"_s
                                      << QStringList { u"no_formal_education"_s,
                                                       u"primary_school"_s,
                                                       u"ssce"_s,
                                                       u"ond"_s,
                                                       u"hnd"_s,
                                                       u"bachelors_degree"_s,
                                                       u"pgd"_s,
                                                       u"masters_degree"_s,
                                                       u"doctorate"_s };
    QTest::addRow("career levels")
            << u"career-levels"_s
            << QStringList { u"intern"_s, u"graduate_trainee"_s, u"entry_level"_s, u"mid_level"_s,
                             u"senior"_s, u"manager"_s,          u"director"_s,    u"executive"_s };
}

void TestCatalog::rankedListsRunFromLowestToHighest()
{
    QFETCH(QString, path);
    QFETCH(QStringList, order);
    const QJsonArray data = listed(path);
    const QStringList codes = valuesOf(data, u"code"_s);
    QCOMPARE(codes.first(), order.first());
    qsizetype previousIndex = -1;
    for (const QString &code : std::as_const(order)) {
        const qsizetype index = codes.indexOf(code);
        QVERIFY2(index > previousIndex, qPrintable(code));
        previousIndex = index;
    }
    qint64 previousRank = -1;
    for (const QJsonValue &item : data) {
        const qint64 rank = item.toObject().value(u"rank"_s).toInteger(-1);
        QVERIFY(rank >= previousRank);
        previousRank = rank;
    }
}

void TestCatalog::jobPreferencesCarryTheirCategory()
{
    const QJsonArray all = listed(u"job-preferences"_s);
    const QHash<QString, QString> expected {
        { u"full_time"_s, u"job_type"_s }, { u"volunteer"_s, u"job_type"_s },
        { u"on_site"_s, u"work_mode"_s },  { u"hybrid"_s, u"work_mode"_s },
        { u"night_shift"_s, u"shift"_s },  { u"relocate_within_nigeria"_s, u"relocation"_s },
    };
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(findByCode(all, it.key()).value(u"category"_s).toString(), it.value());
    QStringList categories = valuesOf(all, u"category"_s);
    categories.removeDuplicates();
    for (const QString &category : { u"job_type"_s, u"work_mode"_s, u"shift"_s, u"relocation"_s })
        QVERIFY2(categories.contains(category), qPrintable(category));

    QStringList workModes
            = valuesOf(listed(u"job-preferences"_s, u"&category=work_mode"_s), u"code"_s);
    workModes.sort();
    QCOMPARE(workModes, (QStringList { u"hybrid"_s, u"on_site"_s, u"remote"_s }));
}

void TestCatalog::schoolsAreNigerianInstitutionsWithKindOwnershipAndState()
{
    const Reply first = m_server->get(u"/api/v1/schools?limit=100"_s);
    QCOMPARE(first.status, 200);
    const qint64 total = first.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger();
    QVERIFY2(total >= 120, qPrintable(QString::number(total)));

    const Reply states = m_server->get(u"/api/v1/countries/NG/states"_s);
    const QStringList stateNames = valuesOf(states.json().value(u"data"_s).toArray(), u"name"_s);
    QSet<QString> kinds;
    QSet<QString> statesSeen;
    for (int page = 1; page <= (total + 99) / 100; ++page) {
        const QJsonArray data = listed(u"schools"_s, u"&page=%1"_s.arg(page));
        for (const QJsonValue &item : data) {
            const QJsonObject school = item.toObject();
            const QString name = school.value(u"name"_s).toString();
            QVERIFY2(stateNames.contains(school.value(u"state"_s).toString()), qPrintable(name));
            QVERIFY2(QStringList({ u"university"_s, u"polytechnic"_s, u"college_of_education"_s })
                             .contains(school.value(u"kind"_s).toString()),
                     qPrintable(name));
            QVERIFY2(QStringList({ u"federal"_s, u"state"_s, u"private"_s })
                             .contains(school.value(u"ownership"_s).toString()),
                     qPrintable(name));
            kinds.insert(school.value(u"kind"_s).toString());
            statesSeen.insert(school.value(u"state"_s).toString());
        }
    }
    QCOMPARE(kinds.size(), 3);
    QCOMPARE(statesSeen.size(), 37); // every state and the FCT has at least one

    const QJsonObject ibadan
            = findByCode(listed(u"schools"_s, u"&q=ibadan"_s), u"university_of_ibadan"_s);
    QCOMPARE(ibadan.value(u"name"_s).toString(), u"University of Ibadan"_s);
    QCOMPARE(ibadan.value(u"kind"_s).toString(), u"university"_s);
    QCOMPARE(ibadan.value(u"ownership"_s).toString(), u"federal"_s);
    QCOMPARE(ibadan.value(u"state"_s).toString(), u"Oyo"_s);
}

void TestCatalog::schoolsAreFilteredBySearchStateKindAndOwnership_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("key"); // every row has this value...
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code"); // ...and this school is among them
    QTest::addRow("search ignores case")
            << u"q=OBAFEMI"_s << QString() << QString() << u"obafemi_awolowo_university_ile_ife"_s;
    QTest::addRow("FCT is the capital territory")
            << u"state=FCT"_s << u"state"_s << u"Abuja Federal Capital Territory"_s
            << u"university_of_abuja"_s;
    QTest::addRow("state in lower case")
            << u"state=lagos"_s << u"state"_s << u"Lagos"_s << u"university_of_lagos"_s;
    QTest::addRow("polytechnics") << u"kind=polytechnic"_s << u"kind"_s << u"polytechnic"_s
                                  << u"federal_polytechnic_nekede"_s;
    QTest::addRow("colleges of education")
            << u"kind=college_of_education"_s << u"kind"_s << u"college_of_education"_s
            << u"federal_college_of_education_technical_akoka"_s;
    QTest::addRow("private") << u"ownership=private"_s << u"ownership"_s << u"private"_s
                             << u"covenant_university_ota"_s;
    QTest::addRow("state universities in Rivers")
            << u"state=Rivers&kind=university&ownership=state"_s << u"state"_s << u"Rivers"_s
            << u"rivers_state_university"_s;
    QTest::addRow("nothing matches")
            << u"q=no-such-school-anywhere"_s << QString() << QString() << QString();
    QTest::addRow("wildcards match themselves")
            << u"q=%25_%25"_s << QString() << QString() << QString();
}

void TestCatalog::schoolsAreFilteredBySearchStateKindAndOwnership()
{
    QFETCH(QString, query);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, code);
    const Reply reply = m_server->get(u"/api/v1/schools?limit=100&"_s + query);
    QCOMPARE(reply.status, 200);
    const QJsonArray data = reply.json().value(u"data"_s).toArray();
    QCOMPARE(reply.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(),
             qint64(data.size()));
    if (code.isEmpty()) {
        QVERIFY(data.isEmpty());
        return;
    }
    QVERIFY2(valuesOf(data, u"code"_s).contains(code), qPrintable(code));
    if (!key.isEmpty()) {
        for (const QJsonValue &item : data)
            QCOMPARE(item.toObject().value(key).toString(), value);
    }
    // A filter narrows the list.
    const Reply all = m_server->get(u"/api/v1/schools?limit=1"_s);
    QVERIFY(all.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger() > data.size());
}

void TestCatalog::schoolsArePaged()
{
    const Reply all = m_server->get(u"/api/v1/schools?limit=6"_s);
    const Reply second = m_server->get(u"/api/v1/schools?limit=3&page=2"_s);
    QCOMPARE(second.status, 200);
    const QJsonObject meta = second.json().value(u"meta"_s).toObject();
    const qint64 total = meta.value(u"total"_s).toInteger();
    QCOMPARE(meta.value(u"page"_s).toInteger(), 2);
    QCOMPARE(meta.value(u"limit"_s).toInteger(), 3);
    QCOMPARE(meta.value(u"pages"_s).toInteger(), (total + 2) / 3);
    const QJsonArray everything = all.json().value(u"data"_s).toArray();
    const QJsonArray page = second.json().value(u"data"_s).toArray();
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0), everything.at(3));
    QCOMPARE(page.at(2), everything.at(5));
}

void TestCatalog::industriesAreSearchable_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QString>("code");
    QTest::addRow("part of a name") << u"oil"_s << u"oil_and_gas"_s;
    QTest::addRow("upper case") << u"FINTECH"_s << u"fintech"_s;
    QTest::addRow("nothing") << u"astrology"_s << QString();
}

void TestCatalog::industriesAreSearchable()
{
    QFETCH(QString, q);
    QFETCH(QString, code);
    const QJsonArray data = listed(u"industries"_s, u"&q="_s + percent(q));
    if (code.isEmpty()) {
        QVERIFY(data.isEmpty());
        return;
    }
    QVERIFY(valuesOf(data, u"code"_s).contains(code));
    QVERIFY(data.size() < listed(u"industries"_s).size());
}

void TestCatalog::listFiltersAreValidated_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("field");
    QTest::addRow("school kind outside the list") << u"schools?kind=college"_s << u"kind"_s;
    QTest::addRow("school state not Nigerian") << u"schools?state=Texas"_s << u"state"_s;
    QTest::addRow("school ownership outside the list")
            << u"schools?ownership=mission"_s << u"ownership"_s;
    QTest::addRow("schools limit above 100") << u"schools?limit=101"_s << u"limit"_s;
    QTest::addRow("schools page 0") << u"schools?page=0"_s << u"page"_s;
    QTest::addRow("category not snake case")
            << u"job-preferences?category=Work%20Mode"_s << u"category"_s;
    QTest::addRow("search longer than 100") << u"industries?q="_s + QString(101, u'x') << u"q"_s;
    QTest::addRow("include_inactive not a boolean")
            << u"disabilities?include_inactive=maybe"_s << u"include_inactive"_s;
}

void TestCatalog::listFiltersAreValidated()
{
    QFETCH(QString, target);
    QFETCH(QString, field);
    const Reply reply = m_server->get(u"/api/v1/"_s + target);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().startsWith(field + u' '), qPrintable(reply.message()));
}

void TestCatalog::plansListPricesFeaturesAndLimits()
{
    const Reply reply = m_server->get(u"/api/v1/subscription-plans"_s);
    QCOMPARE(reply.status, 200);
    const QJsonArray plans = reply.json().value(u"data"_s).toArray();
    QCOMPARE(valuesOf(plans, u"code"_s),
             (QStringList { u"free"_s, u"basic"_s, u"professional"_s, u"enterprise"_s }));
    qint64 previousMonthly = -1;
    for (const QJsonValue &item : plans) {
        const QJsonObject plan = item.toObject();
        const QString code = plan.value(u"code"_s).toString();
        QCOMPARE(plan.value(u"currency"_s).toString(), u"NGN"_s);
        const qint64 monthly = plan.value(u"monthly_price"_s).toInteger(-1);
        const qint64 yearly = plan.value(u"yearly_price"_s).toInteger(-1);
        QVERIFY2(monthly > previousMonthly, qPrintable(code));
        previousMonthly = monthly;
        if (code == u"free"_s) {
            QCOMPARE(monthly, 0);
            QCOMPARE(yearly, 0);
        } else {
            // Paying for a year costs less than twelve months.
            QVERIFY2(yearly > monthly && yearly < 12 * monthly, qPrintable(code));
        }
        QVERIFY2(!plan.value(u"name"_s).toString().isEmpty(), qPrintable(code));
        QVERIFY2(!plan.value(u"features"_s).toArray().isEmpty(), qPrintable(code));
        QVERIFY2(plan.value(u"limits"_s).toObject().contains(u"job_posts_per_month"_s),
                 qPrintable(code));
    }
    const QJsonObject free = plans.first().toObject().value(u"limits"_s).toObject();
    QCOMPARE(free.value(u"job_posts_per_month"_s).toInteger(), 1);
    const QJsonObject enterprise = plans.last().toObject().value(u"limits"_s).toObject();
    QVERIFY(enterprise.value(u"job_posts_per_month"_s).isNull()); // unlimited
}

// ---- Admins' edits ----

void TestCatalog::onlyAdminsEditLists_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("edited");
    QTest::addRow("admin") << u"admin"_s << 201 << 200;
    QTest::addRow("super admin") << u"super_admin"_s << 201 << 200;
    QTest::addRow("support") << u"support"_s << 403 << 403;
    QTest::addRow("talent") << u"talent"_s << 403 << 403;
    QTest::addRow("employer") << u"employer"_s << 403 << 403;
    QTest::addRow("anonymous") << QString() << 401 << 401;
}

void TestCatalog::onlyAdminsEditLists()
{
    QFETCH(QString, caller);
    QFETCH(int, added);
    QFETCH(int, edited);
    const QString name = u"Employer type %1"_s.arg(++m_counter);
    const Reply add = m_server->post(u"/api/v1/employer-types"_s,
                                     QJsonObject { { u"name"_s, name } }, tokenOf(caller));
    QCOMPARE(add.status, added);
    QCOMPARE(valuesOf(listed(u"employer-types"_s), u"name"_s).contains(name), added == 201);

    const qint64 ngo = findByCode(listed(u"employer-types"_s), u"ngo"_s).value(u"id"_s).toInteger();
    const QString renamed = u"NGO / Non-profit organisation %1"_s.arg(m_counter);
    const Reply edit = m_server->patch(u"/api/v1/employer-types/%1"_s.arg(ngo),
                                       QJsonObject { { u"name"_s, renamed } }, tokenOf(caller));
    QCOMPARE(edit.status, edited);
    const QString now
            = findByCode(listed(u"employer-types"_s), u"ngo"_s).value(u"name"_s).toString();
    QCOMPARE(now == renamed, edited == 200);
}

void TestCatalog::adminAddsAnEntryToEveryList_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addRow("education level") << u"education-levels"_s
                                     << QJsonObject { { u"code"_s, u"nd_professional"_s },
                                                      { u"name"_s, u"Professional diploma"_s },
                                                      { u"rank"_s, 75 } };
    QTest::addRow("school") << u"schools"_s
                            << QJsonObject { { u"code"_s, u"test_polytechnic_lafia"_s },
                                             { u"name"_s, u"Test Polytechnic, Lafia"_s },
                                             { u"kind"_s, u"polytechnic"_s },
                                             { u"ownership"_s, u"private"_s },
                                             { u"state"_s, u"Nasarawa"_s } };
    QTest::addRow("industry") << u"industries"_s
                              << QJsonObject { { u"code"_s, u"creative_economy"_s },
                                               { u"name"_s, u"Creative economy"_s } };
    QTest::addRow("employer type")
            << u"employer-types"_s
            << QJsonObject { { u"code"_s, u"cooperative"_s }, { u"name"_s, u"Cooperative"_s } };
    QTest::addRow("job preference") << u"job-preferences"_s
                                    << QJsonObject { { u"code"_s, u"four_day_week"_s },
                                                     { u"name"_s, u"Four-day week"_s },
                                                     { u"category"_s, u"shift"_s } };
    QTest::addRow("career level") << u"career-levels"_s
                                  << QJsonObject { { u"code"_s, u"principal"_s },
                                                   { u"name"_s, u"Principal"_s },
                                                   { u"rank"_s, 55 } };
    QTest::addRow("disability") << u"disabilities"_s
                                << QJsonObject { { u"code"_s, u"albinism"_s },
                                                 { u"name"_s, u"Albinism"_s } };
}

void TestCatalog::adminAddsAnEntryToEveryList()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    const Reply added = m_server->post(u"/api/v1/"_s + path, body, m_admin.token);
    QCOMPARE(added.status, 201);
    const QJsonObject entry = added.json();
    QVERIFY(entry.value(u"id"_s).toInteger() > 0);
    QCOMPARE(entry.value(u"active"_s).toBool(), true);
    for (auto it = body.begin(); it != body.end(); ++it)
        QCOMPARE(entry.value(it.key()), it.value());
    const QString code = body.value(u"code"_s).toString();
    const QString search = path == u"schools"_s ? u"&q=Test%20Polytechnic"_s : QString();
    QCOMPARE(findByCode(listed(path, search), code), entry);
}

void TestCatalog::addedEntryGetsItsCodeFromTheNameAndGoesLast()
{
    const Reply added = m_server->post(
            u"/api/v1/career-levels"_s,
            QJsonObject { { u"name"_s, u"  Board member's assistant "_s } }, m_admin.token);
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json().value(u"code"_s).toString(), u"board_members_assistant"_s);
    QCOMPARE(added.json().value(u"name"_s).toString(), u"Board member's assistant"_s);
    const QJsonArray levels = listed(u"career-levels"_s);
    QCOMPARE(levels.last().toObject().value(u"code"_s).toString(), u"board_members_assistant"_s);

    const Reply state = m_server->post(u"/api/v1/schools"_s,
                                       QJsonObject { { u"name"_s, u"Capital Test College"_s },
                                                     { u"kind"_s, u"college_of_education"_s },
                                                     { u"ownership"_s, u"federal"_s },
                                                     { u"state"_s, u"fct"_s } },
                                       m_admin.token);
    QCOMPARE(state.status, 201);
    QCOMPARE(state.json().value(u"state"_s).toString(), u"Abuja Federal Capital Territory"_s);
}

void TestCatalog::addNamesTheInvalidField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject school { { u"name"_s, u"Refused School"_s },
                               { u"kind"_s, u"university"_s },
                               { u"ownership"_s, u"state"_s },
                               { u"state"_s, u"Kano"_s } };
    auto with = [](QJsonObject body, const QString &key, const QJsonValue &value) {
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        return body;
    };
    QTest::addRow("name missing") << u"industries"_s << QJsonObject {} << u"name"_s;
    QTest::addRow("name blank") << u"industries"_s << QJsonObject { { u"name"_s, u"  "_s } }
                                << u"name"_s;
    QTest::addRow("name of one letter")
            << u"industries"_s << QJsonObject { { u"name"_s, u"X"_s } } << u"name"_s;
    QTest::addRow("name longer than 150")
            << u"industries"_s << QJsonObject { { u"name"_s, QString(151, u'n') } } << u"name"_s;
    QTest::addRow("code with capitals")
            << u"industries"_s
            << QJsonObject { { u"name"_s, u"Space industry"_s }, { u"code"_s, u"Space"_s } }
            << u"code"_s;
    QTest::addRow("code with spaces") << u"industries"_s
                                      << QJsonObject { { u"name"_s, u"Space industry"_s },
                                                       { u"code"_s, u"space industry"_s } }
                                      << u"code"_s;
    QTest::addRow("name gives no code")
            << u"industries"_s << QJsonObject { { u"name"_s, u"$$$"_s } } << u"code"_s;
    QTest::addRow("active not a boolean")
            << u"industries"_s
            << QJsonObject { { u"name"_s, u"Space industry"_s }, { u"active"_s, u"yes"_s } }
            << u"active"_s;
    QTest::addRow("rank negative")
            << u"education-levels"_s
            << QJsonObject { { u"name"_s, u"Below nothing"_s }, { u"rank"_s, -1 } } << u"rank"_s;
    QTest::addRow("rank a word") << u"career-levels"_s
                                 << QJsonObject { { u"name"_s, u"Wordy"_s },
                                                  { u"rank"_s, u"high"_s } }
                                 << u"rank"_s;
    QTest::addRow("job preference without category")
            << u"job-preferences"_s << QJsonObject { { u"name"_s, u"Four-hour shifts"_s } }
            << u"category"_s;
    QTest::addRow("school kind missing")
            << u"schools"_s << with(school, u"kind"_s, QJsonValue::Undefined) << u"kind"_s;
    QTest::addRow("school kind outside the list")
            << u"schools"_s << with(school, u"kind"_s, u"academy"_s) << u"kind"_s;
    QTest::addRow("school ownership missing")
            << u"schools"_s << with(school, u"ownership"_s, QJsonValue::Undefined)
            << u"ownership"_s;
    QTest::addRow("school state missing")
            << u"schools"_s << with(school, u"state"_s, QJsonValue::Undefined) << u"state"_s;
    QTest::addRow("school state not Nigerian")
            << u"schools"_s << with(school, u"state"_s, u"Greater Accra"_s) << u"state"_s;
}

void TestCatalog::addNamesTheInvalidField()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const qint64 before = countOf(path);
    const Reply refused = m_server->post(u"/api/v1/"_s + path, body, m_admin.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.message().startsWith(field + u' '), qPrintable(refused.message()));
    QCOMPARE(countOf(path), before);
}

void TestCatalog::takenCodeOrNameIsAConflict_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addRow("shipped code") << u"industries"_s
                                  << QJsonObject { { u"code"_s, u"banking"_s },
                                                   { u"name"_s, u"Retail banking"_s } };
    QTest::addRow("shipped name in another case")
            << u"industries"_s << QJsonObject { { u"name"_s, u"BANKING"_s } };
    QTest::addRow("shipped name") << u"disabilities"_s
                                  << QJsonObject { { u"name"_s, u"Speech impairment"_s } };
    QTest::addRow("school name") << u"schools"_s
                                 << QJsonObject { { u"code"_s, u"another_unilag"_s },
                                                  { u"name"_s, u"University of Lagos"_s },
                                                  { u"kind"_s, u"university"_s },
                                                  { u"ownership"_s, u"federal"_s },
                                                  { u"state"_s, u"Lagos"_s } };
    QTest::addRow("code of an added entry")
            << u"employer-types"_s
            << QJsonObject { { u"code"_s, u"social_enterprise"_s },
                             { u"name"_s, u"Social enterprise (again)"_s } };
}

void TestCatalog::takenCodeOrNameIsAConflict()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    if (QString::fromLatin1(QTest::currentDataTag()) == u"code of an added entry"_s) {
        const Reply first = m_server->post(u"/api/v1/"_s + path,
                                           QJsonObject { { u"code"_s, u"social_enterprise"_s },
                                                         { u"name"_s, u"Social enterprise"_s } },
                                           m_admin.token);
        QCOMPARE(first.status, 201);
    }
    const qint64 before = countOf(path);
    const Reply refused = m_server->post(u"/api/v1/"_s + path, body, m_admin.token);
    QCOMPARE(refused.status, 409);
    QCOMPARE(countOf(path), before);
}

void TestCatalog::adminEditsAnEntryButNotItsCode()
{
    const QJsonObject hnd = findByCode(listed(u"education-levels"_s), u"hnd"_s);
    const qint64 id = hnd.value(u"id"_s).toInteger();
    const Reply edited = m_server->patch(
            u"/api/v1/education-levels/%1"_s.arg(id),
            QJsonObject { { u"name"_s, u"Higher National Diploma (HND, full-time)"_s },
                          { u"rank"_s, hnd.value(u"rank"_s).toInteger() + 1 },
                          { u"code"_s, u"renamed_hnd"_s } },
            m_admin.token);
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value(u"code"_s).toString(), u"hnd"_s);
    const QJsonObject now = findByCode(listed(u"education-levels"_s), u"hnd"_s);
    QCOMPARE(now.value(u"id"_s).toInteger(), id);
    QCOMPARE(now.value(u"name"_s).toString(), u"Higher National Diploma (HND, full-time)"_s);
    QCOMPARE(now.value(u"rank"_s).toInteger(), hnd.value(u"rank"_s).toInteger() + 1);

    const QJsonObject school
            = findByCode(listed(u"schools"_s, u"&q=jos"_s), u"university_of_jos"_s);
    const Reply moved = m_server->patch(
            u"/api/v1/schools/%1"_s.arg(school.value(u"id"_s).toInteger()),
            QJsonObject { { u"state"_s, u"plateau"_s }, { u"ownership"_s, u"federal"_s } },
            m_admin.token);
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json().value(u"state"_s).toString(), u"Plateau"_s);
}

void TestCatalog::editRefusesUnknownIdsEmptyChangesAndTakenNames_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("expected");
    QTest::addRow("unknown id") << u"industries/999999"_s
                                << QJsonObject { { u"name"_s, u"Nowhere"_s } } << 404;
    QTest::addRow("unknown disability")
            << u"disabilities/99999"_s << QJsonObject { { u"active"_s, false } } << 404;
    QTest::addRow("id not a number")
            << u"industries/abc"_s << QJsonObject { { u"name"_s, u"Nowhere"_s } } << 400;
    QTest::addRow("nothing to change") << u"industries/{fintech}"_s << QJsonObject {} << 400;
    QTest::addRow("only unknown fields")
            << u"industries/{fintech}"_s << QJsonObject { { u"colour"_s, u"blue"_s } } << 400;
    QTest::addRow("name of another entry")
            << u"industries/{fintech}"_s << QJsonObject { { u"name"_s, u"banking"_s } } << 409;
    QTest::addRow("school kind outside the list")
            << u"schools/{university_of_benin}"_s << QJsonObject { { u"kind"_s, u"seminary"_s } }
            << 400;
    QTest::addRow("school state not Nigerian")
            << u"schools/{university_of_benin}"_s << QJsonObject { { u"state"_s, u"Kumasi"_s } }
            << 400;
}

void TestCatalog::editRefusesUnknownIdsEmptyChangesAndTakenNames()
{
    QFETCH(QString, target);
    QFETCH(QJsonObject, body);
    QFETCH(int, expected);
    static const QRegularExpression byCode(u"\\{([a-z_]+)\\}"_s);
    const QRegularExpressionMatch match = byCode.match(target);
    if (match.hasMatch()) {
        const QString path = target.section(u'/', 0, 0);
        const QJsonArray entries = listed(path, path == u"schools"_s ? u"&q=benin"_s : QString());
        target.replace(
                match.captured(0),
                QString::number(findByCode(entries, match.captured(1)).value(u"id"_s).toInteger()));
    }
    const Reply refused = m_server->patch(u"/api/v1/"_s + target, body, m_admin.token);
    QCOMPARE(refused.status, expected);
    // Nothing changed.
    QVERIFY(findByCode(listed(u"industries"_s), u"fintech"_s).value(u"name"_s).toString()
            == u"Fintech & Payments"_s);
    QCOMPARE(findByCode(listed(u"schools"_s, u"&q=benin"_s), u"university_of_benin"_s)
                     .value(u"state"_s)
                     .toString(),
             u"Edo"_s);
}

void TestCatalog::deactivatedEntriesAreHiddenButAdminsStillSeeThem()
{
    const QJsonObject weekends = findByCode(listed(u"job-preferences"_s), u"weekends"_s);
    const qint64 id = weekends.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    const Reply off = m_server->patch(u"/api/v1/job-preferences/%1"_s.arg(id),
                                      QJsonObject { { u"active"_s, false } }, m_admin.token);
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json().value(u"active"_s).toBool(), false);
    QVERIFY(findByCode(listed(u"job-preferences"_s), u"weekends"_s).isEmpty());
    QVERIFY(findByCode(listed(u"job-preferences"_s, {}, m_admin.token), u"weekends"_s).isEmpty());
    const QJsonObject hidden
            = findByCode(listed(u"job-preferences"_s, u"&include_inactive=true"_s, m_admin.token),
                         u"weekends"_s);
    QCOMPARE(hidden.value(u"active"_s).toBool(true), false);

    const Reply on = m_server->patch(u"/api/v1/job-preferences/%1"_s.arg(id),
                                     QJsonObject { { u"active"_s, true } }, m_superAdmin.token);
    QCOMPARE(on.status, 200);
    QCOMPARE(findByCode(listed(u"job-preferences"_s), u"weekends"_s).value(u"id"_s).toInteger(), id);
}

void TestCatalog::includeInactiveIsForAdmins_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("admin") << u"admin"_s << 200;
    QTest::addRow("super admin") << u"super_admin"_s << 200;
    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestCatalog::includeInactiveIsForAdmins()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const Reply reply
            = m_server->get(u"/api/v1/industries?include_inactive=true"_s, tokenOf(caller));
    QCOMPARE(reply.status, expected);
    QCOMPARE(m_server->get(u"/api/v1/industries?include_inactive=false"_s, tokenOf(caller)).status,
             200);
}

void TestCatalog::seedingAgainKeepsEntriesAndAdminsChoices()
{
    const QJsonObject mining = findByCode(listed(u"industries"_s), u"mining"_s);
    const qint64 id = mining.value(u"id"_s).toInteger();
    QCOMPARE(m_server->patch(u"/api/v1/industries/%1"_s.arg(id),
                             QJsonObject { { u"active"_s, false } }, m_admin.token)
                     .status,
             200);
    const QJsonArray before = listed(u"industries"_s, u"&include_inactive=true"_s, m_admin.token);
    const qint64 schools = m_server->get(u"/api/v1/schools"_s)
                                   .json()
                                   .value(u"meta"_s)
                                   .toObject()
                                   .value(u"total"_s)
                                   .toInteger();

    seedCatalog(m_server->context());

    QCOMPARE(listed(u"industries"_s, u"&include_inactive=true"_s, m_admin.token), before);
    QVERIFY(findByCode(listed(u"industries"_s), u"mining"_s).isEmpty()); // still deactivated
    QCOMPARE(m_server->get(u"/api/v1/schools"_s)
                     .json()
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInteger(),
             schools);
    QCOMPARE(m_server->get(u"/api/v1/subscription-plans"_s).json().value(u"data"_s).toArray().size(),
             4);
}

void TestCatalog::anAdminsEditSurvivesARestart()
{
    TestServer server;
    const TestUser admin = server.createUser(Role::Admin);
    const QJsonArray industries
            = server.get(u"/api/v1/industries"_s).json().value(u"data"_s).toArray();
    QVERIFY(!industries.isEmpty());
    const QJsonObject first = industries.first().toObject();
    const qint64 id = first.value(u"id"_s).toInteger();
    QCOMPARE(server.patch(u"/api/v1/industries/%1"_s.arg(id),
                          QJsonObject { { u"name"_s, u"Renamed by the admin"_s } }, admin.token)
                     .status,
             200);
    server.stop();
    server.start(); // the seeder runs again
    bool found = false;
    for (const QJsonValue &industry :
         server.get(u"/api/v1/industries"_s).json().value(u"data"_s).toArray()) {
        if (industry.toObject().value(u"id"_s).toInteger() == id) {
            QCOMPARE(industry.toObject().value(u"name"_s).toString(), u"Renamed by the admin"_s);
            found = true;
        }
    }
    QVERIFY(found);
}

QTEST_MAIN(TestCatalog)
#include "tst_catalog.moc"
