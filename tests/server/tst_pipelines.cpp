// SPDX-License-Identifier: Apache-2.0
// Hiring pipelines: stages in the company's order, candidates added from search and from
// applications (never twice), moves with their history, comments, removal; and who may do what
// (401, the talent's role, a reader without applications.decide, another company's pipelines as
// missing).
#include "areas/pipelines.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestPipelines : public QObject, public PipelinesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // Pipelines
    void createdPipelineHasItsStagesInOrder();
    void createNamesTheBadField_data();
    void createNamesTheBadField();
    void onlyCompanyStaffWhoMayDecideChangePipelines_data();
    void onlyCompanyStaffWhoMayDecideChangePipelines();
    void listsAndProjectsAreTheCompanysOwn();
    void anotherCompanysPipelineIsMissing_data();
    void anotherCompanysPipelineIsMissing();
    void stagesAreRenamedReorderedAddedAndRemoved();
    void aPipelineKeepsItsName();
    void aStageWithCandidatesIsNotRemoved();

    // Candidates
    void candidatesComeFromSearchAndApplications();
    void theSameTalentIsNeverAddedTwice();
    void movesAreRecordedWithWhoAndWhen();
    void badMovesAreRefused();
    void commentsAreKeptOnTheCandidate();
    void aLongHistoryComesAPageAtATime();
    void removedCandidateCanBeAddedAgain();
    void deletedPipelineIsGone();

private:
    int m_counter = 0;
};

// ---- Pipelines ----

void TestPipelines::createdPipelineHasItsStagesInOrder()
{
    const Reply created = m_server->post(
            u"/api/v1/pipelines"_s,
            QJsonObject {
                    { u"name"_s, u"  Analysts   2027 "_s },
                    { u"description"_s, u"For the Lagos office"_s },
                    { u"project"_s, u"Analytics hiring"_s },
                    { u"job_id"_s, m_job },
                    { u"stages"_s, QJsonArray { u"Long list"_s, u"Phone call"_s, u"Panel"_s } } },
            m_employer.token);
    QCOMPARE(created.status, 201);
    const QJsonObject pipeline = created.json();
    QCOMPARE(pipeline.value(u"name"_s).toString(), u"Analysts 2027"_s);
    QCOMPARE(valuesOf(pipeline.value(u"stages"_s), u"name"_s),
             QStringList({ u"Long list"_s, u"Phone call"_s, u"Panel"_s }));
    QCOMPARE(pipeline.value(u"candidates"_s).toInteger(), 0);
    const QJsonObject project = pipeline.value(u"project"_s).toObject();
    QCOMPARE(project.value(u"name"_s).toString(), u"Analytics hiring"_s);
    QCOMPARE(project.value(u"job_id"_s).toInteger(), m_job);

    // A second pipeline naming the project (in other case) joins it; without stages it gets
    // the usual ones.
    const Reply second = m_server->post(u"/api/v1/pipelines"_s,
                                        QJsonObject { { u"name"_s, u"Analysts, second round"_s },
                                                      { u"project"_s, u"analytics HIRING"_s } },
                                        m_employer.token);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json().value(u"project"_s).toObject().value(u"id"_s), project.value(u"id"_s));
    QCOMPARE(valuesOf(second.json().value(u"stages"_s), u"name"_s),
             QStringList({ u"Sourced"_s, u"Screening"_s, u"Interview"_s, u"Offer"_s, u"Hired"_s }));
    // And by its id.
    const Reply third = m_server->post(u"/api/v1/pipelines"_s,
                                       QJsonObject { { u"name"_s, u"Analysts, third round"_s },
                                                     { u"project_id"_s, project.value(u"id"_s) } },
                                       m_employer.token);
    QCOMPARE(third.status, 201);
    QCOMPARE(third.json().value(u"project"_s).toObject().value(u"id"_s), project.value(u"id"_s));
}

