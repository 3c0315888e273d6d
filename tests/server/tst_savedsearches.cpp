// SPDX-License-Identifier: Apache-2.0
// Saved candidate searches and their alerts: saved, listed, renamed, switched and deleted by the
// company's staff (bad input named by field, another company's search missing, other roles
// refused); and the alerts job, which tells a search's creator once per run how many talents
// newly match it, never of the same talent twice, never of a hidden talent or one who does not
// match, and whose count of new matches opening the search clears.
#include "core/database.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"
#include "fixtures.h"

#include <wn/common/forms.h>

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QString searchPath(qint64 id, const QString &tail = {})
{
    return u"/api/v1/saved-searches/%1%2"_s.arg(id).arg(tail);
}

} // namespace

class TestSavedSearches : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void aSearchIsSavedListedRenamedSwitchedAndDeleted();
    void badInputIsNamedByField_data();
    void badInputIsNamedByField();
    void renamingToNothingIsRefused();
    void anotherCompanysSearchIsMissing();
    void whoMayKeepSearches_data();
    void whoMayKeepSearches();
    void aCompanyKeepsAtMostFifty();

    void newMatchesAreAnnouncedOnceInOneNotification();
    void theSearchesCountOfNewMatchesClearsWhenOpened();

private:
    /** A talent with @p headline holding @p skill; their account. */
    TestUser talentWith(const QString &name, const QString &headline, qint64 skill,
                        bool hidden = false);
    qint64 addSkill(const QString &name);
    qint64 save(const TestUser &by, const QString &name, const QJsonObject &query,
                bool alerts = true);
    QJsonObject listed(const TestUser &by, qint64 id);
    /** Runs the alerts job once, to its end. */
    void runAlerts();
    /** @p user's notifications of saved search matches, newest first. */
    QJsonArray alertsOf(const TestUser &user);

    TestUser m_otherEmployer;
    TestUser m_reader; // applications.read
    TestUser m_outsider; // a staff member without applications.read
};

void TestSavedSearches::initTestCase()
{
    // The job runs when a test asks, not on its own in between.
    startWithStaff();
    m_otherEmployer = castUser(u"other employer"_s, Role::Employer);
    m_reader = staffMember(m_employer, { u"applications.read"_s }, u"reader@example.com"_s);
    cast(u"reader"_s, m_reader);
    m_outsider = staffMember(m_employer, { u"jobs.create"_s }, u"outsider@example.com"_s);
    cast(u"outsider"_s, m_outsider);
    QVERIFY(!m_reader.token.isEmpty() && !m_outsider.token.isEmpty());
}

qint64 TestSavedSearches::addSkill(const QString &name)
{
    const Reply added = m_server->post(
            u"/api/v1/skills"_s, QJsonObject { { u"name"_s, name }, { u"category"_s, u"Test"_s } },
            m_admin.token);
    return added.json().value(u"id"_s).toInteger();
}

TestUser TestSavedSearches::talentWith(const QString &name, const QString &headline, qint64 skill,
                                       bool hidden)
{
    TestUser talent = castUser(name, Role::Talent);
    const Reply saved = m_server->patch(u"/api/v1/talents/me/profile"_s,
                                        QJsonObject { { u"first_name"_s, name },
                                                      { u"headline"_s, headline },
                                                      { u"state"_s, u"Lagos"_s },
                                                      { u"hidden"_s, hidden } },
                                        talent.token);
    if (saved.status != 200)
        qWarning() << name << saved.status << saved.message();
    const Reply skilled = m_server->put(
            u"/api/v1/talents/me/skills"_s,
            QJsonObject { { u"skills"_s,
                            QJsonArray { QJsonObject { { u"skill_id"_s, skill },
                                                       { u"level"_s, u"advanced"_s } } } } },
            talent.token);
    if (skilled.status != 200)
        qWarning() << name << skilled.status << skilled.message();
    return talent;
}

