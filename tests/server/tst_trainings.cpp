// SPDX-License-Identifier: Apache-2.0
// Trainings (drafting, editing, the publish/close/archive lifecycle, the public search, a
// company's own list), talents' applications for them with their state machine and history, and
// the companies' training reports.
#include "core/database.h"
#include "core/servercontext.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QStringList valuesOf(const QJsonArray &items, const QString &key)
{
    QStringList values;
    for (const QJsonValue &item : items)
        values.append(item.toObject().value(key).toVariant().toString());
    return values;
}

QString percent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString trainingPath(qint64 id, const QString &tail = {})
{
    return u"/api/v1/trainings/%1%2"_s.arg(id).arg(tail);
}

QString applicationPath(qint64 id, const QString &tail = {})
{
    return u"/api/v1/training-applications/%1%2"_s.arg(id).arg(tail);
}

QJsonObject status(const QString &to, const QString &reason = {})
{
    QJsonObject body { { u"status"_s, to } };
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    return body;
}

} // namespace

class TestTrainings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
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

    // Applications
    void talentAppliesOnceOnly();
    void applyingIsForTalentsOnVisibleTrainings_data();
    void applyingIsForTalentsOnVisibleTrainings();
    void applyingNeedsAnOpenTrainingBeforeItsDeadline();
    void acceptedApplicationsFillTheCapacity();
    void applicationIsAcceptedThenCompletedWithItsHistory();
    void rejectingNeedsAReasonAndNotifiesTheTalent();
    void onlyTheTalentWithdraws_data();
    void onlyTheTalentWithdraws();
    void forbiddenApplicationTransitionsAreRefused_data();
    void forbiddenApplicationTransitionsAreRefused();
    void decisionsNeedTheCompanysPermission_data();
    void decisionsNeedTheCompanysPermission();
    void concurrentChangesKeepAnUnbrokenHistory();
    void talentListsAppliedAndNotAppliedTrainings();
    void talentChecksTheirStatusForATraining_data();
    void talentChecksTheirStatusForATraining();
    void applicationIsReadByItsTalentAndCompany_data();
    void applicationIsReadByItsTalentAndCompany();
    void companyListsTheApplicantsOfItsTraining_data();
    void companyListsTheApplicantsOfItsTraining();

    // Reports
    void reportsCountApplicantsAndCompletion();
    void reportsAreForTheCompanysReaders_data();
    void reportsAreForTheCompanysReaders();

private:
    /** A company's staff member whose role grants exactly @p permissions. */
    TestUser employee(const TestUser &owner, const QStringList &permissions);
    /** Creates a training of @p owner's company; its JSON (no "id" if that failed). */
    QJsonObject createTraining(const TestUser &owner, const QJsonObject &extra = {});
    /** A training moved along the lifecycle to @p status; 0 if that failed. */
    qint64 trainingIn(const QString &status, const TestUser &owner, const QJsonObject &extra = {});
    /** The talent's application for a published training; its id, or 0. */
    qint64 applyFor(qint64 trainingId, const TestUser &talent);
    /** An application moved to @p status (by the owner, or the talent for withdrawn); 0 if that
     * failed. */
    qint64 applicationIn(const QString &status, const TestUser &talent);
    QString tokenOf(const QString &who) const;
    QString uniqueTitle(const QString &what) { return u"%1 %2"_s.arg(what).arg(++m_counter); }

    std::unique_ptr<TestServer> m_server;
    TestUser m_owner;
    TestUser m_otherOwner;
    TestUser m_recruiter; // jobs.create, applications.read/decide: not jobs.publish nor reports
    TestUser m_publisher; // jobs.publish and reports.read
    TestUser m_chatOnly; // a staff member without any training permission
    TestUser m_talent;
    TestUser m_otherTalent;
    QList<TestUser> m_talents;
    TestUser m_admin;
    qint64 m_skillA = 0;
    qint64 m_skillB = 0;
    int m_counter = 0;
};

void TestTrainings::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    m_owner = m_server->createUser(Role::Employer);
    m_otherOwner = m_server->createUser(Role::Employer);
    m_recruiter = employee(m_owner,
                           { u"jobs.create"_s, u"applications.read"_s, u"applications.decide"_s });
    m_publisher = employee(m_owner, { u"jobs.publish"_s, u"reports.read"_s });
    m_chatOnly = employee(m_owner, { u"chat.use"_s });
    m_talent = m_server->createUser(Role::Talent);
    m_otherTalent = m_server->createUser(Role::Talent);
    for (int i = 0; i < 5; ++i)
        m_talents.append(m_server->createUser(Role::Talent));
    m_admin = m_server->createUser(Role::Admin);

    QSqlDatabase db = m_server->context().db();
    auto addSkill = [&db](const QString &name) {
        return Sql(db,
                   u"INSERT INTO skills (name, name_key, category, active, created_at, updated_at) "
                   u"VALUES (:name, :key, 'Training tests', :active, :now, :now) RETURNING id"_s)
                .bind(u":name"_s, name)
                .bind(u":key"_s, name.toLower())
                .bind(u":active"_s, true)
                .bind(u":now"_s, nowText())
                .scalar()
                .toLongLong();
    };
    m_skillA = addSkill(u"Zeta spreadsheets for trainings"_s);
    m_skillB = addSkill(u"Alpha statistics for trainings"_s);
    QVERIFY(m_skillA > 0 && m_skillB > 0);
}