void TestPipelines::createNamesTheBadField_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject good { { u"name"_s, u"Good name"_s }, { u"project"_s, u"Good project"_s } };
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject body = good;
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        return body;
    };
    QTest::newRow("no name") << with(u"name"_s, QJsonValue::Undefined) << u"name"_s;
    QTest::newRow("no project") << with(u"project"_s, QJsonValue::Undefined) << u"project"_s;
    QTest::newRow("empty stages") << with(u"stages"_s, QJsonArray {}) << u"stages"_s;
    QTest::newRow("stage twice") << with(u"stages"_s, QJsonArray { u"One"_s, u"one"_s })
                                 << u"stages[1]"_s;
    QTest::newRow("stage too long")
            << with(u"stages"_s, QJsonArray { QString(61, u'x') }) << u"stages[0]"_s;
    QTest::newRow("a project of nobody's") << with(u"project_id"_s, 999999) << u"project_id"_s;
    QTest::newRow("job not a number") << with(u"job_id"_s, u"seven"_s) << u"job_id"_s;
}

void TestPipelines::createNamesTheBadField()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Reply refused = m_server->post(u"/api/v1/pipelines"_s, body, m_employer.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(namesMessage(refused, field), qPrintable(refused.message()));
}

void TestPipelines::onlyCompanyStaffWhoMayDecideChangePipelines_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("create");
    QTest::addColumn<int>("read");
    QTest::newRow("anonymous") << u"nobody"_s << 401 << 401;
    QTest::newRow("talent") << u"talent"_s << 403 << 403;
    QTest::newRow("admin") << u"admin"_s << 403 << 403;
    QTest::newRow("reader") << u"reader"_s << 403 << 200;
    QTest::newRow("owner") << u"employer"_s << 201 << 200;
}

void TestPipelines::onlyCompanyStaffWhoMayDecideChangePipelines()
{
    QFETCH(QString, who);
    QFETCH(int, create);
    QFETCH(int, read);
    const QJsonObject body { { u"name"_s, u"Roles %1"_s.arg(who) }, { u"project"_s, u"Roles"_s } };
    QCOMPARE(m_server->post(u"/api/v1/pipelines"_s, body, tokenOf(who)).status, create);
    QCOMPARE(m_server->get(u"/api/v1/pipelines"_s, tokenOf(who)).status, read);
    QCOMPARE(m_server->get(u"/api/v1/candidates"_s, tokenOf(who)).status, read);
    const qint64 id = createPipeline(m_employer, u"Roles check %1"_s.arg(who));
    QCOMPARE(m_server->get(pipelinePath(id), tokenOf(who)).status, read);
    if (create != 201) {
        QCOMPARE(m_server->patch(pipelinePath(id), QJsonObject { { u"name"_s, u"Taken over"_s } },
                                 tokenOf(who))
                         .status,
                 create);
        QCOMPARE(addTalent(id, m_adaeze, userOf(who)), 0);
        QCOMPARE(m_server->del(pipelinePath(id), tokenOf(who)).status, create);
    }
}

void TestPipelines::listsAndProjectsAreTheCompanysOwn()
{
    const qint64 mine = createPipeline(m_employer, u"Listed pipeline"_s);
    const qint64 theirs = createPipeline(m_otherEmployer, u"Their pipeline"_s);
    QVERIFY(mine && theirs);
    const Reply list = m_server->get(u"/api/v1/pipelines?limit=100"_s, m_decider.token);
    QCOMPARE(list.status, 200);
    const QList<qint64> ids = idList(list.json().value(u"data"_s));
    QVERIFY(ids.contains(mine));
    QVERIFY(!ids.contains(theirs));
    QCOMPARE(list.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), ids.size());
    // The latest changed first.
    QCOMPARE(ids.first(), mine);

    const Reply named = m_server->get(u"/api/v1/pipelines?q=listed"_s, m_employer.token);
    QCOMPARE(idList(named.json().value(u"data"_s)), QList<qint64> { mine });

    const Reply projects = m_server->get(u"/api/v1/pipeline-projects?limit=100"_s, m_reader.token);
    QCOMPARE(projects.status, 200);
    const QJsonObject project = findBy(projects.json().value(u"data"_s).toArray(), u"name"_s,
                                       u"Project of Listed pipeline"_s);
    QCOMPARE(project.value(u"pipelines"_s).toInteger(), 1);
    QVERIFY(findBy(projects.json().value(u"data"_s).toArray(), u"name"_s,
                   u"Project of Their pipeline"_s)
                    .isEmpty());
    const Reply byProject = m_server->get(
            u"/api/v1/pipelines?project_id=%1"_s.arg(project.value(u"id"_s).toInteger()),
            m_employer.token);
    QCOMPARE(idList(byProject.json().value(u"data"_s)), QList<qint64> { mine });
}