qint64 TestSavedSearches::save(const TestUser &by, const QString &name, const QJsonObject &query,
                               bool alerts)
{
    const Reply saved = m_server->post(
            u"/api/v1/saved-searches"_s,
            QJsonObject { { u"name"_s, name }, { u"query"_s, query }, { u"alerts"_s, alerts } },
            by.token);
    if (saved.status != 201)
        qWarning() << name << saved.status << saved.message();
    return saved.status == 201 ? saved.json().value(u"id"_s).toInteger() : 0;
}

QJsonObject TestSavedSearches::listed(const TestUser &by, qint64 id)
{
    const Reply list = m_server->get(u"/api/v1/saved-searches?limit=100"_s, by.token);
    return findBy(list.json().value(u"data"_s).toArray(), u"id"_s, id);
}

void TestSavedSearches::runAlerts()
{
    QSqlDatabase db = m_server->context().db();
    const qint64 job = m_server->context().jobs->enqueue(db, u"saved-search-alerts"_s, {});
    const auto done = [&] {
        return Sql(db, u"SELECT status FROM background_jobs WHERE id = :id"_s)
                .bind(u":id"_s, job)
                .scalar()
                .toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(done(), u"done"_s, 20000);
}

QJsonArray TestSavedSearches::alertsOf(const TestUser &user)
{
    QJsonArray alerts;
    const Reply inbox = m_server->get(u"/api/v1/notifications?limit=100"_s, user.token);
    for (const QJsonValue &n : inbox.json().value(u"data"_s).toArray()) {
        if (n.toObject().value(u"type"_s).toString() == u"saved_search_matches"_s)
            alerts.append(n);
    }
    return alerts;
}

// ---- Keeping searches ----

void TestSavedSearches::aSearchIsSavedListedRenamedSwitchedAndDeleted()
{
    const QJsonObject query { { u"q"_s, u"analyst"_s },
                              { u"state"_s, u"Lagos"_s },
                              { u"availability"_s, u"immediately"_s },
                              { u"verified"_s, true } };
    const Reply saved = m_server->post(
            u"/api/v1/saved-searches"_s,
            QJsonObject { { u"name"_s, u"  Lagos   analysts "_s }, { u"query"_s, query } },
            m_reader.token);
    QCOMPARE(saved.status, 201);
    const QJsonObject search = saved.json();
    const qint64 id = search.value(u"id"_s).toInteger();
    QCOMPARE(search.value(u"name"_s).toString(), u"Lagos analysts"_s);
    QCOMPARE(search.value(u"query"_s).toObject(), query);
    QCOMPARE(search.value(u"alerts"_s).toBool(), true); // on unless said otherwise
    QCOMPARE(search.value(u"new_matches"_s).toInteger(), 0);
    QCOMPARE(search.value(u"created_by"_s).toObject().value(u"id"_s).toInteger(), m_reader.id);
    QVERIFY(search.value(u"opened_at"_s).isNull());

    // Every staff member of the company sees it.
    QCOMPARE(listed(m_employer, id).value(u"name"_s).toString(), u"Lagos analysts"_s);
    QCOMPARE(m_server->get(searchPath(id), m_employer.token).json().value(u"query"_s).toObject(),
             query);

    const Reply renamed = m_server->patch(
            searchPath(id), QJsonObject { { u"name"_s, u"Analysts in Lagos"_s } }, m_reader.token);
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(u"name"_s).toString(), u"Analysts in Lagos"_s);
    QCOMPARE(renamed.json().value(u"alerts"_s).toBool(), true);
    const Reply switched = m_server->patch(searchPath(id), QJsonObject { { u"alerts"_s, false } },
                                           m_employer.token);
    QCOMPARE(switched.status, 200);
    QCOMPARE(listed(m_reader, id).value(u"alerts"_s).toBool(), false);
    QCOMPARE(listed(m_reader, id).value(u"name"_s).toString(), u"Analysts in Lagos"_s);

    QCOMPARE(m_server->del(searchPath(id), m_reader.token).status, 200);
    QVERIFY(listed(m_employer, id).isEmpty());
    QCOMPARE(m_server->get(searchPath(id), m_employer.token).status, 404);
    QCOMPARE(m_server->del(searchPath(id), m_employer.token).status, 404);
}