TestUser TestTrainings::employee(const TestUser &owner, const QStringList &permissions)
{
    const Reply role = m_server->post(
            u"/api/v1/onboarding/employer-roles"_s,
            QJsonObject { { u"name"_s, u"Trainings role %1"_s.arg(++m_counter) },
                          { u"permissions"_s, QJsonArray::fromStringList(permissions) } },
            owner.token);
    if (role.status != 201)
        throw std::runtime_error("could not add a company role");
    TestUser staff = m_server->createUser(Role::Employee);
    Sql(m_server->context().db(),
        u"UPDATE users SET company_id = :company, company_role_id = :role WHERE id = :id"_s)
            .bind(u":company"_s, *owner.companyId)
            .bind(u":role"_s, role.json().value(u"id"_s).toInteger())
            .bind(u":id"_s, staff.id)
            .exec();
    staff.companyId = owner.companyId;
    return staff;
}

QJsonObject TestTrainings::createTraining(const TestUser &owner, const QJsonObject &extra)
{
    QJsonObject body { { u"title"_s, uniqueTitle(u"Data analysis"_s) },
                       { u"description"_s, u"Four weeks of hands-on analysis."_s },
                       { u"mode"_s, u"online"_s } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const Reply created = m_server->post(u"/api/v1/trainings"_s, body, owner.token);
    return created.status == 201 ? created.json() : QJsonObject();
}

qint64 TestTrainings::trainingIn(const QString &target, const TestUser &owner,
                                 const QJsonObject &extra)
{
    const qint64 id = createTraining(owner, extra).value(u"id"_s).toInteger();
    if (id == 0)
        return 0;
    static const QHash<QString, QStringList> paths {
        { u"draft"_s, {} },
        { u"published"_s, { u"published"_s } },
        { u"closed"_s, { u"published"_s, u"closed"_s } },
        { u"archived"_s, { u"published"_s, u"closed"_s, u"archived"_s } },
    };
    for (const QString &step : paths.value(target)) {
        if (m_server->patch(trainingPath(id, u"/status"_s), status(step), owner.token).status != 200)
            return 0;
    }
    return id;
}

qint64 TestTrainings::applyFor(qint64 trainingId, const TestUser &talent)
{
    const Reply applied = m_server->post(trainingPath(trainingId, u"/applications"_s),
                                         QJsonObject { { u"motivation"_s, u"I want to learn"_s } },
                                         talent.token);
    return applied.status == 201 ? applied.json().value(u"id"_s).toInteger() : 0;
}

qint64 TestTrainings::applicationIn(const QString &target, const TestUser &talent)
{
    const qint64 id = applyFor(trainingIn(u"published"_s, m_owner), talent);
    if (id == 0)
        return 0;
    static const QHash<QString, QStringList> paths {
        { u"applied"_s, {} },
        { u"accepted"_s, { u"accepted"_s } },
        { u"rejected"_s, { u"rejected"_s } },
        { u"withdrawn"_s, { u"withdrawn"_s } },
        { u"completed"_s, { u"accepted"_s, u"completed"_s } },
    };
    for (const QString &step : paths.value(target)) {
        const QString token = step == u"withdrawn"_s ? talent.token : m_owner.token;
        if (m_server->patch(applicationPath(id, u"/status"_s), status(step, u"Not a fit"_s), token)
                    .status
            != 200)
            return 0;
    }
    return id;
}

QString TestTrainings::tokenOf(const QString &who) const
{
    static const QHash<QString, const TestUser TestTrainings::*> users {
        { u"owner"_s, &TestTrainings::m_owner },
        { u"other company"_s, &TestTrainings::m_otherOwner },
        { u"recruiter"_s, &TestTrainings::m_recruiter },
        { u"publisher"_s, &TestTrainings::m_publisher },
        { u"chat-only staff"_s, &TestTrainings::m_chatOnly },
        { u"talent"_s, &TestTrainings::m_talent },
        { u"other talent"_s, &TestTrainings::m_otherTalent },
        { u"admin"_s, &TestTrainings::m_admin },
    };
    const auto member = users.value(who);
    return member ? (this->*member).token : QString();
}

// ---- Trainings ----

void TestTrainings::createdTrainingIsADraftWithSlugAndSkills()
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

void TestTrainings::slugsOfTheSameTitleGetNumbered()
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

void TestTrainings::createNamesEveryInvalidField_data()
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

void TestTrainings::createNamesEveryInvalidField()
{
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, expected);
    const Reply reply = m_server->post(u"/api/v1/trainings"_s, body, m_owner.token);
    QCOMPARE(reply.status, 400);
    for (const QString &message : expected)
        QVERIFY2(reply.message().contains(message), qPrintable(reply.message()));
}

void TestTrainings::createIsForCompanyStaffWithJobsCreate_data()
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

void TestTrainings::createIsForCompanyStaffWithJobsCreate()
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

void TestTrainings::trainingMovesThroughItsLifecycle()
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

void TestTrainings::forbiddenTrainingTransitionsAreRefused_data()
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