void TestPipelines::anotherCompanysPipelineIsMissing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("tail");
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("read") << QByteArray("GET") << QString() << QJsonObject();
    QTest::newRow("update") << QByteArray("PATCH") << QString()
                            << QJsonObject { { u"name"_s, u"Mine now"_s } };
    QTest::newRow("delete") << QByteArray("DELETE") << QString() << QJsonObject();
    QTest::newRow("candidates") << QByteArray("GET") << u"/candidates"_s << QJsonObject();
    QTest::newRow("add") << QByteArray("POST") << u"/candidates"_s
                         << QJsonObject { { u"talent_ids"_s, QJsonArray { 1 } } };
    QTest::newRow("one candidate") << QByteArray("GET") << u"/candidates/{c}"_s << QJsonObject();
    QTest::newRow("move") << QByteArray("PATCH") << u"/candidates/{c}"_s
                          << QJsonObject { { u"stage_id"_s, 1 } };
    QTest::newRow("comment") << QByteArray("POST") << u"/candidates/{c}/comments"_s
                             << QJsonObject { { u"body"_s, u"Hello"_s } };
    QTest::newRow("moves") << QByteArray("GET") << u"/candidates/{c}/moves"_s << QJsonObject();
    QTest::newRow("comments") << QByteArray("GET") << u"/candidates/{c}/comments"_s
                              << QJsonObject();
    QTest::newRow("remove") << QByteArray("DELETE") << u"/candidates/{c}"_s << QJsonObject();
}

void TestPipelines::anotherCompanysPipelineIsMissing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, tail);
    QFETCH(QJsonObject, body);
    const qint64 theirs = createPipeline(m_otherEmployer, u"Private %1"_s.arg(++m_counter));
    const qint64 candidate = addTalent(theirs, m_adaeze, m_otherEmployer);
    QVERIFY(candidate);
    const QString path
            = pipelinePath(theirs, QString(tail).replace(u"{c}"_s, QString::number(candidate)));
    const Reply refused = m_server->call(method, path, body, m_employer.token);
    QCOMPARE(refused.status, 404);
    // Untouched for its company.
    const Reply still
            = m_server->get(pipelinePath(theirs, u"/candidates"_s), m_otherEmployer.token);
    QCOMPARE(idList(still.json().value(u"data"_s)), QList<qint64> { candidate });
}

void TestPipelines::aPipelineKeepsItsName()
{
    const qint64 id = createPipeline(m_employer, u"Named for good"_s);
    for (const QString &blank : { u""_s, u"   "_s }) {
        const Reply refused = m_server->patch(
                pipelinePath(id), QJsonObject { { u"name"_s, blank } }, m_employer.token);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.message(), u"name should not be empty"_s);
    }
    QCOMPARE(m_server->get(pipelinePath(id), m_employer.token).json().value(u"name"_s).toString(),
             u"Named for good"_s);
}

