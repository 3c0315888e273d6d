// SPDX-License-Identifier: Apache-2.0
// Trainings themselves: drafting and editing, the publish/close/archive lifecycle, who sees a
// training in each state, the public search, and a company's own list with its applicant counts.
#include "areas/trainings.h"

#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestTrainingsLifecycle : public QObject, public TrainingsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // Trainings
    void createdTrainingIsADraftWithSlugAndSkills();
    void slugsOfTheSameTitleGetNumbered();
    void createNamesEveryInvalidField_data();
    void createNamesEveryInvalidField();
    void createIsForCompanyStaffWithJobsCreate_data();
    void createIsForCompanyStaffWithJobsCreate();
    void trainingMovesThroughItsLifecycle();
    void forbiddenTrainingTransitionsAreRefused_data();
    void forbiddenTrainingTransitionsAreRefused();
    void statusIsChangedByTheOwningCompanysPublishers_data();
    void statusIsChangedByTheOwningCompanysPublishers();
    void updateEditsOnlyTheOwnCompanysTraining_data();
    void updateEditsOnlyTheOwnCompanysTraining();
    void updateKeepsTheRules();
    void draftsAndArchivedTrainingsAreSeenOnlyByTheirCompany_data();
    void draftsAndArchivedTrainingsAreSeenOnlyByTheirCompany();
    void publicListSearchesAndFiltersPublishedTrainings_data();
    void publicListSearchesAndFiltersPublishedTrainings();
    void publicListPagesAndRefusesBadFilters();
    void companyListHasEveryStatusWithApplicantCounts();
    void companyListIsForCompanies_data();
    void companyListIsForCompanies();
};

// ---- Trainings ----

void TestTrainingsLifecycle::createdTrainingIsADraftWithSlugAndSkills()
{
    const Reply created = m_server->post(
            u"/api/v1/trainings"_s,
            QJsonObject { { u"title"_s, u"  Café & Data: Analysis 101!  "_s },
                          { u"summary"_s, u"Spreadsheets to statistics"_s },
                          { u"description"_s, u"Four weeks of hands-on analysis."_s },
                          { u"mode"_s, u"hybrid"_s },
                          { u"location"_s, u"12 Marina Road"_s },
                          { u"state"_s, u"Lagos"_s },
                          { u"start_date"_s, u"2031-03-01"_s },
                          { u"end_date"_s, u"2031-03-28"_s },
                          { u"application_deadline"_s, u"2031-02-20T17:00:00Z"_s },
                          { u"capacity"_s, 30 },
                          { u"fee"_s, 25000 },
                          { u"currency"_s, u"ngn"_s },
                          { u"skill_ids"_s, QJsonArray { m_skillA, m_skillB, m_skillA } } },
            m_owner.token);
    QCOMPARE(created.status, 201);
    const QJsonObject training = created.json();
    QCOMPARE(training.value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(training.value(u"title"_s).toString(), u"Café & Data: Analysis 101!"_s);
    QVERIFY2(training.value(u"slug"_s).toString().startsWith(u"cafe-data-analysis-101"_s),
             qPrintable(training.value(u"slug"_s).toString()));
    QCOMPARE(training.value(u"currency"_s).toString(), u"NGN"_s);
    QCOMPARE(training.value(u"fee"_s).toInteger(), 25000);
    QCOMPARE(training.value(u"capacity"_s).toInteger(), 30);
    QCOMPARE(training.value(u"seats_left"_s).toInteger(), 30);
    QCOMPARE(training.value(u"application_deadline"_s).toString(), u"2031-02-20T17:00:00.000Z"_s);
    QCOMPARE(training.value(u"company"_s).toObject().value(u"id"_s).toInteger(), *m_owner.companyId);
    QVERIFY(training.value(u"published_at"_s).isNull());
    // Each skill once, by name.
    QCOMPARE(valuesOf(training.value(u"skills"_s).toArray(), u"name"_s),
             (QStringList { u"Alpha statistics for trainings"_s,
                            u"Zeta spreadsheets for trainings"_s }));

    // What was stored is what is read back.
    const Reply read
            = m_server->get(trainingPath(training.value(u"id"_s).toInteger()), m_owner.token);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json(), training);
}

