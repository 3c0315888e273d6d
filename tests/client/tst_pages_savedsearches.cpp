// SPDX-License-Identifier: Apache-2.0
// Saved candidate searches driven as a person would against the real server: a search saved
// under a name (refusals beside the name, what was typed kept), its new matches counted after the
// alerts job ran, its alerts switched, renamed, opened (the new talent marked), deleted after a
// confirmation; and the notification of new matches opening the saved search.
#include "pagetest.h"

#include "fixtures.h"
#include "session.h"

#include "core/database.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"

#include <QQmlEngineExtensionPlugin>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestSavedSearchPages : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>();
        m_employer = m_server->createUser(Role::Employer);
        connectClient();
    }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void anEmployerSavesRenamesOpensAndDeletesASearch()
    {
        talent(u"Amaka"_s, u"Glassblower and gallery owner"_s);
        const Reply pipeline = m_server->post(
                u"/api/v1/pipelines"_s,
                QJsonObject { { u"name"_s, u"Studio hires"_s }, { u"project"_s, u"Studio"_s } },
                m_employer.token);
        QCOMPARE(pipeline.status, 201);

        logInAs(m_employer, u"employer"_s);
        show(u"PipelinesPage { anchors.fill: parent }"_s);
        click(find(u"pipelineRow"_s));
        QTRY_COMPARE(find(u"pipelineTitle"_s)->property("text").toString(), u"Studio hires"_s);
        find(u"pipelineTabs"_s)->setProperty("currentIndex", 1);
        type(u"candidateWords"_s, u"glassblower"_s);
        click(find(u"searchCandidates"_s));
        QTRY_COMPARE(shownNow(u"candidateTotal"_s).toString(), u"1 talent found"_s);

        // No name: said under the field, nothing sent. A name the server refuses: its reason
        // under the field, and what was typed stays.
        click(find(u"saveSearch"_s));
        QTRY_VERIFY(dialog(u"saveSearchDialog"_s)->property("opened").toBool());
        click(find(u"confirmSaveSearch"_s));
        QTRY_COMPARE(shownNow(u"saveSearchNameError"_s).toString(), u"Give the search a name"_s);
        const QString tooLong(130, u'g');
        type(u"saveSearchName"_s, tooLong);
        click(find(u"confirmSaveSearch"_s));
        QTRY_VERIFY2(shownNow(u"saveSearchNameError"_s).toString().contains(u"120"_s),
                     qPrintable(shownNow(u"saveSearchNameError"_s).toString()));
        QCOMPARE(shownNow(u"saveSearchName"_s).toString(), tooLong);
        QCOMPARE(saved().size(), 0);
        type(u"saveSearchName"_s, u"Glassblowers"_s);
        click(find(u"confirmSaveSearch"_s));
        QTRY_COMPARE(saved().size(), 1);
        const QJsonObject search = saved().first().toObject();
        QCOMPARE(search.value(u"name"_s).toString(), u"Glassblowers"_s);
        QCOMPARE(search.value(u"query"_s).toObject(),
                 (QJsonObject { { u"q"_s, u"glassblower"_s } }));
        QVERIFY(search.value(u"alerts"_s).toBool());
        QTRY_VERIFY(!dialog(u"saveSearchDialog"_s)->property("visible").toBool());
        const qint64 id = search.value(u"id"_s).toInteger();

        // A new glassblower: after the alerts job, the list counts one new match.
        talent(u"Bisi"_s, u"Glassblower, lampwork and beads"_s);
        runAlerts();
        click(find(u"savedSearchesButton"_s));
        QTRY_VERIFY(dialog(u"savedSearchesPanel"_s)->property("opened").toBool());
        QTRY_COMPARE(shownNow(u"newMatchesCount"_s).toString(), u"1 new"_s);
        QTRY_COMPARE(shownNow(u"savedSearchesButton"_s).toString(), u"Saved searches (1 new)"_s);
        snapshot(u"employer-saved-searches"_s);

        // Alerts off, and on again.
        click(find(u"savedSearchAlerts"_s));
        QTRY_COMPARE(savedById(id).value(u"alerts"_s).toBool(), false);
        QTRY_COMPARE(shownNow(u"savedSearchAlerts"_s, "checked").toBool(), false);
        click(find(u"savedSearchAlerts"_s));
        QTRY_COMPARE(savedById(id).value(u"alerts"_s).toBool(), true);

        // Renamed: an empty name is refused under the field; then the new name is kept.
        click(find(u"startRename"_s));
        type(u"renameSavedSearch"_s, u"  "_s);
        click(find(u"saveRename"_s));
        QTRY_COMPARE(shownNow(u"renameSavedSearchError"_s).toString(), u"Give the search a name"_s);
        type(u"renameSavedSearch"_s, u"Glass artists"_s);
        click(find(u"saveRename"_s));
        QTRY_COMPARE(savedById(id).value(u"name"_s).toString(), u"Glass artists"_s);
        QTRY_COMPARE(shownNow(u"savedSearchName"_s).toString(), u"Glass artists"_s);

        // Opened: its filters and results, the new talent marked, and nothing new after.
        type(u"candidateWords"_s, u"something else"_s);
        click(find(u"openSavedSearch"_s));
        QTRY_VERIFY(!dialog(u"savedSearchesPanel"_s)->property("visible").toBool());
        QTRY_COMPARE(shownNow(u"openedSavedSearch"_s).toString(),
                     u"Saved search “Glass artists” · talents new since it was last opened: 1"_s);
        QCOMPARE(shownNow(u"candidateWords"_s).toString(), u"glassblower"_s);
        QTRY_COMPARE(shownNow(u"candidateTotal"_s).toString(), u"2 talents found"_s);
        QQuickItem *marked = find(u"newMatch"_s);
        QVERIFY(marked);
        QCOMPARE(newMarks(), 1);
        QStringList markedRow; // the name beside the mark
        collectTexts(marked->parentItem(), markedRow);
        QVERIFY2(markedRow.first().startsWith(u"Bisi "_s), qPrintable(markedRow.join(u'|')));
        QCOMPARE(savedById(id).value(u"new_matches"_s).toInteger(), 0);
        snapshot(u"employer-saved-search-opened"_s);

        // Deleted after a confirmation; kept when the person changes their mind.
        click(find(u"savedSearchesButton"_s));
        QTRY_VERIFY(dialog(u"savedSearchesPanel"_s)->property("opened").toBool());
        click(find(u"deleteSavedSearch"_s));
        QTRY_VERIFY(dialog(u"confirmDeleteSavedSearch"_s)->property("opened").toBool());
        click(find(u"confirmDelete"_s));
        QTRY_COMPARE(saved().size(), 0);
        QTRY_VERIFY(shownTexts().contains(
                u"No saved search yet. Search for talents, then choose “Save search” to keep the "
                u"search and hear of new matches."_s));
    }

    void theNotificationOfNewMatchesOpensTheSearch()
    {
        const Reply created = m_server->post(
                u"/api/v1/saved-searches"_s,
                QJsonObject { { u"name"_s, u"Potters"_s },
                              { u"query"_s, QJsonObject { { u"q"_s, u"potter"_s } } } },
                m_employer.token);
        QCOMPARE(created.status, 201);
        talent(u"Chuka"_s, u"Potter and kiln builder"_s);
        runAlerts();

        logInAs(m_employer, u"employer"_s);
        show(u"EmployerShell { objectName: \"shell\"; anchors.fill: parent; "
             u"startSection: \"notifications\" }"_s);
        QTRY_VERIFY(shownTexts().contains(u"New candidates for “Potters”"_s));
        // Its kind, as the shared vocabulary words it, before what it says.
        QVERIFY(!shownTexts()
                         .filter(u"New candidates for a saved search · 1 new talent matches your "
                                 u"saved search."_s)
                         .isEmpty());
        click(find(u"openNotification"_s));
        QTRY_COMPARE(find(u"shell"_s)->property("currentSection").toString(), u"pipelines"_s);
        QTRY_COMPARE(shownNow(u"openedSavedSearch"_s).toString(),
                     u"Saved search “Potters” · talents new since it was last opened: 1"_s);
        QTRY_COMPARE(shownNow(u"candidateTotal"_s).toString(), u"1 talent found"_s);
        QTRY_COMPARE(newMarks(), 1);
        // Without a pipeline chosen, a talent is found but cannot be added to none.
        QCOMPARE(shownNow(u"addCandidate"_s).toString(), u"Choose a pipeline to add to"_s);
        QCOMPARE(shownNow(u"addCandidate"_s, "enabled").toBool(), false);
        snapshot(u"employer-saved-search-from-notification"_s);
    }

    void aCompanyWithoutAPipelineFindsTalentsThenMakesOne()
    {
        const TestUser employer = m_server->createUser(Role::Employer);
        const TestUser cooper = talent(u"Dayo"_s, u"Cooper and barrel maker"_s);

        logInAs(employer, u"employer"_s);
        show(u"PipelinesPage { anchors.fill: parent }"_s);
        // No pipeline: the board says where to start, and the search is offered.
        QTRY_VERIFY2(shownNow(u"boardEmpty"_s).toString().startsWith(u"No pipeline yet"_s),
                     qPrintable(shownNow(u"boardEmpty"_s).toString()));
        click(find(u"findCandidatesTab"_s));
        type(u"candidateWords"_s, u"cooper"_s);
        click(find(u"searchCandidates"_s));
        QTRY_COMPARE(shownNow(u"candidateTotal"_s).toString(), u"1 talent found"_s);

        // Saved and opened again, with no pipeline anywhere.
        click(find(u"saveSearch"_s));
        QTRY_VERIFY(dialog(u"saveSearchDialog"_s)->property("opened").toBool());
        type(u"saveSearchName"_s, u"Coopers"_s);
        click(find(u"confirmSaveSearch"_s));
        QTRY_COMPARE(saved(employer).size(), 1);
        QTRY_VERIFY(!dialog(u"saveSearchDialog"_s)->property("visible").toBool());
        type(u"candidateWords"_s, u"something else"_s);
        click(find(u"savedSearchesButton"_s));
        QTRY_VERIFY(dialog(u"savedSearchesPanel"_s)->property("opened").toBool());
        QTRY_COMPARE(shownNow(u"savedSearchName"_s).toString(), u"Coopers"_s);
        click(find(u"openSavedSearch"_s));
        QTRY_VERIFY(
                shownNow(u"openedSavedSearch"_s).toString().startsWith(u"Saved search “Coopers”"_s));
        QCOMPARE(shownNow(u"candidateWords"_s).toString(), u"cooper"_s);
        QTRY_COMPARE(shownNow(u"candidateTotal"_s).toString(), u"1 talent found"_s);

        // Adding the talent leads to the form for a pipeline; the results wait, and the talent
        // goes into the pipeline made.
        QTRY_COMPARE(shownNow(u"addCandidate"_s).toString(), u"Create a pipeline to add to"_s);
        snapshot(u"employer-candidates-without-pipeline"_s);
        click(find(u"addCandidate"_s));
        QTRY_VERIFY(find(u"pipelineName"_s)->hasActiveFocus());
        QVERIFY2(shownNow(u"pipelineHint"_s)
                         .toString()
                         .startsWith(u"Name a pipeline and its project, then create it to add "
                                     u"Dayo "_s),
                 qPrintable(shownNow(u"pipelineHint"_s).toString()));
        type(u"pipelineName"_s, u"Cellar hires"_s);
        type(u"pipelineProject"_s, u"Winery"_s);
        click(find(u"createPipeline"_s));
        QTRY_COMPARE(shownNow(u"pipelineTitle"_s).toString(), u"Cellar hires"_s);
        QTRY_COMPARE(shownNow(u"addCandidate"_s).toString(), u"Add to this pipeline"_s);
        QVERIFY(!shownNow(u"pipelineHint"_s).isValid());
        QCOMPARE(shownNow(u"candidateWords"_s).toString(), u"cooper"_s);
        click(find(u"addCandidate"_s));
        QTRY_COMPARE(shownNow(u"addCandidate"_s).toString(), u"In this pipeline"_s);
        const QJsonArray pipelines
                = m_server->get(u"/api/v1/pipelines"_s, employer.token).json()[u"data"_s].toArray();
        QCOMPARE(pipelines.size(), 1);
        const QJsonArray candidates = m_server->get(u"/api/v1/pipelines/%1/candidates"_s.arg(
                                                            pipelines.first()[u"id"_s].toInteger()),
                                                    employer.token)
                                              .json()[u"data"_s]
                                              .toArray();
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.first()[u"talent"_s][u"id"_s].toInteger(), cooper.id);
    }

    void anOpenedSearchShowsItsScoreFilterAndSavingAgainKeepsIt()
    {
        const TestUser employer = m_server->createUser(Role::Employer);
        const QJsonObject query { { u"q"_s, u"glassblower"_s },
                                  { u"assessment"_s, u"personality"_s },
                                  { u"min_percent"_s, 60 } };
        const Reply created = m_server->post(
                u"/api/v1/saved-searches"_s,
                QJsonObject { { u"name"_s, u"Steady glassblowers"_s }, { u"query"_s, query } },
                employer.token);
        QCOMPARE(created.status, 201);
        const QString title = assessmentTitle(employer, u"personality"_s);
        QVERIFY(!title.isEmpty());
        QCOMPARE(m_server->post(u"/api/v1/pipelines"_s,
                                QJsonObject { { u"name"_s, u"Furnace crew"_s },
                                              { u"project"_s, u"Studio"_s } },
                                employer.token)
                         .status,
                 201);

        logInAs(employer, u"employer"_s);
        show(u"PipelinesPage { anchors.fill: parent }"_s);
        click(find(u"pipelineRow"_s));
        QTRY_COMPARE(shownNow(u"pipelineTitle"_s).toString(), u"Furnace crew"_s);
        click(find(u"findCandidatesTab"_s));
        click(find(u"savedSearchesButton"_s));
        QTRY_VERIFY(dialog(u"savedSearchesPanel"_s)->property("opened").toBool());
        // The list says what the search keeps, the score filter too.
        QTRY_VERIFY(shownTexts().contains(u"“glassblower” · %1 at least 60 %"_s.arg(title)));
        click(find(u"openSavedSearch"_s));
        QTRY_VERIFY(shownNow(u"openedSavedSearch"_s)
                            .toString()
                            .startsWith(u"Saved search “Steady glassblowers”"_s));
        // The box shows all it searches by: the words, and the assessment with its minimum.
        QCOMPARE(shownNow(u"candidateWords"_s).toString(), u"glassblower"_s);
        QTRY_COMPARE(shownNow(u"scoreAssessment"_s, "currentText").toString(), title);
        QCOMPARE(shownNow(u"scoreMinimum"_s, "value").toInt(), 60);
        QTRY_VERIFY(shownNow(u"candidateTotal"_s).isValid());
        snapshot(u"employer-saved-search-score"_s);

        // Saved again under another name: the score filter goes with it.
        click(find(u"saveSearch"_s));
        QTRY_VERIFY(dialog(u"saveSearchDialog"_s)->property("opened").toBool());
        type(u"saveSearchName"_s, u"Steady glassblowers, again"_s);
        click(find(u"confirmSaveSearch"_s));
        QTRY_COMPARE(saved(employer).size(), 2);
        const QJsonObject again
                = findBy(saved(employer), u"name"_s, u"Steady glassblowers, again"_s);
        QCOMPARE(again.value(u"query"_s).toObject(), query);
    }