void TestSavedSearches::badInputIsNamedByField_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject query { { u"q"_s, u"nurse"_s } };
    QTest::addRow("empty name") << QJsonObject { { u"name"_s, u"   "_s }, { u"query"_s, query } }
                                << u"name"_s;
    QTest::addRow("no name") << QJsonObject { { u"query"_s, query } } << u"name"_s;
    QTest::addRow("no query") << QJsonObject { { u"name"_s, u"Nurses"_s } } << u"query"_s;
    QTest::addRow("unknown availability")
            << QJsonObject { { u"name"_s, u"Nurses"_s },
                             { u"query"_s, QJsonObject { { u"availability"_s, u"soon"_s } } } }
            << u"query.availability"_s;
    QTest::addRow("skills by name")
            << QJsonObject { { u"name"_s, u"Nurses"_s },
                             { u"query"_s, QJsonObject { { u"skills"_s, u"one,two"_s } } } }
            << u"query.skills"_s;
    QTest::addRow("verified in words")
            << QJsonObject { { u"name"_s, u"Nurses"_s },
                             { u"query"_s, QJsonObject { { u"verified"_s, u"perhaps"_s } } } }
            << u"query.verified"_s;
    QTest::addRow("another company's assessment") << QJsonObject {
        { u"name"_s, u"Nurses"_s },
        { u"query"_s,
          QJsonObject { { u"assessment"_s, u"no-such-assessment"_s }, { u"min_percent"_s, 50 } } }
    } << u"assessment"_s;
    QTest::addRow("name too long")
            << QJsonObject { { u"name"_s, QString(121, u'n') }, { u"query"_s, query } }
            << u"name"_s;
}

void TestSavedSearches::badInputIsNamedByField()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Reply refused = m_server->post(u"/api/v1/saved-searches"_s, body, m_employer.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(namesMessage(refused, field), qPrintable(refused.message()));
    for (const QJsonValue &search :
         m_server->get(u"/api/v1/saved-searches?limit=100"_s, m_employer.token)
                 .json()
                 .value(u"data"_s)
                 .toArray())
        QVERIFY(search.toObject().value(u"name"_s).toString() != u"Nurses"_s);
}

void TestSavedSearches::renamingToNothingIsRefused()
{
    const qint64 id = save(m_employer, u"Welders"_s, { { u"q"_s, u"welder"_s } });
    QVERIFY(id);
    const Reply refused = m_server->patch(searchPath(id), QJsonObject { { u"name"_s, u" "_s } },
                                          m_employer.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(namesMessage(refused, u"name"_s), qPrintable(refused.message()));
    QCOMPARE(listed(m_employer, id).value(u"name"_s).toString(), u"Welders"_s);
}

void TestSavedSearches::anotherCompanysSearchIsMissing()
{
    const qint64 id = save(m_employer, u"Ours alone"_s, { { u"q"_s, u"baker"_s } });
    QVERIFY(id);
    const QString theirs = m_otherEmployer.token;
    QCOMPARE(m_server->get(searchPath(id), theirs).status, 404);
    QCOMPARE(m_server->patch(searchPath(id), QJsonObject { { u"name"_s, u"Taken"_s } }, theirs)
                     .status,
             404);
    QCOMPARE(m_server->post(searchPath(id, u"/open"_s), QJsonObject(), theirs).status, 404);
    QCOMPARE(m_server->del(searchPath(id), theirs).status, 404);
    QVERIFY(listed(m_otherEmployer, id).isEmpty());
    QCOMPARE(listed(m_employer, id).value(u"name"_s).toString(), u"Ours alone"_s);
}

void TestSavedSearches::whoMayKeepSearches_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"employer"_s << 201;
    QTest::addRow("staff who may search") << u"reader"_s << 201;
    QTest::addRow("staff who may not search") << u"outsider"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << u"nobody"_s << 401;
}

void TestSavedSearches::whoMayKeepSearches()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const QJsonObject body { { u"name"_s, u"Who saves: "_s + who },
                             { u"query"_s, QJsonObject { { u"q"_s, u"driver"_s } } } };
    QCOMPARE(m_server->post(u"/api/v1/saved-searches"_s, body, tokenOf(who)).status, expected);
    const int reading = expected == 201 ? 200 : expected;
    QCOMPARE(m_server->get(u"/api/v1/saved-searches"_s, tokenOf(who)).status, reading);
}