void TestTrainingsLifecycle::slugsOfTheSameTitleGetNumbered()
{
    const QString title = uniqueTitle(u"Welding Basics"_s);
    const QString base = title.toLower().replace(u' ', u'-');
    QStringList slugs;
    for (const TestUser *owner : { &m_owner, &m_otherOwner, &m_owner })
        slugs.append(createTraining(*owner, { { u"title"_s, title } }).value(u"slug"_s).toString());
    QCOMPARE(slugs, (QStringList { base, base + u"-2"_s, base + u"-3"_s }));

    // A title with nothing to keep still gets a slug.
    const QString symbols
            = createTraining(m_owner, { { u"title"_s, u"!!! ???"_s } }).value(u"slug"_s).toString();
    QVERIFY2(symbols.startsWith(u"training"_s), qPrintable(symbols));
}

void TestTrainingsLifecycle::createNamesEveryInvalidField_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("expected");
    const QJsonObject valid { { u"title"_s, u"Solar installation"_s },
                              { u"description"_s, u"Panels, inverters and batteries."_s },
                              { u"mode"_s, u"onsite"_s } };
    auto with = [&valid](const QString &key, const QJsonValue &value) {
        QJsonObject body = valid;
        body.insert(key, value);
        return body;
    };
    QTest::addRow("empty body") << QJsonObject()
                                << QStringList { u"title should not be empty"_s,
                                                 u"description should not be empty"_s,
                                                 u"mode should not be empty"_s };
    QTest::addRow("short title") << with(u"title"_s, u"AB"_s)
                                 << QStringList { u"title must be longer than or equal to 3"_s };
    QTest::addRow("unknown mode") << with(u"mode"_s, u"by post"_s)
                                  << QStringList { u"mode must be one of the following values"_s };
    QTest::addRow("no seats") << with(u"capacity"_s, 0)
                              << QStringList { u"capacity must be not less than 1"_s };
    QTest::addRow("negative fee") << with(u"fee"_s, -5)
                                  << QStringList { u"fee must be not less than 0"_s };
    QTest::addRow("bad date") << with(u"start_date"_s, u"2031-02-30"_s)
                              << QStringList { u"start_date must be a date"_s };
    QTest::addRow("bad currency") << with(u"currency"_s, u"NAIRA"_s)
                                  << QStringList { u"currency must be"_s };
    QJsonObject backwards = with(u"start_date"_s, u"2031-05-10"_s);
    backwards.insert(u"end_date"_s, u"2031-05-01"_s);
    QTest::addRow("ends before it starts")
            << backwards << QStringList { u"end_date must not be before start_date"_s };
    QJsonObject late = with(u"start_date"_s, u"2031-05-10"_s);
    late.insert(u"application_deadline"_s, u"2031-05-11T09:00:00Z"_s);
    QTest::addRow("deadline after the start")
            << late << QStringList { u"application_deadline must not be after start_date"_s };
    QTest::addRow("unknown skill") << with(u"skill_ids"_s, QJsonArray { 99999999 })
                                   << QStringList { u"skill_ids must hold ids of active skills"_s };
}

void TestTrainingsLifecycle::createNamesEveryInvalidField()
{
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, expected);
    const Reply reply = m_server->post(u"/api/v1/trainings"_s, body, m_owner.token);
    QCOMPARE(reply.status, 400);
    for (const QString &message : expected)
        QVERIFY2(reply.message().contains(message), qPrintable(reply.message()));
}

void TestTrainingsLifecycle::createIsForCompanyStaffWithJobsCreate_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 201;
    QTest::addRow("staff with jobs.create") << u"recruiter"_s << 201;
    QTest::addRow("staff without it") << u"chat-only staff"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestTrainingsLifecycle::createIsForCompanyStaffWithJobsCreate()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const Reply reply = m_server->post(u"/api/v1/trainings"_s,
                                       QJsonObject { { u"title"_s, uniqueTitle(u"Access"_s) },
                                                     { u"description"_s, u"Who may create"_s },
                                                     { u"mode"_s, u"online"_s } },
                                       tokenOf(caller));
    QCOMPARE(reply.status, expected);
    if (expected == 201)
        QCOMPARE(reply.json().value(u"company"_s).toObject().value(u"id"_s).toInteger(),
                 *m_owner.companyId);
}

