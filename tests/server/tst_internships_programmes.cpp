// SPDX-License-Identifier: Apache-2.0
// Internship programmes: categories, creating and finding programmes (by id and slug), their
// lifecycle, applications on the shared state machine, mentors and the interns lists.
#include "areas/internships.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestInternshipsProgrammes : public QObject, public InternshipsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    void categoriesAreSeededForEveryone();
    void programmeGetsASlugAndItsCategory();
    void badProgrammesAreRefusedNamingTheField();
    void creatingIsForTheCompanysStaff_data();
    void creatingIsForTheCompanysStaff();
    void programmesAreSeenByWhoMaySeeThem_data();
    void programmesAreSeenByWhoMaySeeThem();
    void programmeMovesThroughItsLifecycle();
    void deletingIsRefusedOnceInternsWereAdmitted();
    void deletingRejectsTheApplicationsStillWaiting();
    void listsShowPublishedOrOwnProgrammes();

    void applicationIsApprovedWithItsHistory();
    void rejectingNeedsAReason();
    void movesBelongToTheirSide();
    void placesLimitTheApprovals();
    void applicationListsByStatusAndSlug();
    void anotherCompanysApplicationIsUnreachable();

    void mentorsArePeopleOfTheCompany();
    void mentorsAreAssignedAndListed();
    void internsAreListedForTheCompanyAndStaff();
};

void TestInternshipsProgrammes::categoriesAreSeededForEveryone()
{
    const Reply categories = m_server->get(u"/api/v1/internship-categories"_s);
    QCOMPARE(categories.status, 200);
    const QSet<QString> names = valueSet(categories.json().value(u"data"_s), u"name"_s);
    QVERIFY(names.contains(u"Software engineering"_s));
    QVERIFY(names.contains(u"Data and analytics"_s));
    const Reply again
            = m_server->post(u"/api/v1/internship-categories/seed"_s, QJsonObject(), m_admin.token);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"added"_s).toInt(), 0); // the server seeded them at start
    QCOMPARE(m_server->post(u"/api/v1/internship-categories/seed"_s, QJsonObject(), m_owner.token)
                     .status,
             403);
    QCOMPARE(m_server->post(u"/api/v1/internship-categories/seed"_s, QJsonObject()).status, 401);
}