void TestSavedSearches::aCompanyKeepsAtMostFifty()
{
    const TestUser busy = castUser(u"busy employer"_s, Role::Employer);
    for (int i = 1; i <= 50; ++i)
        QVERIFY(save(busy, u"Search %1"_s.arg(i), { { u"q"_s, u"word%1"_s.arg(i) } }));
    const Reply refused = m_server->post(
            u"/api/v1/saved-searches"_s,
            QJsonObject { { u"name"_s, u"One too many"_s }, { u"query"_s, QJsonObject() } },
            busy.token);
    QCOMPARE(refused.status, 409);
    QVERIFY2(refused.message().contains(u"50"_s), qPrintable(refused.message()));
    QCOMPARE(m_server->get(u"/api/v1/saved-searches"_s, busy.token)
                     .json()
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInteger(),
             50);
    // Another company is not held to this one's count.
    QVERIFY(save(m_otherEmployer, u"Not full"_s, { { u"q"_s, u"any"_s } }));
}

// ---- Alerts ----

void TestSavedSearches::newMatchesAreAnnouncedOnceInOneNotification()
{
    const qint64 glassblowing = addSkill(u"Glassblowing"_s);
    const qint64 pottery = addSkill(u"Pottery"_s);
    QVERIFY(glassblowing && pottery);
    // Someone who matches when the search is saved is not news.
    const TestUser before = talentWith(u"Amaka"_s, u"Glass artist"_s, glassblowing);
    const QJsonObject query { { u"skills"_s, QString::number(glassblowing) },
                              { u"state"_s, u"Lagos"_s } };
    const qint64 id = save(m_employer, u"Glassblowers"_s, query);
    const qint64 quiet = save(m_reader, u"Glassblowers, quietly"_s, query, false);
    QVERIFY(id && quiet);
    runAlerts();
    QCOMPARE(alertsOf(m_employer).size(), 0);

    // Two new talents match, one who hid their profile does too but is not findable, and one
    // does not match: one notification, naming two.
    const TestUser first = talentWith(u"Bisi"_s, u"Glassblower"_s, glassblowing);
    const TestUser second = talentWith(u"Chuka"_s, u"Lampworker"_s, glassblowing);
    const TestUser hidden = talentWith(u"Dayo"_s, u"Glassblower"_s, glassblowing, true);
    const TestUser potter = talentWith(u"Ebere"_s, u"Potter"_s, pottery);
    runAlerts();
    const QJsonArray alerts = alertsOf(m_employer);
    QCOMPARE(alerts.size(), 1);
    const QJsonObject alert = alerts.first().toObject();
    QCOMPARE(alert.value(u"data"_s).toObject().value(u"saved_search_id"_s).toInteger(), id);
    QCOMPARE(alert.value(u"data"_s).toObject().value(u"count"_s).toInteger(), 2);
    QVERIFY2(alert.value(u"title"_s).toString().contains(u"Glassblowers"_s),
             qPrintable(alert.value(u"title"_s).toString()));
    QVERIFY2(alert.value(u"body"_s).toString().contains(u"2 new talents"_s),
             qPrintable(alert.value(u"body"_s).toString()));
    // Its kind is in the vocabulary the client and the portal label notifications from.
    QVERIFY(forms::choicesOf(u"notification"_s).contains(alert.value(u"type"_s).toString()));
    QVERIFY(forms::choiceLabel(u"notification"_s, alert.value(u"type"_s).toString()));
    // A search with alerts off counts them and tells no one.
    QCOMPARE(alertsOf(m_reader).size(), 0);
    QCOMPARE(listed(m_reader, quiet).value(u"new_matches"_s).toInteger(), 2);

    // A second run has nothing new; nor has a run after a matching talent changes again.
    runAlerts();
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"headline"_s, u"Glassblower and teacher"_s } },
                             first.token)
                     .status,
             200);
    runAlerts();
    QCOMPARE(alertsOf(m_employer).size(), 1);

    // The potter learns glassblowing: they now match, and are told of on their own.
    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s,
                           QJsonObject {
                                   { u"skills"_s,
                                     QJsonArray { QJsonObject { { u"skill_id"_s, glassblowing },
                                                                { u"level"_s, u"beginner"_s } },
                                                  QJsonObject { { u"skill_id"_s, pottery },
                                                                { u"level"_s, u"expert"_s } } } } },
                           potter.token)
                     .status,
             200);
    runAlerts();
    QCOMPARE(alertsOf(m_employer).size(), 2);
    QCOMPARE(alertsOf(m_employer)
                     .first()
                     .toObject()
                     .value(u"data"_s)
                     .toObject()
                     .value(u"count"_s)
                     .toInteger(),
             1);
    QCOMPARE(listed(m_employer, id).value(u"new_matches"_s).toInteger(), 3);

    // The hidden talent was never counted; were they to show their profile, they would be.
    QSqlDatabase db = m_server->context().db();
    const auto recorded = [&](const TestUser &talent) {
        return Sql(db,
                   u"SELECT is_new FROM saved_search_talents WHERE saved_search_id = :s AND "
                   u"talent_id = :t"_s)
                .bind(u":s"_s, id)
                .bind(u":t"_s, talent.id)
                .one();
    };
    QVERIFY(!recorded(hidden));
    QVERIFY(recorded(before) && !recorded(before)->flag(u"is_new"_s));
    QVERIFY(recorded(second) && recorded(second)->flag(u"is_new"_s));
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"hidden"_s, false } }, hidden.token)
                     .status,
             200);
    runAlerts();
    QCOMPARE(alertsOf(m_employer).size(), 3);
    QCOMPARE(listed(m_employer, id).value(u"new_matches"_s).toInteger(), 4);
}