void TestTrainingsLifecycle::trainingMovesThroughItsLifecycle()
{
    const qint64 id = createTraining(m_owner).value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    const QString path = trainingPath(id, u"/status"_s);

    const Reply published = m_server->patch(path, status(u"published"_s), m_owner.token);
    QCOMPARE(published.status, 200);
    QCOMPARE(published.json().value(u"status"_s).toString(), u"published"_s);
    const QString publishedAt = published.json().value(u"published_at"_s).toString();
    QVERIFY(!publishedAt.isEmpty());

    const Reply closed = m_server->patch(path, status(u"closed"_s), m_owner.token);
    QCOMPARE(closed.status, 200);
    QVERIFY(!closed.json().value(u"closed_at"_s).toString().isEmpty());

    // Reopening keeps the first publication date and clears the closing.
    const Reply reopened = m_server->patch(path, status(u"published"_s), m_owner.token);
    QCOMPARE(reopened.status, 200);
    QCOMPARE(reopened.json().value(u"published_at"_s).toString(), publishedAt);
    QVERIFY(reopened.json().value(u"closed_at"_s).isNull());

    QCOMPARE(m_server->patch(path, status(u"closed"_s), m_owner.token).status, 200);
    const Reply archived = m_server->patch(path, status(u"archived"_s), m_owner.token);
    QCOMPARE(archived.status, 200);
    QCOMPARE(m_server->get(trainingPath(id), m_owner.token).json().value(u"status"_s).toString(),
             u"archived"_s);
}

void TestTrainingsLifecycle::forbiddenTrainingTransitionsAreRefused_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const QStringList all { u"draft"_s, u"published"_s, u"closed"_s, u"archived"_s };
    const QSet<QPair<QString, QString>> allowed { { u"draft"_s, u"published"_s },
                                                  { u"published"_s, u"closed"_s },
                                                  { u"closed"_s, u"published"_s },
                                                  { u"closed"_s, u"archived"_s } };
    for (const QString &from : all) {
        for (const QString &to : all) {
            if (!allowed.contains({ from, to }))
                QTest::addRow("%s to %s", qPrintable(from), qPrintable(to)) << from << to;
        }
    }
}

void TestTrainingsLifecycle::forbiddenTrainingTransitionsAreRefused()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const qint64 id = trainingIn(from, m_owner);
    QVERIFY(id > 0);
    const Reply reply = m_server->patch(trainingPath(id, u"/status"_s), status(to), m_owner.token);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.message(), u"A training cannot go from %1 to %2"_s.arg(from, to));
    QCOMPARE(m_server->get(trainingPath(id), m_owner.token).json().value(u"status"_s).toString(),
             from);
}

void TestTrainingsLifecycle::statusIsChangedByTheOwningCompanysPublishers_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 200;
    QTest::addRow("staff with jobs.publish") << u"publisher"_s << 200;
    QTest::addRow("staff without it") << u"recruiter"_s << 403;
    QTest::addRow("another company") << u"other company"_s << 404;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestTrainingsLifecycle::statusIsChangedByTheOwningCompanysPublishers()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const qint64 id = trainingIn(u"draft"_s, m_owner);
    QVERIFY(id > 0);
    QCOMPARE(m_server->patch(trainingPath(id, u"/status"_s), status(u"published"_s), tokenOf(caller))
                     .status,
             expected);
    QCOMPARE(m_server->get(trainingPath(id), m_owner.token).json().value(u"status"_s).toString(),
             expected == 200 ? u"published"_s : u"draft"_s);
    // A status outside the lifecycle is named.
    const Reply unknown
            = m_server->patch(trainingPath(id, u"/status"_s), status(u"deleted"_s), m_owner.token);
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.message().startsWith(u"status must be one of the following values"_s));
}

void TestTrainingsLifecycle::updateEditsOnlyTheOwnCompanysTraining_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 200;
    QTest::addRow("staff with jobs.create") << u"recruiter"_s << 200;
    QTest::addRow("staff without it") << u"chat-only staff"_s << 403;
    QTest::addRow("another company") << u"other company"_s << 404;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestTrainingsLifecycle::updateEditsOnlyTheOwnCompanysTraining()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const QJsonObject training = createTraining(m_owner, { { u"capacity"_s, 10 } });
    const qint64 id = training.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    const Reply reply = m_server->patch(trainingPath(id),
                                        QJsonObject { { u"title"_s, u"Renamed training"_s },
                                                      { u"capacity"_s, QJsonValue::Null },
                                                      { u"skill_ids"_s, QJsonArray { m_skillB } } },
                                        tokenOf(caller));
    QCOMPARE(reply.status, expected);
    const QJsonObject now = m_server->get(trainingPath(id), m_owner.token).json();
    if (expected == 200) {
        QCOMPARE(now.value(u"title"_s).toString(), u"Renamed training"_s);
        QVERIFY(now.value(u"capacity"_s).isNull());
        QCOMPARE(valuesOf(now.value(u"skills"_s).toArray(), u"id"_s),
                 QStringList { QString::number(m_skillB) });
        // The slug stays, so links to the training keep working.
        QCOMPARE(now.value(u"slug"_s), training.value(u"slug"_s));
    } else {
        QCOMPARE(now.value(u"title"_s), training.value(u"title"_s));
        QCOMPARE(now.value(u"capacity"_s).toInteger(), 10);
    }
}