void TestInternshipsProgrammes::programmeGetsASlugAndItsCategory()
{
    const QJsonArray categories
            = m_server->get(u"/api/v1/internship-categories"_s).json().value(u"data"_s).toArray();
    const qint64 data
            = findBy(categories, u"name"_s, u"Data and analytics"_s).value(u"id"_s).toInteger();
    QVERIFY(data > 0);
    const QJsonObject body { { u"title"_s, u"Café Data Internship"_s },
                             { u"description"_s, u"Dashboards for the sales team."_s },
                             { u"mode"_s, u"onsite"_s },
                             { u"category_id"_s, data },
                             { u"places"_s, 3 },
                             { u"start_date"_s, u"2027-02-01"_s },
                             { u"end_date"_s, u"2027-05-01"_s } };
    const Reply created = m_server->post(u"/api/v1/internships"_s, body, m_owner.token);
    QCOMPARE(created.status, 201);
    const QJsonObject internship = created.json();
    QCOMPARE(internship.value(u"slug"_s).toString(), u"cafe-data-internship"_s);
    QCOMPARE(internship.value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(internship.value(u"places_left"_s).toInt(), 3);
    QCOMPARE(internship.value(u"category"_s).toObject().value(u"name"_s).toString(),
             u"Data and analytics"_s);
    QCOMPARE(internship.value(u"company"_s).toObject().value(u"id"_s).toInteger(),
             *m_owner.companyId);

    const Reply twin = m_server->post(u"/api/v1/internships"_s, body, m_owner.token);
    QCOMPARE(twin.json().value(u"slug"_s).toString(), u"cafe-data-internship-2"_s);
    const Reply bySlug
            = m_server->get(u"/api/v1/internships/by-slug/cafe-data-internship-2"_s, m_owner.token);
    QCOMPARE(bySlug.status, 200);
    QCOMPARE(bySlug.json().value(u"id"_s), twin.json().value(u"id"_s));
}

void TestInternshipsProgrammes::badProgrammesAreRefusedNamingTheField()
{
    const Reply untitled = m_server->post(
            u"/api/v1/internships"_s,
            QJsonObject { { u"description"_s, u"Something"_s }, { u"mode"_s, u"online"_s } },
            m_owner.token);
    QCOMPARE(untitled.status, 400);
    QVERIFY(namesMessage(untitled, u"title"_s));
    const Reply backwards = m_server->post(u"/api/v1/internships"_s,
                                           QJsonObject { { u"title"_s, u"Backwards dates"_s },
                                                         { u"description"_s, u"Something"_s },
                                                         { u"mode"_s, u"online"_s },
                                                         { u"start_date"_s, u"2027-03-01"_s },
                                                         { u"end_date"_s, u"2027-02-01"_s } },
                                           m_owner.token);
    QCOMPARE(backwards.status, 400);
    QVERIFY(namesMessage(backwards, u"end_date"_s));
    const Reply unknownCategory
            = m_server->post(u"/api/v1/internships"_s,
                             QJsonObject { { u"title"_s, u"Unknown category"_s },
                                           { u"description"_s, u"Something"_s },
                                           { u"mode"_s, u"online"_s },
                                           { u"category_id"_s, 999999 } },
                             m_owner.token);
    QCOMPARE(unknownCategory.status, 400);
    QVERIFY(namesMessage(unknownCategory, u"category_id"_s));
    const Reply badMode = m_server->post(u"/api/v1/internships"_s,
                                         QJsonObject { { u"title"_s, u"Bad mode"_s },
                                                       { u"description"_s, u"Something"_s },
                                                       { u"mode"_s, u"telepathy"_s } },
                                         m_owner.token);
    QCOMPARE(badMode.status, 400);
    QVERIFY(namesMessage(badMode, u"mode"_s));
    const qint64 id = internshipIn(u"draft"_s, m_owner);
    const Reply blanked = m_server->patch(internshipPath(id), QJsonObject { { u"title"_s, u""_s } },
                                          m_owner.token);
    QCOMPARE(blanked.status, 400);
    QVERIFY(namesMessage(blanked, u"title"_s));
    const Reply badPlaces = m_server->patch(internshipPath(id), QJsonObject { { u"places"_s, 0 } },
                                            m_owner.token);
    QCOMPARE(badPlaces.status, 400);
    QVERIFY(namesMessage(badPlaces, u"places"_s));
}

void TestInternshipsProgrammes::creatingIsForTheCompanysStaff_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("owner") << u"owner"_s << 201;
    QTest::addRow("staff with jobs.create") << u"recruiter"_s << 201;
    QTest::addRow("staff without it") << u"chat-only staff"_s << 403;
    QTest::addRow("mentor") << u"mentor"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestInternshipsProgrammes::creatingIsForTheCompanysStaff()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    QCOMPARE(m_server->post(u"/api/v1/internships"_s,
                            QJsonObject { { u"title"_s, uniqueTitle(u"Access"_s) },
                                          { u"description"_s, u"Who may create"_s },
                                          { u"mode"_s, u"online"_s } },
                            tokenOf(caller))
                     .status,
             expected);
}

void TestInternshipsProgrammes::programmesAreSeenByWhoMaySeeThem_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("published, anonymous") << u"published"_s << QString() << 200;
    QTest::addRow("closed, talent") << u"closed"_s << u"talent"_s << 200;
    QTest::addRow("draft, talent") << u"draft"_s << u"talent"_s << 404;
    QTest::addRow("draft, another company") << u"draft"_s << u"other company"_s << 404;
    QTest::addRow("draft, its owner") << u"draft"_s << u"owner"_s << 200;
    QTest::addRow("draft, its mentor") << u"draft"_s << u"mentor"_s << 200;
    QTest::addRow("archived, anonymous") << u"archived"_s << QString() << 404;
    QTest::addRow("draft, admin") << u"draft"_s << u"admin"_s << 200;
}

