// SPDX-License-Identifier: Apache-2.0
// The reference lists profiles pick from (education levels, schools, industries, employer types,
// job preferences, career levels, disabilities) as anyone reads them, with their filters, and the
// subscription plans.
#include "areas/catalog.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestCatalogLists : public QObject, public CatalogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }
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
};

// ---- Reading ----

void TestCatalogLists::everyListIsPublicAndHoldsTheShippedEntries_data()
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

void TestCatalogLists::everyListIsPublicAndHoldsTheShippedEntries()
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

void TestCatalogLists::rankedListsRunFromLowestToHighest_data()
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

void TestCatalogLists::rankedListsRunFromLowestToHighest()
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

void TestCatalogLists::jobPreferencesCarryTheirCategory()
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

void TestCatalogLists::schoolsAreNigerianInstitutionsWithKindOwnershipAndState()
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

void TestCatalogLists::schoolsAreFilteredBySearchStateKindAndOwnership_data()
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

void TestCatalogLists::schoolsAreFilteredBySearchStateKindAndOwnership()
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

void TestCatalogLists::schoolsArePaged()
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

void TestCatalogLists::industriesAreSearchable_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QString>("code");
    QTest::addRow("part of a name") << u"oil"_s << u"oil_and_gas"_s;
    QTest::addRow("upper case") << u"FINTECH"_s << u"fintech"_s;
    QTest::addRow("nothing") << u"astrology"_s << QString();
}

void TestCatalogLists::industriesAreSearchable()
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

void TestCatalogLists::listFiltersAreValidated_data()
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

void TestCatalogLists::listFiltersAreValidated()
{
    QFETCH(QString, target);
    QFETCH(QString, field);
    const Reply reply = m_server->get(u"/api/v1/"_s + target);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().startsWith(field + u' '), qPrintable(reply.message()));
}

void TestCatalogLists::plansListPricesFeaturesAndLimits()
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

QTEST_MAIN(TestCatalogLists)
#include "tst_catalog_lists.moc"