void TestTrainingsLifecycle::updateKeepsTheRules()
{
    const qint64 id = trainingIn(u"published"_s, m_owner,
                                 { { u"start_date"_s, u"2031-06-01"_s }, { u"capacity"_s, 2 } });
    QVERIFY(id > 0);
    const Reply invalid = m_server->patch(
            trainingPath(id),
            QJsonObject { { u"mode"_s, u"carrier pigeon"_s }, { u"end_date"_s, u"2031-05-01"_s } },
            m_owner.token);
    QCOMPARE(invalid.status, 400);
    QVERIFY2(invalid.message().contains(u"mode must be one of the following values"_s),
             qPrintable(invalid.message()));
    const Reply backwards = m_server->patch(
            trainingPath(id), QJsonObject { { u"end_date"_s, u"2031-05-01"_s } }, m_owner.token);
    QCOMPARE(backwards.status, 400);
    QCOMPARE(backwards.message(), u"end_date must not be before start_date"_s);
    // A training needs its title and description: an edit may leave them out, never blank them.
    for (const QString &field : { u"title"_s, u"description"_s }) {
        for (const QString &blank : { u""_s, u"   "_s }) {
            const Reply blanked = m_server->patch(trainingPath(id),
                                                  QJsonObject { { field, blank } }, m_owner.token);
            QCOMPARE(blanked.status, 400);
            QCOMPARE(blanked.message(), field + u" should not be empty"_s);
        }
    }

    // Capacity cannot drop below the seats already taken.
    const qint64 first = applyFor(id, m_talents.at(0));
    const qint64 second = applyFor(id, m_talents.at(1));
    QVERIFY(first > 0 && second > 0);
    for (qint64 application : { first, second })
        QCOMPARE(m_server->patch(applicationPath(application, u"/status"_s), status(u"accepted"_s),
                                 m_owner.token)
                         .status,
                 200);
    const Reply tooSmall = m_server->patch(trainingPath(id), QJsonObject { { u"capacity"_s, 1 } },
                                           m_owner.token);
    QCOMPARE(tooSmall.status, 422);
    QCOMPARE(tooSmall.message(), u"capacity cannot be below the 2 seat(s) already taken"_s);
    QCOMPARE(m_server->patch(trainingPath(id), QJsonObject { { u"capacity"_s, 2 } }, m_owner.token)
                     .status,
             200);

    // An archived training is final.
    const qint64 archived = trainingIn(u"archived"_s, m_owner);
    const Reply frozen = m_server->patch(
            trainingPath(archived), QJsonObject { { u"title"_s, u"Revived"_s } }, m_owner.token);
    QCOMPARE(frozen.status, 422);
    QCOMPARE(frozen.message(), u"An archived training cannot be edited"_s);
    QCOMPARE(m_server->patch(trainingPath(99999999), QJsonObject { { u"title"_s, u"Nothing"_s } },
                             m_owner.token)
                     .status,
             404);
}

void TestTrainingsLifecycle::draftsAndArchivedTrainingsAreSeenOnlyByTheirCompany_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    for (const QString &state : { u"draft"_s, u"archived"_s }) {
        const QByteArray name = state.toLatin1();
        QTest::addRow("%s, owner", name.data()) << state << u"owner"_s << 200;
        QTest::addRow("%s, staff", name.data()) << state << u"chat-only staff"_s << 200;
        QTest::addRow("%s, admin", name.data()) << state << u"admin"_s << 200;
        QTest::addRow("%s, another company", name.data()) << state << u"other company"_s << 404;
        QTest::addRow("%s, talent", name.data()) << state << u"talent"_s << 404;
        QTest::addRow("%s, anonymous", name.data()) << state << QString() << 404;
    }
    for (const QString &state : { u"published"_s, u"closed"_s }) {
        const QByteArray name = state.toLatin1();
        QTest::addRow("%s, another company", name.data()) << state << u"other company"_s << 200;
        QTest::addRow("%s, anonymous", name.data()) << state << QString() << 200;
    }
}