void TestInternshipsProgrammes::programmesAreSeenByWhoMaySeeThem()
{
    QFETCH(QString, state);
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const qint64 id = internshipIn(state, m_owner);
    QVERIFY(id > 0);
    QCOMPARE(m_server->get(internshipPath(id), tokenOf(caller)).status, expected);
}

void TestInternshipsProgrammes::programmeMovesThroughItsLifecycle()
{
    const qint64 id = internshipIn(u"draft"_s, m_owner);
    QVERIFY(id > 0);
    const Reply skip = m_server->patch(internshipPath(id, u"/status"_s),
                                       QJsonObject { { u"status"_s, u"closed"_s } }, m_owner.token);
    QCOMPARE(skip.status, 422);
    QCOMPARE(skip.message(), u"An internship cannot go from draft to closed"_s);
    QCOMPARE(m_server->patch(internshipPath(id, u"/status"_s),
                             QJsonObject { { u"status"_s, u"published"_s } }, m_otherOwner.token)
                     .status,
             404);
    QCOMPARE(m_server->patch(internshipPath(id, u"/status"_s),
                             QJsonObject { { u"status"_s, u"published"_s } }, m_chatOnly.token)
                     .status,
             403);
    for (const QString &step : { u"published"_s, u"closed"_s, u"published"_s, u"closed"_s }) {
        const Reply moved = m_server->patch(internshipPath(id, u"/status"_s),
                                            QJsonObject { { u"status"_s, step } }, m_owner.token);
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json().value(u"status"_s).toString(), step);
    }
    const Reply edited = m_server->patch(internshipPath(id),
                                         QJsonObject { { u"location"_s, u"Yaba, Lagos"_s } },
                                         m_recruiter.token);
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value(u"location"_s).toString(), u"Yaba, Lagos"_s);
    QCOMPARE(m_server->patch(internshipPath(id), QJsonObject { { u"title"_s, u"Theirs now"_s } },
                             m_otherOwner.token)
                     .status,
             404);
    QCOMPARE(m_server->patch(internshipPath(id, u"/status"_s),
                             QJsonObject { { u"status"_s, u"archived"_s } }, m_owner.token)
                     .status,
             200);
    const Reply frozen = m_server->patch(internshipPath(id),
                                         QJsonObject { { u"title"_s, u"Late"_s } }, m_owner.token);
    QCOMPARE(frozen.status, 422);
}

void TestInternshipsProgrammes::deletingIsRefusedOnceInternsWereAdmitted()
{
    const qint64 draft = internshipIn(u"draft"_s, m_owner);
    QCOMPARE(m_server->del(internshipPath(draft), m_otherOwner.token).status, 404);
    QCOMPARE(m_server->del(internshipPath(draft), m_talent.token).status, 403);
    QCOMPARE(m_server->del(internshipPath(draft)).status, 401);
    QCOMPARE(m_server->del(internshipPath(draft), m_owner.token).status, 204);
    QCOMPARE(m_server->get(internshipPath(draft), m_owner.token).status, 404);

    const qint64 running = internshipIn(u"published"_s, m_owner);
    QVERIFY(internOf(running, m_talents.at(0)) > 0);
    const Reply refused = m_server->del(internshipPath(running), m_owner.token);
    QCOMPARE(refused.status, 422);
    QCOMPARE(m_server->get(internshipPath(running)).status, 200);
}