void TestSavedSearches::theSearchesCountOfNewMatchesClearsWhenOpened()
{
    const qint64 weaving = addSkill(u"Basket weaving"_s);
    QVERIFY(weaving);
    const TestUser old = talentWith(u"Funke"_s, u"Weaver"_s, weaving);
    const qint64 id = save(m_employer, u"Weavers"_s, { { u"skills"_s, QString::number(weaving) } });
    QVERIFY(id);
    const TestUser fresh = talentWith(u"Gozie"_s, u"Basket maker"_s, weaving);
    runAlerts();
    QCOMPARE(listed(m_employer, id).value(u"new_matches"_s).toInteger(), 1);

    // Opening runs the search: both are found, the new one said to be new; then none is new.
    const Reply opened = m_server->post(searchPath(id, u"/open"_s), QJsonObject(), m_reader.token);
    QCOMPARE(opened.status, 200);
    const QJsonObject page = opened.json();
    QCOMPARE(page.value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 2);
    const QJsonArray found = page.value(u"data"_s).toArray();
    QCOMPARE(findBy(found, u"id"_s, fresh.id).value(u"new"_s).toBool(), true);
    QCOMPARE(findBy(found, u"id"_s, old.id).value(u"new"_s).toBool(), false);
    QCOMPARE(page.value(u"new_ids"_s).toArray(), QJsonArray { fresh.id });
    QVERIFY(page.value(u"facets"_s).isObject()); // as the candidate search answers
    const QJsonObject search = page.value(u"saved_search"_s).toObject();
    QCOMPARE(search.value(u"new_matches"_s).toInteger(), 0);
    QVERIFY(!search.value(u"opened_at"_s).isNull());
    QCOMPARE(listed(m_employer, id).value(u"new_matches"_s).toInteger(), 0);

    const Reply again = m_server->post(searchPath(id, u"/open"_s), QJsonObject(), m_employer.token);
    QCOMPARE(again.json().value(u"new_ids"_s).toArray(), QJsonArray());
    QCOMPARE(findBy(again.json().value(u"data"_s).toArray(), u"id"_s, fresh.id)
                     .value(u"new"_s)
                     .toBool(),
             false);
}

QTEST_GUILESS_MAIN(TestSavedSearches)
#include "tst_savedsearches.moc"