void TestPipelines::stagesAreRenamedReorderedAddedAndRemoved()
{
    const qint64 id = createPipeline(m_employer, u"Stage edits"_s, { u"A"_s, u"B"_s, u"C"_s });
    const qint64 a = stageId(id, u"A"_s);
    const qint64 b = stageId(id, u"B"_s);
    const qint64 c = stageId(id, u"C"_s);
    const Reply updated = m_server->patch(
            pipelinePath(id),
            QJsonObject {
                    { u"name"_s, u"Stage edits, renamed"_s },
                    { u"stages"_s,
                      QJsonArray { QJsonObject { { u"id"_s, c }, { u"name"_s, u"C first"_s } },
                                   QJsonObject { { u"name"_s, u"New"_s } },
                                   QJsonObject { { u"id"_s, a }, { u"name"_s, u"A"_s } } } } },
            m_decider.token);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(u"name"_s).toString(), u"Stage edits, renamed"_s);
    QCOMPARE(valuesOf(updated.json().value(u"stages"_s), u"name"_s),
             QStringList({ u"C first"_s, u"New"_s, u"A"_s }));
    const QList<qint64> ids = idList(updated.json().value(u"stages"_s));
    QCOMPARE(ids.at(0), c);
    QCOMPARE(ids.at(2), a);
    QVERIFY(!ids.contains(b));
    // As read again.
    QCOMPARE(valuesOf(pipeline(id).value(u"stages"_s), u"name"_s),
             QStringList({ u"C first"_s, u"New"_s, u"A"_s }));

    // A stage of another pipeline, one named twice, none at all: refused, naming the field.
    const qint64 other = createPipeline(m_employer, u"Stage edits, other"_s);
    const Reply foreign = m_server->patch(
            pipelinePath(id),
            QJsonObject { { u"stages"_s,
                            QJsonArray { QJsonObject { { u"id"_s, stageId(other, u"Sourced"_s) },
                                                       { u"name"_s, u"Stolen"_s } } } } },
            m_employer.token);
    QCOMPARE(foreign.status, 400);
    QVERIFY2(namesMessage(foreign, u"stages[0].id"_s), qPrintable(foreign.message()));
    const Reply twice = m_server->patch(
            pipelinePath(id),
            QJsonObject { { u"stages"_s,
                            QJsonArray { QJsonObject { { u"name"_s, u"Same"_s } },
                                         QJsonObject { { u"name"_s, u"same"_s } } } } },
            m_employer.token);
    QCOMPARE(twice.status, 400);
    QVERIFY2(namesMessage(twice, u"stages[1].name"_s), qPrintable(twice.message()));
    const Reply none = m_server->patch(
            pipelinePath(id), QJsonObject { { u"stages"_s, QJsonArray {} } }, m_employer.token);
    QCOMPARE(none.status, 400);
    QVERIFY2(namesMessage(none, u"stages"_s), qPrintable(none.message()));
    QCOMPARE(valuesOf(pipeline(id).value(u"stages"_s), u"name"_s),
             QStringList({ u"C first"_s, u"New"_s, u"A"_s }));
}

void TestPipelines::aStageWithCandidatesIsNotRemoved()
{
    const qint64 id = createPipeline(m_employer, u"Stage removal"_s, { u"Keep"_s, u"Drop"_s });
    const qint64 keep = stageId(id, u"Keep"_s);
    const qint64 drop = stageId(id, u"Drop"_s);
    const Reply added = m_server->post(
            pipelinePath(id, u"/candidates"_s),
            QJsonObject { { u"talent_ids"_s, QJsonArray { m_bola.id } }, { u"stage_id"_s, drop } },
            m_employer.token);
    QCOMPARE(added.status, 201);
    const qint64 candidate
            = added.json().value(u"data"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    const QJsonObject onlyKeep {
        { u"stages"_s, QJsonArray { QJsonObject { { u"id"_s, keep }, { u"name"_s, u"Keep"_s } } } }
    };
    const Reply refused = m_server->patch(pipelinePath(id), onlyKeep, m_employer.token);
    QCOMPARE(refused.status, 409);
    QVERIFY2(refused.message().contains(u"Drop"_s) && refused.message().contains(u"move them"_s),
             qPrintable(refused.message()));
    QCOMPARE(pipeline(id).value(u"stages"_s).toArray().size(), 2);

    // Moved away, the stage goes; the move that names it stays in the history.
    QCOMPARE(m_server->patch(candidatePath(id, candidate), QJsonObject { { u"stage_id"_s, keep } },
                             m_employer.token)
                     .status,
             200);
    const Reply removed = m_server->patch(pipelinePath(id), onlyKeep, m_employer.token);
    QCOMPARE(removed.status, 200);
    QCOMPARE(valuesOf(removed.json().value(u"stages"_s), u"name"_s), QStringList { u"Keep"_s });
    const QJsonArray history = m_server->get(candidatePath(id, candidate), m_employer.token)
                                       .json()
                                       .value(u"history"_s)
                                       .toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).toObject().value(u"from"_s).toObject().value(u"name"_s).toString(),
             u"Drop"_s);
    // A removed stage takes no one.
    const Reply into = m_server->post(pipelinePath(id, u"/candidates"_s),
                                      QJsonObject { { u"talent_ids"_s, QJsonArray { m_adaeze.id } },
                                                    { u"stage_id"_s, drop } },
                                      m_employer.token);
    QCOMPARE(into.status, 400);
    QVERIFY2(namesMessage(into, u"stage_id"_s), qPrintable(into.message()));
}