void TestInternshipsProgrammes::deletingRejectsTheApplicationsStillWaiting()
{
    const qint64 internship = internshipIn(u"published"_s, m_owner);
    const QList<TestUser> waiting { m_server->createUser(Role::Talent),
                                    m_server->createUser(Role::Talent) };
    QList<qint64> applications;
    for (const TestUser &talent : waiting)
        applications.append(applyFor(internship, talent));
    QVERIFY(applications.at(0) > 0 && applications.at(1) > 0);

    QCOMPARE(m_server->del(internshipPath(internship), m_owner.token).status, 204);
    // No talent is left waiting on an internship that is gone: each is rejected, and told why
    // once.
    for (qsizetype i = 0; i < waiting.size(); ++i) {
        const Reply mine
                = m_server->get(internshipApplicationPath(applications.at(i)), waiting.at(i).token);
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json().value(u"status"_s).toString(), u"rejected"_s);
        const QJsonArray told = m_server->get(u"/api/v1/notifications"_s, waiting.at(i).token)
                                        .json()
                                        .value(u"data"_s)
                                        .toArray();
        QCOMPARE(told.size(), 1);
        const QJsonObject note = told.at(0).toObject();
        QCOMPARE(note.value(u"title"_s).toString(), u"Internship application not successful"_s);
        QVERIFY2(note.value(u"body"_s).toString().contains(u"withdrew the internship"_s),
                 qPrintable(note.value(u"body"_s).toString()));
        QCOMPARE(note.value(u"data"_s).toObject().value(u"internship_application_id"_s).toInteger(),
                 applications.at(i));
    }
}

void TestInternshipsProgrammes::listsShowPublishedOrOwnProgrammes()
{
    const QString marker = uniqueTitle(u"Zanzibar listing"_s);
    const qint64 published = internshipIn(u"published"_s, m_owner, { { u"title"_s, marker } });
    const qint64 draft
            = internshipIn(u"draft"_s, m_owner, { { u"title"_s, marker + u" draft"_s } });
    QVERIFY(published > 0 && draft > 0);
    const Reply publicList = m_server->get(u"/api/v1/internships?q="_s + percent(u"Zanzibar"_s));
    QCOMPARE(publicList.status, 200);
    QCOMPARE(valueSet(publicList.json().value(u"data"_s), u"id"_s),
             QSet<QString> { QString::number(published) });
    const Reply mine = m_server->get(u"/api/v1/employers/me/internships?q=Zanzibar&status=draft"_s,
                                     m_owner.token);
    QCOMPARE(mine.status, 200);
    QCOMPARE(valueSet(mine.json().value(u"data"_s), u"id"_s),
             QSet<QString> { QString::number(draft) });
    QCOMPARE(m_server->get(u"/api/v1/employers/me/internships?q=Zanzibar"_s, m_otherOwner.token)
                     .json()
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInt(),
             0);
    QCOMPARE(m_server->get(u"/api/v1/employers/me/internships"_s, m_talent.token).status, 403);
    const Reply badStatus
            = m_server->get(u"/api/v1/employers/me/internships?status=sleeping"_s, m_owner.token);
    QCOMPARE(badStatus.status, 400);
    QVERIFY(namesMessage(badStatus, u"status"_s));
}