void TestTrainingsLifecycle::draftsAndArchivedTrainingsAreSeenOnlyByTheirCompany()
{
    QFETCH(QString, state);
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const qint64 id = trainingIn(state, m_owner);
    QVERIFY(id > 0);
    const QString slug
            = m_server->get(trainingPath(id), m_owner.token).json().value(u"slug"_s).toString();
    const Reply byId = m_server->get(trainingPath(id), tokenOf(caller));
    QCOMPARE(byId.status, expected);
    const Reply bySlug = m_server->get(u"/api/v1/trainings/by-slug/"_s + slug, tokenOf(caller));
    QCOMPARE(bySlug.status, expected);
    if (expected == 200) {
        QCOMPARE(byId.json().value(u"id"_s).toInteger(), id);
        QCOMPARE(bySlug.json(), byId.json());
    } else {
        QCOMPARE(byId.message(), u"Training not found"_s);
    }
}

void TestTrainingsLifecycle::publicListSearchesAndFiltersPublishedTrainings_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("every published one")
            << QString() << QStringList { u"Kiln online"_s, u"Kiln onsite Kano"_s, u"Kiln late"_s };
    QTest::addRow("mode") << u"&mode=onsite"_s << QStringList { u"Kiln onsite Kano"_s };
    QTest::addRow("state, any case") << u"&state=kano"_s << QStringList { u"Kiln onsite Kano"_s };
    QTest::addRow("skill") << u"&skill=SKILL"_s << QStringList { u"Kiln online"_s };
    QTest::addRow("starts after") << u"&starts_after=2031-06-30"_s
                                  << QStringList { u"Kiln late"_s };
    QTest::addRow("text in the summary") << u"&q=glazing"_s << QStringList { u"Kiln late"_s };
    QTest::addRow("filters combine") << u"&mode=online&starts_after=2031-06-30"_s << QStringList {};
}

void TestTrainingsLifecycle::publicListSearchesAndFiltersPublishedTrainings()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    // One company of its own, so the list holds only this test's trainings.
    static TestUser company;
    if (company.id == 0) {
        company = m_server->createUser(Role::Employer);
        QVERIFY(trainingIn(u"published"_s, company,
                           { { u"title"_s, u"Kiln online"_s },
                             { u"start_date"_s, u"2031-01-10"_s },
                             { u"skill_ids"_s, QJsonArray { m_skillA } } })
                > 0);
        QVERIFY(trainingIn(u"published"_s, company,
                           { { u"title"_s, u"Kiln onsite Kano"_s },
                             { u"mode"_s, u"onsite"_s },
                             { u"state"_s, u"Kano"_s },
                             { u"start_date"_s, u"2031-06-30"_s } })
                > 0);
        QVERIFY(trainingIn(u"published"_s, company,
                           { { u"title"_s, u"Kiln late"_s },
                             { u"summary"_s, u"Glazing and firing"_s },
                             { u"mode"_s, u"hybrid"_s },
                             { u"start_date"_s, u"2031-07-01"_s } })
                > 0);
        QVERIFY(trainingIn(u"draft"_s, company, { { u"title"_s, u"Kiln draft"_s } }) > 0);
        QVERIFY(trainingIn(u"closed"_s, company, { { u"title"_s, u"Kiln closed"_s } }) > 0);
    }
    const QString query = u"/api/v1/trainings?company_id=%1"_s.arg(*company.companyId)
            + QString(filter).replace(u"SKILL"_s, QString::number(m_skillA));
    const Reply list = m_server->get(query);
    QCOMPARE(list.status, 200);
    QStringList titles = valuesOf(list.json().value(u"data"_s).toArray(), u"title"_s);
    titles.sort();
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(titles, sorted);
    QCOMPARE(list.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), expected.size());
}