void TestTrainings::forbiddenTrainingTransitionsAreRefused()
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

void TestTrainings::statusIsChangedByTheOwningCompanysPublishers_data()
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

void TestTrainings::statusIsChangedByTheOwningCompanysPublishers()
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

void TestTrainings::updateEditsOnlyTheOwnCompanysTraining_data()
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

void TestTrainings::updateEditsOnlyTheOwnCompanysTraining()
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

void TestTrainings::updateKeepsTheRules()
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

void TestTrainings::draftsAndArchivedTrainingsAreSeenOnlyByTheirCompany_data()
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

void TestTrainings::draftsAndArchivedTrainingsAreSeenOnlyByTheirCompany()
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

void TestTrainings::publicListSearchesAndFiltersPublishedTrainings_data()
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

void TestTrainings::publicListSearchesAndFiltersPublishedTrainings()
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

void TestTrainings::publicListPagesAndRefusesBadFilters()
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

void TestTrainings::companyListHasEveryStatusWithApplicantCounts()
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

void TestTrainings::companyListIsForCompanies_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("staff") << u"chat-only staff"_s << 200;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestTrainings::companyListIsForCompanies()
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

// ---- Applications ----

void TestTrainings::talentAppliesOnceOnly()
{
    const qint64 training = trainingIn(u"published"_s, m_owner);
    QVERIFY(training > 0);
    const Reply applied = m_server->post(trainingPath(training, u"/applications"_s),
                                         QJsonObject { { u"motivation"_s, u"Career change"_s } },
                                         m_talent.token);
    QCOMPARE(applied.status, 201);
    const QJsonObject application = applied.json();
    QCOMPARE(application.value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(application.value(u"motivation"_s).toString(), u"Career change"_s);
    QCOMPARE(application.value(u"training"_s).toObject().value(u"id"_s).toInteger(), training);
    QCOMPARE(application.value(u"talent"_s).toObject().value(u"id"_s).toInteger(), m_talent.id);
    const QJsonArray events = application.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1);
    QVERIFY(events.at(0).toObject().value(u"from_status"_s).isNull());
    QCOMPARE(events.at(0).toObject().value(u"to_status"_s).toString(), u"applied"_s);

    const Reply again = m_server->post(trainingPath(training, u"/applications"_s), QJsonObject(),
                                       m_talent.token);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.message(), u"You have already applied for this training"_s);
    const Reply tooLong = m_server->post(trainingPath(training, u"/applications"_s),
                                         QJsonObject { { u"motivation"_s, QString(5001, u'x') } },
                                         m_otherTalent.token);
    QCOMPARE(tooLong.status, 400);
    QVERIFY(tooLong.message().startsWith(u"motivation must be shorter than or equal to"_s));
}

void TestTrainings::applyingIsForTalentsOnVisibleTrainings_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("talent") << u"published"_s << u"talent"_s << 201;
    QTest::addRow("employer") << u"published"_s << u"owner"_s << 403;
    QTest::addRow("anonymous") << u"published"_s << QString() << 401;
    QTest::addRow("draft") << u"draft"_s << u"talent"_s << 404;
    QTest::addRow("archived") << u"archived"_s << u"talent"_s << 404;
    QTest::addRow("no such training") << QString() << u"talent"_s << 404;
}

void TestTrainings::applyingIsForTalentsOnVisibleTrainings()
{
    QFETCH(QString, state);
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const qint64 training = state.isEmpty() ? 99999999 : trainingIn(state, m_otherOwner);
    QVERIFY(training > 0);
    QCOMPARE(m_server->post(trainingPath(training, u"/applications"_s), QJsonObject(),
                            tokenOf(caller))
                     .status,
             expected);
}

void TestTrainings::applyingNeedsAnOpenTrainingBeforeItsDeadline()
{
    const qint64 closed = trainingIn(u"closed"_s, m_owner);
    QVERIFY(closed > 0);
    const Reply toClosed = m_server->post(trainingPath(closed, u"/applications"_s), QJsonObject(),
                                          m_talent.token);
    QCOMPARE(toClosed.status, 422);
    QCOMPARE(toClosed.message(), u"This training is not accepting applications (it is closed)"_s);

    // Publishing needs a deadline still ahead; moving it into the past ends the applications.
    const QString past = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
    const QString future = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
    const qint64 late = trainingIn(u"draft"_s, m_owner, { { u"application_deadline"_s, past } });
    QVERIFY(late > 0);
    const Reply publishLate = m_server->patch(trainingPath(late, u"/status"_s),
                                              status(u"published"_s), m_owner.token);
    QCOMPARE(publishLate.status, 422);
    QVERIFY2(publishLate.message().contains(u"has passed: move it before publishing"_s),
             qPrintable(publishLate.message()));
    QCOMPARE(m_server->patch(trainingPath(late),
                             QJsonObject { { u"application_deadline"_s, future } }, m_owner.token)
                     .status,
             200);
    QCOMPARE(m_server->patch(trainingPath(late, u"/status"_s), status(u"published"_s), m_owner.token)
                     .status,
             200);
    QCOMPARE(m_server->post(trainingPath(late, u"/applications"_s), QJsonObject(), m_talent.token)
                     .status,
             201);

    QCOMPARE(m_server->patch(trainingPath(late),
                             QJsonObject { { u"application_deadline"_s, past } }, m_owner.token)
                     .status,
             200);
    const Reply afterDeadline = m_server->post(trainingPath(late, u"/applications"_s),
                                               QJsonObject(), m_otherTalent.token);
    QCOMPARE(afterDeadline.status, 422);
    QVERIFY2(afterDeadline.message().startsWith(u"Applications for this training closed at"_s),
             qPrintable(afterDeadline.message()));
}

