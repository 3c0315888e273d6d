// SPDX-License-Identifier: Apache-2.0
// Talents' applications for trainings: applying, the state machine with its history and who may
// move it, the lists on both sides, and the companies' training reports.
#include "areas/trainings.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestTrainingsApplications : public QObject, public TrainingsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // Applications
    void talentAppliesOnceOnly();
    void aWithdrawnApplicationCanBeSentAgain();
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
};

// ---- Applications ----

void TestTrainingsApplications::talentAppliesOnceOnly()
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

void TestTrainingsApplications::aWithdrawnApplicationCanBeSentAgain()
{
    const qint64 training = trainingIn(u"published"_s, m_owner, { { u"capacity"_s, 1 } });
    QVERIFY(training > 0);
    const TestUser &talent = m_talents.at(0);
    const qint64 id = applyFor(training, talent);
    QCOMPARE(m_server->patch(applicationPath(id, u"/status"_s),
                             status(u"withdrawn"_s, u"Exams that week"_s), talent.token)
                     .status,
             200);

    // The exams moved: the talent applies again, and the same application goes on.
    const Reply renewed = m_server->post(trainingPath(training, u"/applications"_s),
                                         QJsonObject { { u"motivation"_s, u"Free after all"_s } },
                                         talent.token);
    QCOMPARE(renewed.status, 201);
    QCOMPARE(renewed.json().value(u"id"_s).toInteger(), id);
    QCOMPARE(renewed.json().value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(renewed.json().value(u"motivation"_s).toString(), u"Free after all"_s);
    QVERIFY(renewed.json()
                    .value(u"decided_reason"_s)
                    .isNull()); // the withdrawal's reason went with it
    const QJsonArray events = renewed.json().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(2).toObject().value(u"from_status"_s).toString(), u"withdrawn"_s);
    QCOMPARE(events.at(2).toObject().value(u"to_status"_s).toString(), u"applied"_s);
    QCOMPARE(m_server->post(trainingPath(training, u"/applications"_s), QJsonObject(), talent.token)
                     .status,
             409);

    // Renewing meets the same rules as applying: here, the only seat went meanwhile.
    QCOMPARE(m_server->patch(applicationPath(id, u"/status"_s), status(u"withdrawn"_s), talent.token)
                     .status,
             200);
    const qint64 other = applyFor(training, m_talents.at(1));
    QCOMPARE(m_server->patch(applicationPath(other, u"/status"_s), status(u"accepted"_s),
                             m_owner.token)
                     .status,
             200);
    const Reply full = m_server->post(trainingPath(training, u"/applications"_s), QJsonObject(),
                                      talent.token);
    QCOMPARE(full.status, 422);
    QCOMPARE(full.message(), u"This training is full: all 1 seats are taken"_s);
}

void TestTrainingsApplications::applyingIsForTalentsOnVisibleTrainings_data()
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

void TestTrainingsApplications::applyingIsForTalentsOnVisibleTrainings()
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

void TestTrainingsApplications::applyingNeedsAnOpenTrainingBeforeItsDeadline()
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

void TestTrainingsApplications::acceptedApplicationsFillTheCapacity()
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

void TestTrainingsApplications::applicationIsAcceptedThenCompletedWithItsHistory()
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

void TestTrainingsApplications::rejectingNeedsAReasonAndNotifiesTheTalent()
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

void TestTrainingsApplications::onlyTheTalentWithdraws_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("applied, by the talent") << u"applied"_s << u"talent"_s << 200;
    QTest::addRow("accepted, by the talent") << u"accepted"_s << u"talent"_s << 200;
    QTest::addRow("by the company") << u"applied"_s << u"owner"_s << 403;
    QTest::addRow("by another talent") << u"applied"_s << u"other talent"_s << 404;
}

void TestTrainingsApplications::onlyTheTalentWithdraws()
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

void TestTrainingsApplications::forbiddenApplicationTransitionsAreRefused_data()
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

void TestTrainingsApplications::forbiddenApplicationTransitionsAreRefused()
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

void TestTrainingsApplications::decisionsNeedTheCompanysPermission_data()
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

void TestTrainingsApplications::decisionsNeedTheCompanysPermission()
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

void TestTrainingsApplications::concurrentChangesKeepAnUnbrokenHistory()
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

void TestTrainingsApplications::talentListsAppliedAndNotAppliedTrainings()
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

void TestTrainingsApplications::talentChecksTheirStatusForATraining_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("status");
    QTest::addRow("applicant") << u"talent"_s << 200 << u"accepted"_s;
    QTest::addRow("talent who did not apply") << u"other talent"_s << 200 << QString();
    QTest::addRow("employer") << u"owner"_s << 403 << QString();
    QTest::addRow("anonymous") << QString() << 401 << QString();
}

void TestTrainingsApplications::talentChecksTheirStatusForATraining()
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

void TestTrainingsApplications::applicationIsReadByItsTalentAndCompany_data()
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

void TestTrainingsApplications::applicationIsReadByItsTalentAndCompany()
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

void TestTrainingsApplications::companyListsTheApplicantsOfItsTraining_data()
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

void TestTrainingsApplications::companyListsTheApplicantsOfItsTraining()
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

void TestTrainingsApplications::reportsCountApplicantsAndCompletion()
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

void TestTrainingsApplications::reportsAreForTheCompanysReaders_data()
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

void TestTrainingsApplications::reportsAreForTheCompanysReaders()
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

QTEST_MAIN(TestTrainingsApplications)
#include "tst_trainings_applications.moc"