// ---- Candidates ----

void TestPipelines::candidatesComeFromSearchAndApplications()
{
    const qint64 id = createPipeline(m_employer, u"Sources"_s);
    const Reply applied = m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(m_job),
                                         QJsonObject {}, m_chidi.token);
    QCOMPARE(applied.status, 201);
    const qint64 application = applied.json().value(u"id"_s).toInteger();

    const Reply added = m_server->post(
            pipelinePath(id, u"/candidates"_s),
            QJsonObject { { u"talent_ids"_s, QJsonArray { m_adaeze.id, m_efe.id } },
                          { u"application_ids"_s, QJsonArray { application } } },
            m_decider.token);
    QCOMPARE(added.status, 201);
    const QJsonArray data = added.json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 3);
    const QJsonObject fromApplication = findBy(data, u"application_id"_s, application);
    QCOMPARE(fromApplication.value(u"source"_s).toString(), u"application"_s);
    QCOMPARE(fromApplication.value(u"talent"_s).toObject().value(u"id"_s).toInteger(), m_chidi.id);
    for (const QJsonValue &candidate : data)
        QCOMPARE(candidate.toObject().value(u"stage"_s).toObject().value(u"name"_s).toString(),
                 u"Sourced"_s);
    const QJsonObject adaeze = data.at(0).toObject();
    QCOMPARE(adaeze.value(u"source"_s).toString(), u"search"_s);
    QCOMPARE(adaeze.value(u"talent"_s).toObject().value(u"headline"_s).toString(),
             u"Senior data analyst"_s);
    QCOMPARE(valuesOf(adaeze.value(u"talent"_s).toObject().value(u"skills"_s), u"name"_s),
             QStringList({ u"Quokka modelling"_s, u"Zebraql"_s }));

    const Reply listed = m_server->get(pipelinePath(id, u"/candidates"_s), m_reader.token);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 3);
    QCOMPARE(pipeline(id).value(u"candidates"_s).toInteger(), 3);
    QCOMPARE(findBy(pipeline(id).value(u"stages"_s).toArray(), u"name"_s, u"Sourced"_s)
                     .value(u"candidates"_s)
                     .toInteger(),
             3);

    // Another company's applicant, and nothing at all, are refused by field.
    const qint64 theirJob = publishJob(*m_server, m_otherEmployer, u"Their analyst"_s);
    const Reply theirApplication = m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(theirJob),
                                                  QJsonObject {}, m_bola.token);
    QCOMPARE(theirApplication.status, 201);
    const Reply foreign = m_server->post(
            pipelinePath(id, u"/candidates"_s),
            QJsonObject { { u"application_ids"_s,
                            QJsonArray { theirApplication.json().value(u"id"_s) } } },
            m_employer.token);
    QCOMPARE(foreign.status, 400);
    QVERIFY2(namesMessage(foreign, u"application_ids[0]"_s), qPrintable(foreign.message()));
    const Reply nothing
            = m_server->post(pipelinePath(id, u"/candidates"_s), QJsonObject {}, m_employer.token);
    QCOMPARE(nothing.status, 400);
    QVERIFY2(namesMessage(nothing, u"talent_ids"_s), qPrintable(nothing.message()));
    const Reply notATalent = m_server->post(
            pipelinePath(id, u"/candidates"_s),
            QJsonObject { { u"talent_ids"_s, QJsonArray { m_employer.id } } }, m_employer.token);
    QCOMPARE(notATalent.status, 400);
    QVERIFY2(namesMessage(notATalent, u"talent_ids[0]"_s), qPrintable(notATalent.message()));
}