void TestTrainings::acceptedApplicationsFillTheCapacity()
{
    const qint64 training = trainingIn(u"published"_s, m_owner, { { u"capacity"_s, 1 } });
    QVERIFY(training > 0);
    const qint64 first = applyFor(training, m_talents.at(0));
    const qint64 second = applyFor(training, m_talents.at(1));
    QVERIFY(first > 0 && second > 0); // pending applications take no seat

    QCOMPARE(m_server->patch(applicationPath(first, u"/status"_s), status(u"accepted"_s),
                             m_owner.token)
                     .status,
             200);
    const Reply full = m_server->patch(applicationPath(second, u"/status"_s), status(u"accepted"_s),
                                       m_owner.token);
    QCOMPARE(full.status, 422);
    QCOMPARE(full.message(), u"The training is full: all 1 seats are taken"_s);
    const Reply lateApplicant = m_server->post(trainingPath(training, u"/applications"_s),
                                               QJsonObject(), m_talents.at(2).token);
    QCOMPARE(lateApplicant.status, 422);
    QCOMPARE(lateApplicant.message(), u"This training is full: all 1 seats are taken"_s);
    QCOMPARE(m_server->get(trainingPath(training)).json().value(u"seats_left"_s).toInteger(), 0);

    // A completed trainee keeps their seat.
    QCOMPARE(m_server->patch(applicationPath(first, u"/status"_s), status(u"completed"_s),
                             m_owner.token)
                     .status,
             200);
    QCOMPARE(m_server->patch(applicationPath(second, u"/status"_s), status(u"accepted"_s),
                             m_owner.token)
                     .status,
             422);

    // One who withdraws after being accepted frees theirs.
    const qint64 other = trainingIn(u"published"_s, m_owner, { { u"capacity"_s, 1 } });
    const qint64 leaving = applyFor(other, m_talents.at(0));
    const qint64 waiting = applyFor(other, m_talents.at(1));
    QVERIFY(leaving > 0 && waiting > 0);
    QCOMPARE(m_server->patch(applicationPath(leaving, u"/status"_s), status(u"accepted"_s),
                             m_owner.token)
                     .status,
             200);
    QCOMPARE(m_server->patch(applicationPath(leaving, u"/status"_s), status(u"withdrawn"_s),
                             m_talents.at(0).token)
                     .status,
             200);
    QCOMPARE(m_server->patch(applicationPath(waiting, u"/status"_s), status(u"accepted"_s),
                             m_owner.token)
                     .status,
             200);
}

void TestTrainings::applicationIsAcceptedThenCompletedWithItsHistory()
{
    const TestUser &talent = m_talents.at(4);
    const qint64 id = applicationIn(u"applied"_s, talent);
    QVERIFY(id > 0);
    const Reply accepted
            = m_server->patch(applicationPath(id, u"/status"_s),
                              status(u"accepted"_s, u"Strong motivation"_s), m_recruiter.token);
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json().value(u"status"_s).toString(), u"accepted"_s);
    const Reply completed = m_server->patch(applicationPath(id, u"/status"_s),
                                            status(u"completed"_s), m_owner.token);
    QCOMPARE(completed.status, 200);
    QVERIFY(!completed.json().value(u"completed_at"_s).toString().isEmpty());

    const QJsonArray events
            = m_server->get(applicationPath(id), talent.token).json().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(valuesOf(events, u"to_status"_s),
             (QStringList { u"applied"_s, u"accepted"_s, u"completed"_s }));
    QCOMPARE(valuesOf(events, u"from_status"_s),
             (QStringList { QString(), u"applied"_s, u"accepted"_s }));
    QList<qint64> actors;
    for (const QJsonValue &event : events) {
        actors.append(event.toObject().value(u"actor"_s).toObject().value(u"id"_s).toInteger());
        QVERIFY(!event.toObject().value(u"created_at"_s).toString().isEmpty());
    }
    QCOMPARE(actors, (QList<qint64> { talent.id, m_recruiter.id, m_owner.id }));
    QCOMPARE(events.at(1).toObject().value(u"reason"_s).toString(), u"Strong motivation"_s);

    // The talent was told of both decisions.
    const QJsonArray inbox = m_server->get(u"/api/v1/notifications?limit=100"_s, talent.token)
                                     .json()
                                     .value(u"data"_s)
                                     .toArray();
    QStringList told;
    for (const QJsonValue &item : inbox) {
        const QJsonObject data = item.toObject().value(u"data"_s).toObject();
        if (item.toObject().value(u"type"_s).toString() == u"training_application"_s
            && data.value(u"training_application_id"_s).toInteger() == id)
            told.append(data.value(u"status"_s).toString());
    }
    told.sort();
    QCOMPARE(told, (QStringList { u"accepted"_s, u"completed"_s }));
}