void TestInternshipsProgrammes::applicationIsApprovedWithItsHistory()
{
    const qint64 internship = internshipIn(u"published"_s, m_owner);
    const Reply applied
            = m_server->post(internshipPath(internship, u"/applications"_s),
                             QJsonObject { { u"motivation"_s, u"I love APIs"_s } }, m_talent.token);
    QCOMPARE(applied.status, 201);
    const qint64 id = applied.json().value(u"id"_s).toInteger();
    QCOMPARE(applied.json().value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(m_server->post(internshipPath(internship, u"/applications"_s), QJsonObject(),
                            m_talent.token)
                     .status,
             409);

    const Reply approved = m_server->post(internshipApplicationPath(id, u"/approve"_s),
                                          QJsonObject(), m_recruiter.token);
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json().value(u"status"_s).toString(), u"approved"_s);
    const QJsonArray events = approved.json().value(u"events"_s).toArray();
    QCOMPARE(valuesOf(events, u"to_status"_s), (QStringList { u"applied"_s, u"approved"_s }));
    QCOMPARE(events.at(1).toObject().value(u"actor"_s).toObject().value(u"id"_s).toInteger(),
             m_recruiter.id);
    const QJsonArray notifications = m_server->get(u"/api/v1/notifications"_s, m_talent.token)
                                             .json()
                                             .value(u"data"_s)
                                             .toArray();
    QVERIFY(valuesOf(notifications, u"title"_s).contains(u"Internship application approved"_s));

    const Reply completed
            = m_server->patch(internshipApplicationPath(id, u"/status"_s),
                              QJsonObject { { u"status"_s, u"completed"_s } }, m_owner.token);
    QCOMPARE(completed.status, 200);
    QVERIFY(!completed.json().value(u"completed_at"_s).isNull());
    const Reply again = m_server->post(internshipApplicationPath(id, u"/approve"_s), QJsonObject(),
                                       m_owner.token);
    QCOMPARE(again.status, 422);
    QCOMPARE(again.message(), u"An application cannot go from completed to approved"_s);
}

void TestInternshipsProgrammes::rejectingNeedsAReason()
{
    const qint64 id = applyFor(internshipIn(u"published"_s, m_owner), m_talents.at(1));
    QVERIFY(id > 0);
    const Reply silent = m_server->post(internshipApplicationPath(id, u"/reject"_s), QJsonObject(),
                                        m_owner.token);
    QCOMPARE(silent.status, 400);
    QVERIFY(namesMessage(silent, u"reason"_s));
    const Reply rejected = m_server->post(
            internshipApplicationPath(id, u"/reject"_s),
            QJsonObject { { u"reason"_s, u"We need Go experience"_s } }, m_owner.token);
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.json().value(u"decided_reason"_s).toString(), u"We need Go experience"_s);
}

void TestInternshipsProgrammes::movesBelongToTheirSide()
{
    const qint64 internship = internshipIn(u"published"_s, m_owner);
    const qint64 id = applyFor(internship, m_otherTalent);
    QVERIFY(id > 0);
    QCOMPARE(m_server->post(internshipApplicationPath(id, u"/approve"_s), QJsonObject(),
                            m_otherTalent.token)
                     .status,
             403);
    const Reply companyWithdraws
            = m_server->patch(internshipApplicationPath(id, u"/status"_s),
                              QJsonObject { { u"status"_s, u"withdrawn"_s } }, m_owner.token);
    QCOMPARE(companyWithdraws.status, 403);
    const Reply talentApproves
            = m_server->patch(internshipApplicationPath(id, u"/status"_s),
                              QJsonObject { { u"status"_s, u"approved"_s } }, m_otherTalent.token);
    QCOMPARE(talentApproves.status, 403);
    QCOMPARE(m_server->post(internshipApplicationPath(id, u"/approve"_s), QJsonObject(),
                            m_chatOnly.token)
                     .status,
             403);
    const Reply withdrawn
            = m_server->patch(internshipApplicationPath(id, u"/status"_s),
                              QJsonObject { { u"status"_s, u"withdrawn"_s } }, m_otherTalent.token);
    QCOMPARE(withdrawn.status, 200);
    QCOMPARE(withdrawn.json().value(u"status"_s).toString(), u"withdrawn"_s);
    // Applying again renews the same application, its history going on.
    const Reply again = m_server->post(internshipPath(internship, u"/applications"_s),
                                       QJsonObject(), m_otherTalent.token);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json().value(u"id"_s).toInteger(), id);
    QCOMPARE(valuesOf(again.json().value(u"events"_s), u"to_status"_s),
             (QStringList { u"applied"_s, u"withdrawn"_s, u"applied"_s }));
    QCOMPARE(m_server->post(internshipPath(internship, u"/applications"_s), QJsonObject(),
                            m_otherTalent.token)
                     .status,
             409);
}