void TestPipelines::theSameTalentIsNeverAddedTwice()
{
    const qint64 id = createPipeline(m_employer, u"No twins"_s);
    QVERIFY(addTalent(id, m_bola, m_employer));
    const Reply again = m_server->post(
            pipelinePath(id, u"/candidates"_s),
            QJsonObject { { u"talent_ids"_s, QJsonArray { m_adaeze.id, m_bola.id } } },
            m_employer.token);
    QCOMPARE(again.status, 409);
    QVERIFY2(again.message().contains(u"Bola"_s), qPrintable(again.message()));
    // All or none: Adaeze was not added either.
    QCOMPARE(pipeline(id).value(u"candidates"_s).toInteger(), 1);
    // Twice in one request.
    const Reply doubled = m_server->post(
            pipelinePath(id, u"/candidates"_s),
            QJsonObject { { u"talent_ids"_s, QJsonArray { m_adaeze.id, m_adaeze.id } } },
            m_employer.token);
    QCOMPARE(doubled.status, 409);
    QCOMPARE(pipeline(id).value(u"candidates"_s).toInteger(), 1);
    // Another pipeline may hold them.
    const qint64 other = createPipeline(m_employer, u"No twins, elsewhere"_s);
    QVERIFY(addTalent(other, m_bola, m_employer));
}