void TestTrainings::rejectingNeedsAReasonAndNotifiesTheTalent()
{
    const qint64 id = applicationIn(u"accepted"_s, m_otherTalent);
    QVERIFY(id > 0);
    const Reply noReason = m_server->patch(applicationPath(id, u"/status"_s), status(u"rejected"_s),
                                           m_owner.token);
    QCOMPARE(noReason.status, 400);
    QCOMPARE(noReason.message(), u"reason should not be empty when rejecting"_s);

    const Reply rejected
            = m_server->patch(applicationPath(id, u"/status"_s),
                              status(u"rejected"_s, u"Missed the first week"_s), m_owner.token);
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.json().value(u"decided_reason"_s).toString(), u"Missed the first week"_s);
    const QJsonArray inbox
            = m_server->get(u"/api/v1/notifications?limit=100"_s, m_otherTalent.token)
                      .json()
                      .value(u"data"_s)
                      .toArray();
    bool told = false;
    for (const QJsonValue &item : inbox) {
        const QJsonObject notification = item.toObject();
        if (notification.value(u"data"_s).toObject().value(u"training_application_id"_s).toInteger()
                    == id
            && notification.value(u"data"_s).toObject().value(u"status"_s).toString()
                    == u"rejected"_s)
            told = notification.value(u"body"_s).toString().contains(u"Missed the first week"_s);
    }
    QVERIFY(told);
}

void TestTrainings::onlyTheTalentWithdraws_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("applied, by the talent") << u"applied"_s << u"talent"_s << 200;
    QTest::addRow("accepted, by the talent") << u"accepted"_s << u"talent"_s << 200;
    QTest::addRow("by the company") << u"applied"_s << u"owner"_s << 403;
    QTest::addRow("by another talent") << u"applied"_s << u"other talent"_s << 404;
}

void TestTrainings::onlyTheTalentWithdraws()
{
    QFETCH(QString, from);
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const qint64 id = applicationIn(from, m_talent);
    QVERIFY(id > 0);
    const Reply reply = m_server->patch(applicationPath(id, u"/status"_s),
                                        status(u"withdrawn"_s, u"Found a job"_s), tokenOf(caller));
    QCOMPARE(reply.status, expected);
    const QJsonObject now = m_server->get(applicationPath(id), m_talent.token).json();
    QCOMPARE(now.value(u"status"_s).toString(), expected == 200 ? u"withdrawn"_s : from);
    if (expected == 200)
        QCOMPARE(now.value(u"decided_reason"_s).toString(), u"Found a job"_s);
    // The talent decides nothing else.
    if (from == u"applied"_s && expected != 200)
        QCOMPARE(m_server->patch(applicationPath(id, u"/status"_s), status(u"accepted"_s),
                                 m_talent.token)
                         .status,
                 403);
}

void TestTrainings::forbiddenApplicationTransitionsAreRefused_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const QStringList all { u"applied"_s, u"accepted"_s, u"rejected"_s, u"withdrawn"_s,
                            u"completed"_s };
    const QSet<QPair<QString, QString>> allowed {
        { u"applied"_s, u"accepted"_s },  { u"applied"_s, u"rejected"_s },
        { u"applied"_s, u"withdrawn"_s }, { u"accepted"_s, u"completed"_s },
        { u"accepted"_s, u"rejected"_s }, { u"accepted"_s, u"withdrawn"_s },
    };
    for (const QString &from : all) {
        for (const QString &to : all) {
            if (!allowed.contains({ from, to }))
                QTest::addRow("%s to %s", qPrintable(from), qPrintable(to)) << from << to;
        }
    }
}

void TestTrainings::forbiddenApplicationTransitionsAreRefused()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const qint64 id = applicationIn(from, m_talent);
    QVERIFY(id > 0);
    // Asked by whoever could make such a move: the talent withdraws, the company the rest.
    const QString token = to == u"withdrawn"_s ? m_talent.token : m_owner.token;
    const Reply reply
            = m_server->patch(applicationPath(id, u"/status"_s), status(to, u"Because"_s), token);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.message(), u"An application cannot go from %1 to %2"_s.arg(from, to));
    const QJsonObject now = m_server->get(applicationPath(id), m_owner.token).json();
    QCOMPARE(now.value(u"status"_s).toString(), from);
    QCOMPARE(valuesOf(now.value(u"events"_s).toArray(), u"to_status"_s).last(), from);
}

void TestTrainings::decisionsNeedTheCompanysPermission_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 200;
    QTest::addRow("staff with applications.decide") << u"recruiter"_s << 200;
    QTest::addRow("staff without it") << u"publisher"_s << 403;
    QTest::addRow("another company") << u"other company"_s << 404;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestTrainings::decisionsNeedTheCompanysPermission()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const qint64 id = applicationIn(u"applied"_s, m_talent);
    QVERIFY(id > 0);
    QCOMPARE(m_server->patch(applicationPath(id, u"/status"_s), status(u"accepted"_s),
                             tokenOf(caller))
                     .status,
             expected);
    const Reply invalid = m_server->patch(
            applicationPath(id, u"/status"_s),
            QJsonObject { { u"status"_s, u"hired"_s }, { u"reason"_s, QString(1001, u'r') } },
            m_owner.token);
    QCOMPARE(invalid.status, 400);
    QVERIFY(invalid.message().contains(u"status must be one of the following values"_s));
    QVERIFY(invalid.message().contains(u"reason must be shorter than or equal to 1000"_s));
    QCOMPARE(m_server->patch(applicationPath(99999999, u"/status"_s), status(u"accepted"_s),
                             m_owner.token)
                     .status,
             404);
}