void TestTrainingsLifecycle::publicListPagesAndRefusesBadFilters()
{
    const QString marker = uniqueTitle(u"Pagedmarker"_s).replace(u' ', u'x');
    for (int i = 0; i < 3; ++i)
        QVERIFY(trainingIn(u"published"_s, m_owner,
                           { { u"title"_s, u"%1 part %2"_s.arg(marker).arg(i) } })
                > 0);
    const Reply first = m_server->get(u"/api/v1/trainings?q=%1&limit=2"_s.arg(marker));
    QCOMPARE(first.status, 200);
    const QJsonObject meta = first.json().value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"total"_s).toInteger(), 3);
    QCOMPARE(meta.value(u"pages"_s).toInteger(), 2);
    QCOMPARE(first.json().value(u"data"_s).toArray().size(), 2);
    const Reply second = m_server->get(u"/api/v1/trainings?q=%1&limit=2&page=2"_s.arg(marker));
    QCOMPARE(second.json().value(u"data"_s).toArray().size(), 1);
    // LIKE wildcards in the search are plain characters.
    QCOMPARE(m_server->get(u"/api/v1/trainings?q=%1"_s.arg(percent(u"%_%"_s)))
                     .json()
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInteger(),
             0);

    const Reply bad
            = m_server->get(u"/api/v1/trainings?mode=telepathy&starts_after=soon&limit=0"_s);
    QCOMPARE(bad.status, 400);
    for (const QString &field : { u"mode"_s, u"starts_after"_s, u"limit"_s })
        QVERIFY2(bad.message().contains(field + u" must be"_s), qPrintable(bad.message()));
}

void TestTrainingsLifecycle::companyListHasEveryStatusWithApplicantCounts()
{
    const TestUser company = m_server->createUser(Role::Employer);
    const qint64 draft = trainingIn(u"draft"_s, company, { { u"title"_s, u"Own draft"_s } });
    const qint64 open = trainingIn(u"published"_s, company, { { u"title"_s, u"Own open"_s } });
    QVERIFY(draft > 0 && open > 0);
    QVERIFY(trainingIn(u"published"_s, m_otherOwner) > 0); // another company's: not listed
    QList<qint64> applications;
    for (int i = 0; i < 4; ++i)
        applications.append(applyFor(open, m_talents.at(i)));
    QVERIFY(!applications.contains(0));
    auto move = [&](qint64 id, const QString &to, const QString &token) {
        return m_server->patch(applicationPath(id, u"/status"_s), status(to, u"Full"_s), token)
                .status;
    };
    QCOMPARE(move(applications[1], u"accepted"_s, company.token), 200);
    QCOMPARE(move(applications[2], u"rejected"_s, company.token), 200);
    QCOMPARE(move(applications[3], u"withdrawn"_s, m_talents.at(3).token), 200);

    const Reply list = m_server->get(u"/api/v1/employers/me/trainings"_s, company.token);
    QCOMPARE(list.status, 200);
    const QJsonArray data = list.json().value(u"data"_s).toArray();
    QCOMPARE(valuesOf(data, u"title"_s), (QStringList { u"Own open"_s, u"Own draft"_s }));
    const QJsonObject counts = data.at(0).toObject().value(u"applicant_counts"_s).toObject();
    QCOMPARE(counts.value(u"applicants"_s).toInteger(), 4);
    QCOMPARE(counts.value(u"pending"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"accepted"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"rejected"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"withdrawn"_s).toInteger(), 1);
    QCOMPARE(counts.value(u"completed"_s).toInteger(), 0);
    QCOMPARE(data.at(1)
                     .toObject()
                     .value(u"applicant_counts"_s)
                     .toObject()
                     .value(u"applicants"_s)
                     .toInteger(),
             0);

    const Reply drafts
            = m_server->get(u"/api/v1/employers/me/trainings?status=draft"_s, company.token);
    QCOMPARE(valuesOf(drafts.json().value(u"data"_s).toArray(), u"title"_s),
             QStringList { u"Own draft"_s });
    QCOMPARE(m_server->get(u"/api/v1/employers/me/trainings?status=gone"_s, company.token).status,
             400);
}

void TestTrainingsLifecycle::companyListIsForCompanies_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("staff") << u"chat-only staff"_s << 200;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestTrainingsLifecycle::companyListIsForCompanies()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    QVERIFY(trainingIn(u"draft"_s, m_owner) > 0);
    const Reply list = m_server->get(u"/api/v1/employers/me/trainings"_s, tokenOf(caller));
    QCOMPARE(list.status, expected);
    if (expected == 200) {
        const QJsonArray data = list.json().value(u"data"_s).toArray();
        QVERIFY(!data.isEmpty());
        for (const QJsonValue &training : data)
            QCOMPARE(training.toObject().value(u"company"_s).toObject().value(u"id"_s).toInteger(),
                     *m_owner.companyId);
    }
}

QTEST_MAIN(TestTrainingsLifecycle)
#include "tst_trainings_lifecycle.moc"