void TestInternshipsProgrammes::placesLimitTheApprovals()
{
    const qint64 internship = internshipIn(u"published"_s, m_owner, { { u"places"_s, 1 } });
    QVERIFY(internOf(internship, m_talents.at(2)) > 0);
    const qint64 second = applyFor(internship, m_talents.at(3));
    const Reply full = m_server->post(internshipApplicationPath(second, u"/approve"_s),
                                      QJsonObject(), m_owner.token);
    QCOMPARE(full.status, 422);
    QCOMPARE(full.message(), u"The internship is full: all 1 places are taken"_s);
    QCOMPARE(m_server->get(internshipPath(internship)).json().value(u"places_left"_s).toInt(), 0);

    // Two admitted: the places cannot go below them.
    const qint64 roomier = internshipIn(u"published"_s, m_owner, { { u"places"_s, 3 } });
    QVERIFY(internOf(roomier, m_talents.at(2)) > 0 && internOf(roomier, m_talents.at(3)) > 0);
    const Reply cut = m_server->patch(internshipPath(roomier), QJsonObject { { u"places"_s, 1 } },
                                      m_owner.token);
    QCOMPARE(cut.status, 422);
    QCOMPARE(cut.message(), u"places cannot be below the 2 intern(s) already admitted"_s);
    QCOMPARE(m_server->patch(internshipPath(roomier), QJsonObject { { u"places"_s, 2 } },
                             m_owner.token)
                     .status,
             200);
}

void TestInternshipsProgrammes::applicationListsByStatusAndSlug()
{
    const QJsonObject created = createInternship(m_owner);
    const qint64 internship = created.value(u"id"_s).toInteger();
    const QString slug = created.value(u"slug"_s).toString();
    QVERIFY(m_server->patch(internshipPath(internship, u"/status"_s),
                            QJsonObject { { u"status"_s, u"published"_s } }, m_owner.token)
                    .status
            == 200);
    const Reply before
            = m_server->get(internshipPath(internship, u"/application-status"_s), m_talent.token);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.json().value(u"applied"_s).toBool(), false);
    const qint64 approved = internOf(internship, m_talent);
    const qint64 pending = applyFor(internship, m_otherTalent);
    QVERIFY(approved > 0 && pending > 0);
    const Reply after
            = m_server->get(internshipPath(internship, u"/application-status"_s), m_talent.token);
    QCOMPARE(after.json().value(u"status"_s).toString(), u"approved"_s);

    const Reply bySlug = m_server->get(
            u"/api/v1/internships/by-slug/%1/applications?status=applied"_s.arg(slug),
            m_recruiter.token);
    QCOMPARE(bySlug.status, 200);
    QCOMPARE(valuesOf(bySlug.json().value(u"data"_s), u"id"_s),
             QStringList { QString::number(pending) });
    const Reply byId = m_server->get(internshipPath(internship, u"/applications"_s), m_owner.token);
    QCOMPARE(byId.json().value(u"meta"_s).toObject().value(u"total"_s).toInt(), 2);
    QCOMPARE(
            m_server->get(internshipPath(internship, u"/applications"_s), m_otherOwner.token).status,
            404);
    QCOMPARE(m_server->get(internshipPath(internship, u"/applications"_s), m_chatOnly.token).status,
             403);

    const Reply mine = m_server->get(
            u"/api/v1/talents/me/internship-applications?status=approved"_s, m_talent.token);
    QCOMPARE(mine.status, 200);
    QVERIFY(valuesOf(mine.json().value(u"data"_s), u"id"_s).contains(QString::number(approved)));
    QVERIFY(!valuesOf(mine.json().value(u"data"_s), u"id"_s).contains(QString::number(pending)));
    const Reply badStatus = m_server->get(
            u"/api/v1/talents/me/internship-applications?status=hired"_s, m_talent.token);
    QCOMPARE(badStatus.status, 400);
    QVERIFY(namesMessage(badStatus, u"status"_s));
    QCOMPARE(m_server->get(u"/api/v1/talents/me/internship-applications"_s).status, 401);
}