void TestTrainings::concurrentChangesKeepAnUnbrokenHistory()
{
    // Two decisions sent at the same moment: whatever order they land in, every change that
    // succeeded is in the history once, and each step starts where the previous one ended.
    QNetworkAccessManager network;
    for (int round = 0; round < 6; ++round) {
        const qint64 id = applyFor(trainingIn(u"published"_s, m_owner), m_talent);
        QVERIFY(id > 0);
        const QList<QPair<QString, QJsonObject>> moves {
            { m_owner.token, status(u"accepted"_s) },
            { round % 2 ? m_recruiter.token : m_talent.token,
              round % 2 ? status(u"accepted"_s) : status(u"withdrawn"_s) },
        };
        QList<QNetworkReply *> replies;
        for (const auto &[token, body] : moves) {
            QNetworkRequest request(QUrl(m_server->baseUrl() + applicationPath(id, u"/status"_s)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            replies.append(
                    network.sendCustomRequest(request, "PATCH", QJsonDocument(body).toJson()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(replies[0]->isFinished() && replies[1]->isFinished(), 10000);
        int succeeded = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(code == 200 || code == 422, qPrintable(QString::number(code)));
            succeeded += code == 200;
            reply->deleteLater();
        }
        QVERIFY(succeeded >= 1);
        const QJsonObject now = m_server->get(applicationPath(id), m_owner.token).json();
        const QJsonArray events = now.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 1 + succeeded);
        for (qsizetype i = 1; i < events.size(); ++i)
            QCOMPARE(events.at(i).toObject().value(u"from_status"_s).toString(),
                     events.at(i - 1).toObject().value(u"to_status"_s).toString());
        QCOMPARE(now.value(u"status"_s).toString(),
                 events.last().toObject().value(u"to_status"_s).toString());
    }
}

void TestTrainings::talentListsAppliedAndNotAppliedTrainings()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const TestUser company = m_server->createUser(Role::Employer);
    const qint64 first = trainingIn(u"published"_s, company, { { u"title"_s, u"Tiling one"_s } });
    const qint64 second = trainingIn(u"published"_s, company, { { u"title"_s, u"Tiling two"_s } });
    const qint64 third = trainingIn(u"published"_s, company, { { u"title"_s, u"Tiling three"_s } });
    QVERIFY(trainingIn(u"draft"_s, company, { { u"title"_s, u"Tiling draft"_s } }) > 0);
    const qint64 firstApplication = applyFor(first, talent);
    QVERIFY(firstApplication > 0 && applyFor(second, talent) > 0 && third > 0);
    QCOMPARE(m_server->patch(applicationPath(firstApplication, u"/status"_s), status(u"accepted"_s),
                             company.token)
                     .status,
             200);

    const Reply applied
            = m_server->get(u"/api/v1/talents/me/training-applications"_s, talent.token);
    QCOMPARE(applied.status, 200);
    QJsonArray data = applied.json().value(u"data"_s).toArray();
    QStringList titles;
    for (const QJsonValue &item : data)
        titles.append(item.toObject().value(u"training"_s).toObject().value(u"title"_s).toString());
    QCOMPARE(titles, (QStringList { u"Tiling two"_s, u"Tiling one"_s }));
    const Reply accepted = m_server->get(
            u"/api/v1/talents/me/training-applications?status=accepted"_s, talent.token);
    QCOMPARE(valuesOf(accepted.json().value(u"data"_s).toArray(), u"id"_s),
             QStringList { QString::number(firstApplication) });

    const Reply notApplied = m_server->get(
            u"/api/v1/talents/me/trainings-not-applied?company_id=%1"_s.arg(*company.companyId),
            talent.token);
    QCOMPARE(notApplied.status, 200);
    QCOMPARE(valuesOf(notApplied.json().value(u"data"_s).toArray(), u"title"_s),
             QStringList { u"Tiling three"_s });
    // Everyone else still sees all three.
    QCOMPARE(m_server->get(u"/api/v1/talents/me/trainings-not-applied?company_id=%1"_s.arg(
                                   *company.companyId),
                           m_otherTalent.token)
                     .json()
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInteger(),
             3);

    for (const QString &path : { u"/api/v1/talents/me/training-applications"_s,
                                 u"/api/v1/talents/me/trainings-not-applied"_s }) {
        QCOMPARE(m_server->get(path, company.token).status, 403);
        QCOMPARE(m_server->get(path).status, 401);
        QCOMPARE(m_server->get(path + u"?limit=500"_s, talent.token).status, 400);
    }
}

void TestTrainings::talentChecksTheirStatusForATraining_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("status");
    QTest::addRow("applicant") << u"talent"_s << 200 << u"accepted"_s;
    QTest::addRow("talent who did not apply") << u"other talent"_s << 200 << QString();
    QTest::addRow("employer") << u"owner"_s << 403 << QString();
    QTest::addRow("anonymous") << QString() << 401 << QString();
}

void TestTrainings::talentChecksTheirStatusForATraining()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    QFETCH(QString, status);
    const qint64 application = applicationIn(u"accepted"_s, m_talent);
    QVERIFY(application > 0);
    const qint64 training = m_server->get(applicationPath(application), m_talent.token)
                                    .json()
                                    .value(u"training"_s)
                                    .toObject()
                                    .value(u"id"_s)
                                    .toInteger();
    const Reply reply
            = m_server->get(trainingPath(training, u"/application-status"_s), tokenOf(caller));
    QCOMPARE(reply.status, expected);
    if (expected != 200)
        return;
    const QJsonObject answer = reply.json();
    QCOMPARE(answer.value(u"applied"_s).toBool(), !status.isEmpty());
    QCOMPARE(answer.value(u"status"_s).toString(), status);
    if (!status.isEmpty())
        QCOMPARE(answer.value(u"application_id"_s).toInteger(), application);

    // Another company's draft is not there to ask about.
    const qint64 draft = trainingIn(u"draft"_s, m_otherOwner);
    QCOMPARE(m_server->get(trainingPath(draft, u"/application-status"_s), tokenOf(caller)).status,
             404);
}

