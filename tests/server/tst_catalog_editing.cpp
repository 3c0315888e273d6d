// SPDX-License-Identifier: Apache-2.0
// Admins' edits of the reference lists: who may edit, adding, renaming and deactivating entries,
// what is refused, and edits kept when the shipped lists are seeded again or the server restarts.
#include "areas/catalog.h"

#include "modules/catalog/catalogroutes.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestCatalogEditing : public QObject, public CatalogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithStaff(); }
    void cleanupTestCase() { m_server.reset(); }
    void anAdminsEditSurvivesARestart();

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
    void editNeverBlanksWhatAnEntryNeeds_data();
    void editNeverBlanksWhatAnEntryNeeds();
    void deactivatedEntriesAreHiddenButAdminsStillSeeThem();
    void includeInactiveIsForAdmins_data();
    void includeInactiveIsForAdmins();
    void seedingAgainKeepsEntriesAndAdminsChoices();
};

void TestCatalogEditing::anAdminsEditSurvivesARestart()
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

// ---- Admins' edits ----

void TestCatalogEditing::onlyAdminsEditLists_data()
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

void TestCatalogEditing::onlyAdminsEditLists()
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

void TestCatalogEditing::adminAddsAnEntryToEveryList_data()
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

void TestCatalogEditing::adminAddsAnEntryToEveryList()
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

void TestCatalogEditing::addedEntryGetsItsCodeFromTheNameAndGoesLast()
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

void TestCatalogEditing::addNamesTheInvalidField_data()
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

void TestCatalogEditing::addNamesTheInvalidField()
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

void TestCatalogEditing::takenCodeOrNameIsAConflict_data()
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

void TestCatalogEditing::takenCodeOrNameIsAConflict()
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

void TestCatalogEditing::adminEditsAnEntryButNotItsCode()
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

void TestCatalogEditing::editRefusesUnknownIdsEmptyChangesAndTakenNames_data()
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

void TestCatalogEditing::editRefusesUnknownIdsEmptyChangesAndTakenNames()
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

void TestCatalogEditing::editNeverBlanksWhatAnEntryNeeds_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("blank");
    QTest::addRow("industry name emptied") << u"industries"_s << u"fintech"_s << u"name"_s << u""_s;
    QTest::addRow("industry name of spaces")
            << u"industries"_s << u"fintech"_s << u"name"_s << u"   "_s;
    QTest::addRow("preference category emptied")
            << u"job-preferences"_s << u"full_time"_s << u"category"_s << u""_s;
    QTest::addRow("school state emptied")
            << u"schools"_s << u"university_of_benin"_s << u"state"_s << u""_s;
}

void TestCatalogEditing::editNeverBlanksWhatAnEntryNeeds()
{
    QFETCH(QString, list);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, blank);
    const QString search = list == u"schools"_s ? u"&q=benin"_s : QString();
    const QJsonObject before = findByCode(listed(list, search), code);
    QVERIFY(!before.isEmpty());
    const Reply refused
            = m_server->patch(u"/api/v1/%1/%2"_s.arg(list).arg(before.value(u"id"_s).toInteger()),
                              QJsonObject { { field, blank } }, m_admin.token);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.message(), field + u" should not be empty"_s);
    QCOMPARE(findByCode(listed(list, search), code), before);
}

void TestCatalogEditing::deactivatedEntriesAreHiddenButAdminsStillSeeThem()
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

void TestCatalogEditing::includeInactiveIsForAdmins_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("admin") << u"admin"_s << 200;
    QTest::addRow("super admin") << u"super_admin"_s << 200;
    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestCatalogEditing::includeInactiveIsForAdmins()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const Reply reply
            = m_server->get(u"/api/v1/industries?include_inactive=true"_s, tokenOf(caller));
    QCOMPARE(reply.status, expected);
    QCOMPARE(m_server->get(u"/api/v1/industries?include_inactive=false"_s, tokenOf(caller)).status,
             200);
}

void TestCatalogEditing::seedingAgainKeepsEntriesAndAdminsChoices()
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

QTEST_MAIN(TestCatalogEditing)
#include "tst_catalog_editing.moc"