void TestInternshipsProgrammes::anotherCompanysApplicationIsUnreachable()
{
    const qint64 id = applyFor(internshipIn(u"published"_s, m_owner), m_talents.at(0));
    QVERIFY(id > 0);
    QCOMPARE(m_server->post(internshipApplicationPath(id, u"/approve"_s), QJsonObject(),
                            m_otherOwner.token)
                     .status,
             404);
    QCOMPARE(m_server->get(internshipApplicationPath(id), m_otherOwner.token).status, 404);
    QCOMPARE(m_server->get(internshipApplicationPath(id), m_otherTalent.token).status, 404);
    QCOMPARE(m_server->get(internshipApplicationPath(id), m_talents.at(0).token).status, 200);
    QCOMPARE(m_server->get(internshipApplicationPath(id), m_owner.token).status, 200);
}

void TestInternshipsProgrammes::mentorsArePeopleOfTheCompany()
{
    const Reply staffMentor = m_server->post(
            u"/api/v1/internship-mentors"_s,
            QJsonObject { { u"user_id"_s, m_recruiter.id }, { u"expertise"_s, u"Hiring"_s } },
            m_owner.token);
    QCOMPARE(staffMentor.status, 201);
    QCOMPARE(staffMentor.json().value(u"person"_s).toObject().value(u"id"_s).toInteger(),
             m_recruiter.id);
    const Reply twice
            = m_server->post(u"/api/v1/internship-mentors"_s,
                             QJsonObject { { u"user_id"_s, m_recruiter.id } }, m_owner.token);
    QCOMPARE(twice.status, 409);
    const Reply outsider
            = m_server->post(u"/api/v1/internship-mentors"_s,
                             QJsonObject { { u"user_id"_s, m_otherOwner.id } }, m_owner.token);
    QCOMPARE(outsider.status, 400);
    QVERIFY(namesMessage(outsider, u"user_id"_s));
    const Reply nameless = m_server->post(
            u"/api/v1/internship-mentors"_s,
            QJsonObject { { u"email"_s, u"nameless@test.worknation.test"_s } }, m_owner.token);
    QCOMPARE(nameless.status, 400);
    QVERIFY(namesMessage(nameless, u"first_name"_s));
    const Reply badEmail
            = m_server->post(u"/api/v1/internship-mentors"_s,
                             QJsonObject { { u"email"_s, u"not-an-address"_s } }, m_owner.token);
    QCOMPARE(badEmail.status, 400);
    QVERIFY(namesMessage(badEmail, u"email"_s));
    QCOMPARE(m_server->post(u"/api/v1/internship-mentors"_s,
                            QJsonObject { { u"user_id"_s, m_recruiter.id } }, m_recruiter.token)
                     .status,
             403); // company.staff.manage
    QCOMPARE(m_server->post(u"/api/v1/internship-mentors"_s, QJsonObject()).status, 401);

    // A mentor account is the company's: it logs in and acts for it.
    const Reply me = m_server->get(u"/api/v1/auth/me"_s, m_mentor.user.token);
    QCOMPARE(me.json().value(u"role"_s).toString(), u"mentor"_s);

    const qint64 removable = staffMentor.json().value(u"id"_s).toInteger();
    QCOMPARE(m_server->del(u"/api/v1/internship-mentors/%1"_s.arg(removable), m_otherOwner.token)
                     .status,
             404);
    QCOMPARE(m_server->del(u"/api/v1/internship-mentors/%1"_s.arg(removable), m_owner.token).status,
             204);
}