void TestTrainings::applicationIsReadByItsTalentAndCompany_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("its talent") << u"talent"_s << 200;
    QTest::addRow("the company") << u"owner"_s << 200;
    QTest::addRow("staff with applications.read") << u"recruiter"_s << 200;
    QTest::addRow("staff without it") << u"chat-only staff"_s << 403;
    QTest::addRow("another talent") << u"other talent"_s << 404;
    QTest::addRow("another company") << u"other company"_s << 404;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestTrainings::applicationIsReadByItsTalentAndCompany()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const qint64 id = applicationIn(u"applied"_s, m_talent);
    QVERIFY(id > 0);
    const Reply reply = m_server->get(applicationPath(id), tokenOf(caller));
    QCOMPARE(reply.status, expected);
    if (expected == 200) {
        QCOMPARE(reply.json().value(u"id"_s).toInteger(), id);
        QCOMPARE(reply.json().value(u"talent"_s).toObject().value(u"email"_s).toString(),
                 m_talent.email.toLower());
    } else if (expected == 404) {
        QCOMPARE(reply.message(), u"Application not found"_s);
    }
}

void TestTrainings::companyListsTheApplicantsOfItsTraining_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 200;
    QTest::addRow("staff with applications.read") << u"recruiter"_s << 200;
    QTest::addRow("staff without it") << u"chat-only staff"_s << 403;
    QTest::addRow("another company") << u"other company"_s << 404;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestTrainings::companyListsTheApplicantsOfItsTraining()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const qint64 training = trainingIn(u"published"_s, m_owner);
    QVERIFY(training > 0);
    QList<qint64> applications;
    for (int i = 0; i < 3; ++i)
        applications.append(applyFor(training, m_talents.at(i)));
    QVERIFY(!applications.contains(0));
    QCOMPARE(m_server->patch(applicationPath(applications[0], u"/status"_s), status(u"accepted"_s),
                             m_owner.token)
                     .status,
             200);
    QVERIFY(applyFor(trainingIn(u"published"_s, m_owner), m_talents.at(4)) > 0); // elsewhere

    const QString path = trainingPath(training, u"/applications"_s);
    const Reply all = m_server->get(path, tokenOf(caller));
    QCOMPARE(all.status, expected);
    if (expected != 200)
        return;
    QCOMPARE(all.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 3);
    QStringList emails;
    for (const QJsonValue &item : all.json().value(u"data"_s).toArray())
        emails.append(item.toObject().value(u"talent"_s).toObject().value(u"email"_s).toString());
    emails.sort();
    QStringList expectedEmails;
    for (int i = 0; i < 3; ++i)
        expectedEmails.append(m_talents.at(i).email.toLower());
    expectedEmails.sort();
    QCOMPARE(emails, expectedEmails);

    const Reply accepted = m_server->get(path + u"?status=accepted"_s, tokenOf(caller));
    QCOMPARE(valuesOf(accepted.json().value(u"data"_s).toArray(), u"id"_s),
             QStringList { QString::number(applications[0]) });
    const Reply page = m_server->get(path + u"?limit=2&page=2"_s, tokenOf(caller));
    QCOMPARE(page.json().value(u"data"_s).toArray().size(), 1);
    QCOMPARE(m_server->get(path + u"?status=maybe"_s, tokenOf(caller)).status, 400);
}

// ---- Reports ----