void TestPipelines::movesAreRecordedWithWhoAndWhen()
{
    const qint64 id = createPipeline(m_employer, u"Moves"_s);
    const qint64 candidate = addTalent(id, m_adaeze, m_employer);
    QVERIFY(candidate);
    const Reply first = m_server->patch(
            candidatePath(id, candidate),
            QJsonObject { { u"stage_id"_s, stageId(id, u"Interview"_s) } }, m_decider.token);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"stage"_s).toObject().value(u"name"_s).toString(), u"Interview"_s);
    const Reply back = m_server->patch(
            candidatePath(id, candidate),
            QJsonObject { { u"stage_id"_s, stageId(id, u"Screening"_s) } }, m_employer.token);
    QCOMPARE(back.status, 200);

    const QJsonObject read = m_server->get(candidatePath(id, candidate), m_reader.token).json();
    QCOMPARE(read.value(u"stage"_s).toObject().value(u"name"_s).toString(), u"Screening"_s);
    const QJsonArray history = read.value(u"history"_s).toArray();
    QCOMPARE(history.size(), 3);
    auto step = [&](int i) { return history.at(i).toObject(); };
    QVERIFY(step(0).value(u"from"_s).isNull());
    QCOMPARE(step(0).value(u"to"_s).toObject().value(u"name"_s).toString(), u"Sourced"_s);
    QCOMPARE(step(0).value(u"moved_by"_s).toObject().value(u"id"_s).toInteger(), m_employer.id);
    QCOMPARE(step(1).value(u"from"_s).toObject().value(u"name"_s).toString(), u"Sourced"_s);
    QCOMPARE(step(1).value(u"to"_s).toObject().value(u"name"_s).toString(), u"Interview"_s);
    QCOMPARE(step(1).value(u"moved_by"_s).toObject().value(u"id"_s).toInteger(), m_decider.id);
    QCOMPARE(step(2).value(u"to"_s).toObject().value(u"name"_s).toString(), u"Screening"_s);
    QCOMPARE(step(2).value(u"moved_by"_s).toObject().value(u"id"_s).toInteger(), m_employer.id);
    for (int i = 0; i < 3; ++i) {
        const QDateTime when
                = QDateTime::fromString(step(i).value(u"moved_at"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(when.isValid());
        QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    }
    // The board by stage.
    const Reply screening = m_server->get(
            pipelinePath(id, u"/candidates?stage_id=%1"_s.arg(stageId(id, u"Screening"_s))),
            m_employer.token);
    QCOMPARE(idList(screening.json().value(u"data"_s)), QList<qint64> { candidate });
    const Reply interview = m_server->get(
            pipelinePath(id, u"/candidates?stage_id=%1"_s.arg(stageId(id, u"Interview"_s))),
            m_employer.token);
    QCOMPARE(interview.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 0);
}

void TestPipelines::badMovesAreRefused()
{
    const qint64 id = createPipeline(m_employer, u"Bad moves"_s);
    const qint64 candidate = addTalent(id, m_adaeze, m_employer);
    const qint64 other = createPipeline(m_employer, u"Bad moves, other"_s);
    auto moveTo = [&](const QJsonValue &stage, const QString &token) {
        return m_server->patch(candidatePath(id, candidate),
                               QJsonObject { { u"stage_id"_s, stage } }, token);
    };
    const Reply foreign = moveTo(stageId(other, u"Offer"_s), m_employer.token);
    QCOMPARE(foreign.status, 400);
    QVERIFY2(namesMessage(foreign, u"stage_id"_s), qPrintable(foreign.message()));
    const Reply same = moveTo(stageId(id, u"Sourced"_s), m_employer.token);
    QCOMPARE(same.status, 400);
    QVERIFY2(namesMessage(same, u"stage_id"_s), qPrintable(same.message()));
    const Reply text = moveTo(u"Offer"_s, m_employer.token);
    QCOMPARE(text.status, 400);
    QVERIFY2(namesMessage(text, u"stage_id"_s), qPrintable(text.message()));
    QCOMPARE(moveTo(stageId(id, u"Offer"_s), m_reader.token).status, 403);
    QCOMPARE(moveTo(stageId(id, u"Offer"_s), QString()).status, 401);
    QCOMPARE(m_server->get(candidatePath(id, candidate), m_employer.token)
                     .json()
                     .value(u"history"_s)
                     .toArray()
                     .size(),
             1);
    // A candidate of another pipeline of the same company is not this one's.
    QCOMPARE(m_server->get(candidatePath(other, candidate), m_employer.token).status, 404);
}

void TestPipelines::commentsAreKeptOnTheCandidate()
{
    const qint64 id = createPipeline(m_employer, u"Comments"_s);
    const qint64 candidate = addTalent(id, m_bola, m_employer);
    const Reply first
            = m_server->post(candidatePath(id, candidate, u"/comments"_s),
                             QJsonObject { { u"body"_s, u"Strong on SQL."_s } }, m_reader.token);
    QCOMPARE(first.status, 201);
    QCOMPARE(first.json().value(u"author"_s).toObject().value(u"id"_s).toInteger(), m_reader.id);
    QCOMPARE(m_server->post(candidatePath(id, candidate, u"/comments"_s),
                            QJsonObject { { u"body"_s, u"Call on Tuesday."_s } }, m_employer.token)
                     .status,
             201);
    const QJsonObject read = m_server->get(candidatePath(id, candidate), m_employer.token).json();
    QCOMPARE(valuesOf(read.value(u"comment_list"_s), u"body"_s),
             QStringList({ u"Strong on SQL."_s, u"Call on Tuesday."_s }));
    QCOMPARE(read.value(u"comments"_s).toInteger(), 2);

    for (const QJsonValue &bad : { QJsonValue(u"   "_s), QJsonValue(QString(5001, u'x')) }) {
        const Reply refused = m_server->post(candidatePath(id, candidate, u"/comments"_s),
                                             QJsonObject { { u"body"_s, bad } }, m_employer.token);
        QCOMPARE(refused.status, 400);
        QVERIFY2(namesMessage(refused, u"body"_s), qPrintable(refused.message()));
    }
    QCOMPARE(m_server->post(candidatePath(id, candidate, u"/comments"_s),
                            QJsonObject { { u"body"_s, u"Hi"_s } }, m_bola.token)
                     .status,
             403);
}

void TestPipelines::aLongHistoryComesAPageAtATime()
{
    // A candidate moved back and forth 60 times, with 55 comments: the detail carries the
    // newest 50 of each in order, with how many there are; the rest come a page at a time.
    const qint64 id = createPipeline(m_employer, u"Long history"_s);
    const qint64 candidate = addTalent(id, m_bola, m_employer);
    const qint64 interview = stageId(id, u"Interview"_s);
    const qint64 screening = stageId(id, u"Screening"_s);
    for (int i = 0; i < 60; ++i)
        QCOMPARE(m_server->patch(candidatePath(id, candidate),
                                 QJsonObject { { u"stage_id"_s, i % 2 ? screening : interview } },
                                 m_employer.token)
                         .status,
                 200);
    for (int i = 1; i <= 55; ++i)
        QCOMPARE(m_server->post(candidatePath(id, candidate, u"/comments"_s),
                                QJsonObject { { u"body"_s, u"Note %1"_s.arg(i) } }, m_employer.token)
                         .status,
                 201);

    const QJsonObject read = m_server->get(candidatePath(id, candidate), m_reader.token).json();
    const QJsonArray history = read.value(u"history"_s).toArray();
    QCOMPARE(history.size(), 50);
    QCOMPARE(read.value(u"history_total"_s).toInteger(), 61); // added, then 60 moves
    QVERIFY(history.first().toObject().value(u"id"_s).toInteger()
            < history.last().toObject().value(u"id"_s).toInteger());
    QCOMPARE(history.last().toObject().value(u"to"_s).toObject().value(u"name"_s).toString(),
             u"Screening"_s);
    const QJsonArray comments = read.value(u"comment_list"_s).toArray();
    QCOMPARE(comments.size(), 50);
    QCOMPARE(read.value(u"comments_total"_s).toInteger(), 55);
    QCOMPARE(comments.first().toObject().value(u"body"_s).toString(), u"Note 6"_s);
    QCOMPARE(comments.last().toObject().value(u"body"_s).toString(), u"Note 55"_s);

    // The oldest, on the last pages, newest first.
    const Reply oldMoves = m_server->get(candidatePath(id, candidate, u"/moves?page=7&limit=10"_s),
                                         m_reader.token);
    QCOMPARE(oldMoves.status, 200);
    const QJsonArray firstMoves = oldMoves.json().value(u"data"_s).toArray();
    QCOMPARE(firstMoves.size(), 1);
    QVERIFY(firstMoves.first().toObject().value(u"from"_s).isNull()); // the add
    const Reply oldComments = m_server->get(
            candidatePath(id, candidate, u"/comments?page=2&limit=50"_s), m_reader.token);
    QCOMPARE(valuesOf(oldComments.json().value(u"data"_s), u"body"_s),
             QStringList({ u"Note 5"_s, u"Note 4"_s, u"Note 3"_s, u"Note 2"_s, u"Note 1"_s }));
    QCOMPARE(oldComments.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 55);
    QCOMPARE(m_server->get(candidatePath(id, candidate, u"/moves?limit=0"_s), m_reader.token).status,
             400);
    QCOMPARE(m_server->get(candidatePath(id, candidate, u"/moves"_s), m_bola.token).status, 403);
    QCOMPARE(m_server->get(candidatePath(id, candidate, u"/comments"_s), QString()).status, 401);
}

void TestPipelines::removedCandidateCanBeAddedAgain()
{
    const qint64 id = createPipeline(m_employer, u"Removal"_s);
    const qint64 candidate = addTalent(id, m_efe, m_employer);
    QVERIFY(candidate);
    QCOMPARE(m_server->del(candidatePath(id, candidate), m_reader.token).status, 403);
    QCOMPARE(m_server->del(candidatePath(id, candidate), m_decider.token).status, 200);
    QCOMPARE(m_server->get(candidatePath(id, candidate), m_employer.token).status, 404);
    QCOMPARE(m_server->del(candidatePath(id, candidate), m_employer.token).status, 404);
    QCOMPARE(pipeline(id).value(u"candidates"_s).toInteger(), 0);
    const qint64 again = addTalent(id, m_efe, m_employer);
    QVERIFY(again && again != candidate);
    QCOMPARE(m_server->get(candidatePath(id, again), m_employer.token)
                     .json()
                     .value(u"history"_s)
                     .toArray()
                     .size(),
             1);
}

void TestPipelines::deletedPipelineIsGone()
{
    const qint64 id = createPipeline(m_employer, u"Deleted"_s);
    const qint64 candidate = addTalent(id, m_adaeze, m_employer);
    QVERIFY(m_server->post(candidatePath(id, candidate, u"/comments"_s),
                           QJsonObject { { u"body"_s, u"Gone soon"_s } }, m_employer.token)
                    .status
            == 201);
    QCOMPARE(m_server->del(pipelinePath(id), m_employer.token).status, 200);
    QCOMPARE(m_server->get(pipelinePath(id), m_employer.token).status, 404);
    QCOMPARE(m_server->get(candidatePath(id, candidate), m_employer.token).status, 404);
    const Reply list = m_server->get(u"/api/v1/pipelines?limit=100"_s, m_employer.token);
    QVERIFY(!idList(list.json().value(u"data"_s)).contains(id));
    QSqlDatabase db = m_server->context().db();
    QCOMPARE(Sql(db, u"SELECT COUNT(*) FROM pipeline_comments WHERE candidate_id = :id"_s)
                     .bind(u":id"_s, candidate)
                     .scalar()
                     .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestPipelines)
#include "tst_pipelines.moc"