private:
    /** The title of the assessment @p slug, as @p viewer's list gives it. */
    QString assessmentTitle(const TestUser &viewer, const QString &slug)
    {
        const QJsonArray all = m_server->get(u"/api/v1/assessments?limit=100"_s, viewer.token)
                                       .json()[u"data"_s]
                                       .toArray();
        return findBy(all, u"slug"_s, slug).value(u"title"_s).toString();
    }

    /** A findable talent called @p name with @p headline. */
    TestUser talent(const QString &name, const QString &headline)
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        const Reply saved = m_server->patch(
                u"/api/v1/talents/me/profile"_s,
                QJsonObject { { u"first_name"_s, name }, { u"headline"_s, headline } },
                talent.token);
        if (saved.status != 200)
            qWarning() << name << saved.status << saved.message();
        return talent;
    }

    QJsonArray saved() { return saved(m_employer); }

    QJsonArray saved(const TestUser &employer)
    {
        return m_server->get(u"/api/v1/saved-searches"_s, employer.token)
                .json()
                .value(u"data"_s)
                .toArray();
    }

    QJsonObject savedById(qint64 id) { return findBy(saved(), u"id"_s, id); }

    /** Runs the alerts job once, to its end, as its timer would. */
    void runAlerts()
    {
        QSqlDatabase db = m_server->context().db();
        const qint64 job = m_server->context().jobs->enqueue(db, u"saved-search-alerts"_s, {});
        const auto status = [&] {
            return Sql(db, u"SELECT status FROM background_jobs WHERE id = :id"_s)
                    .bind(u":id"_s, job)
                    .scalar()
                    .toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(status(), u"done"_s, 20000);
    }

    /** How many found talents are marked new now. */
    int newMarks()
    {
        int marks = 0;
        countVisible(m_window->contentItem(), u"newMatch"_s, marks);
        return marks;
    }

    static void countVisible(QQuickItem *item, const QString &name, int &count)
    {
        if (!item->isVisible())
            return;
        if (item->objectName() == name)
            ++count;
        const QList<QQuickItem *> children = item->childItems();
        for (QQuickItem *child : children)
            countVisible(child, name, count);
    }

    QObject *dialog(const QString &name)
    {
        QObject *found = m_window->findChild<QObject *>(name);
        if (!found)
            qWarning("no dialog named %s", qPrintable(name));
        return found;
    }

    TestUser m_employer;
};

QTEST_MAIN(TestSavedSearchPages)
#include "tst_pages_savedsearches.moc"