void TestTrainings::reportsCountApplicantsAndCompletion()
{
    const TestUser company = m_server->createUser(Role::Employer);
    const qint64 busy = trainingIn(u"published"_s, company, { { u"title"_s, u"Busy"_s } });
    const qint64 quiet = trainingIn(u"published"_s, company, { { u"title"_s, u"Quiet"_s } });
    QVERIFY(busy > 0 && quiet > 0);
    // Five applicants: one waits, one is accepted, one rejected, one withdraws after being
    // accepted and one completes. Admitted: three; completed: one.
    QList<qint64> ids;
    QStringList days;
    for (int i = 0; i < 5; ++i) {
        const Reply applied = m_server->post(trainingPath(busy, u"/applications"_s), QJsonObject(),
                                             m_talents.at(i).token);
        QCOMPARE(applied.status, 201);
        ids.append(applied.json().value(u"id"_s).toInteger());
        days.append(applied.json().value(u"created_at"_s).toString().left(10));
    }
    auto move = [&](int who, const QString &to, const QString &token) {
        return m_server
                ->patch(applicationPath(ids[who], u"/status"_s), status(to, u"Reason"_s), token)
                .status;
    };
    QCOMPARE(move(1, u"accepted"_s, company.token), 200);
    QCOMPARE(move(2, u"rejected"_s, company.token), 200);
    QCOMPARE(move(3, u"accepted"_s, company.token), 200);
    QCOMPARE(move(3, u"withdrawn"_s, m_talents.at(3).token), 200);
    QCOMPARE(move(4, u"accepted"_s, company.token), 200);
    QCOMPARE(move(4, u"completed"_s, company.token), 200);

    const Reply reports = m_server->get(u"/api/v1/training-reports"_s, company.token);
    QCOMPARE(reports.status, 200);
    const QJsonArray data = reports.json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2);
    QJsonObject busyReport;
    QJsonObject quietReport;
    for (const QJsonValue &row : data) {
        const qint64 id = row.toObject().value(u"training"_s).toObject().value(u"id"_s).toInteger();
        (id == busy ? busyReport : quietReport) = row.toObject();
    }
    const QList<QPair<QString, qint64>> expected {
        { u"applicants"_s, 5 }, { u"pending"_s, 1 },   { u"accepted"_s, 1 }, { u"rejected"_s, 1 },
        { u"withdrawn"_s, 1 },  { u"completed"_s, 1 }, { u"admitted"_s, 3 },
    };
    for (const auto &[key, value] : expected)
        QCOMPARE(busyReport.value(key).toInteger(), value);
    QCOMPARE(busyReport.value(u"completion_rate"_s).toDouble(), 33.3);
    QCOMPARE(quietReport.value(u"applicants"_s).toInteger(), 0);
    QVERIFY(quietReport.value(u"completion_rate"_s).isNull());
    const QJsonObject summary = reports.json().value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"trainings"_s).toInteger(), 2);
    QCOMPARE(summary.value(u"applicants"_s).toInteger(), 5);
    QCOMPARE(summary.value(u"completion_rate"_s).toDouble(), 33.3);

    const Reply single = m_server->get(u"/api/v1/training-reports/%1"_s.arg(busy), company.token);
    QCOMPARE(single.status, 200);
    for (const auto &[key, value] : expected)
        QCOMPARE(single.json().value(key).toInteger(), value);
    QCOMPARE(single.json().value(u"training"_s).toObject().value(u"title"_s).toString(), u"Busy"_s);
    // Applications per day: the five fall on the day(s) they were made.
    QMap<QString, qint64> perDay;
    for (const QString &day : std::as_const(days))
        ++perDay[day];
    QJsonArray expectedDays;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        expectedDays.append(
                QJsonObject { { u"date"_s, it.key() }, { u"applications"_s, it.value() } });
    QCOMPARE(single.json().value(u"applications_per_day"_s).toArray(), expectedDays);
    QCOMPARE(m_server->get(u"/api/v1/training-reports/%1"_s.arg(quiet), company.token)
                     .json()
                     .value(u"applications_per_day"_s)
                     .toArray(),
             QJsonArray());
}

void TestTrainings::reportsAreForTheCompanysReaders_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("list");
    QTest::addColumn<int>("single");
    QTest::addRow("owner") << u"owner"_s << 200 << 200;
    QTest::addRow("staff with reports.read") << u"publisher"_s << 200 << 200;
    QTest::addRow("staff without it") << u"recruiter"_s << 403 << 403;
    QTest::addRow("another company") << u"other company"_s << 200 << 404;
    QTest::addRow("talent") << u"talent"_s << 403 << 403;
    QTest::addRow("anonymous") << QString() << 401 << 401;
}

void TestTrainings::reportsAreForTheCompanysReaders()
{
    QFETCH(QString, caller);
    QFETCH(int, list);
    QFETCH(int, single);
    const qint64 training = trainingIn(u"draft"_s, m_owner);
    QVERIFY(training > 0);
    const Reply all = m_server->get(u"/api/v1/training-reports?limit=100"_s, tokenOf(caller));
    QCOMPARE(all.status, list);
    if (list == 200) {
        // Each company reads only its own trainings.
        const bool own = caller != u"other company"_s;
        QStringList ids;
        for (const QJsonValue &row : all.json().value(u"data"_s).toArray())
            ids.append(QString::number(
                    row.toObject().value(u"training"_s).toObject().value(u"id"_s).toInteger()));
        QCOMPARE(ids.contains(QString::number(training)), own);
    }
    QCOMPARE(m_server->get(u"/api/v1/training-reports/%1"_s.arg(training), tokenOf(caller)).status,
             single);
}

QTEST_MAIN(TestTrainings)
#include "tst_trainings.moc"