void TestInternshipsProgrammes::mentorsAreAssignedAndListed()
{
    const qint64 internship = internshipIn(u"published"_s, m_owner);
    QVERIFY(assign(internship, m_mentor, m_owner));
    const Reply twice
            = m_server->post(internshipPath(internship, u"/mentors"_s),
                             QJsonObject { { u"mentor_id"_s, m_mentor.id } }, m_owner.token);
    QCOMPARE(twice.status, 409);
    const Reply foreign
            = m_server->post(internshipPath(internship, u"/mentors"_s),
                             QJsonObject { { u"mentor_id"_s, m_otherMentor.id } }, m_owner.token);
    QCOMPARE(foreign.status, 400);
    QVERIFY(namesMessage(foreign, u"mentor_id"_s));
    QCOMPARE(m_server->post(internshipPath(internship, u"/mentors"_s),
                            QJsonObject { { u"mentor_id"_s, m_otherMentor.id } }, m_otherOwner.token)
                     .status,
             404);

    const Reply ours = m_server->get(
            u"/api/v1/employers/me/internship-mentors?internship_id=%1"_s.arg(internship),
            m_owner.token);
    QCOMPARE(ours.status, 200);
    QCOMPARE(valuesOf(ours.json().value(u"data"_s), u"id"_s),
             QStringList { QString::number(m_mentor.id) });
    const Reply all = m_server->get(
            u"/api/v1/internship-mentors?company_id=%1"_s.arg(*m_otherOwner.companyId),
            m_admin.token);
    QCOMPARE(all.status, 200);
    QVERIFY(valuesOf(all.json().value(u"data"_s), u"id"_s)
                    .contains(QString::number(m_otherMentor.id)));
    QCOMPARE(m_server->get(u"/api/v1/internship-mentors"_s, m_owner.token).status, 403);

    const Reply assigned = m_server->get(u"/api/v1/mentors/me/internships"_s, m_mentor.user.token);
    QCOMPARE(assigned.status, 200);
    QVERIFY(valuesOf(assigned.json().value(u"data"_s), u"id"_s)
                    .contains(QString::number(internship)));
    QCOMPARE(m_server->get(u"/api/v1/mentors/me/internships"_s, m_otherMentor.user.token)
                     .json()
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInt(),
             0);
    QCOMPARE(m_server->get(u"/api/v1/mentors/me/internships"_s, m_talent.token).status, 403);
}

void TestInternshipsProgrammes::internsAreListedForTheCompanyAndStaff()
{
    const qint64 internship = internshipIn(u"published"_s, m_owner);
    const qint64 application = internOf(internship, m_otherTalent);
    QVERIFY(application > 0);
    const Reply ours = m_server->get(
            u"/api/v1/employers/me/interns?internship_id=%1"_s.arg(internship), m_owner.token);
    QCOMPARE(ours.status, 200);
    const QJsonArray interns = ours.json().value(u"data"_s).toArray();
    QCOMPARE(interns.size(), 1);
    QCOMPARE(interns.at(0).toObject().value(u"talent"_s).toObject().value(u"id"_s).toInteger(),
             m_otherTalent.id);
    const Reply staffView = m_server->get(
            u"/api/v1/employers/%1/interns?internship_id=%2"_s.arg(*m_owner.companyId)
                    .arg(internship),
            m_admin.token);
    QCOMPARE(staffView.status, 200);
    QCOMPARE(staffView.json().value(u"data"_s).toArray().size(), 1);
    QCOMPARE(m_server->get(u"/api/v1/employers/%1/interns"_s.arg(*m_owner.companyId),
                           m_otherOwner.token)
                     .status,
             403);
    QCOMPARE(m_server->get(u"/api/v1/employers/me/interns?internship_id=%1"_s.arg(internship),
                           m_otherOwner.token)
                     .json()
                     .value(u"data"_s)
                     .toArray()
                     .size(),
             0);
    QCOMPARE(m_server->get(u"/api/v1/employers/me/interns"_s, m_chatOnly.token).status, 403);
}

QTEST_MAIN(TestInternshipsProgrammes)
#include "tst_internships_programmes.moc"
