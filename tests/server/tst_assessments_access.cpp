// SPDX-License-Identifier: Apache-2.0
// The engine's rules around attempts and who sees what: the server's clock, one attempt at a
// time, one result per attempt, retakes, bad input, and the results and reports each role and
// company may read.
#include "areas/assessments.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestAssessmentsAccess : public QObject, public AssessmentsAccessFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpWithApplicantResult(); }
    void cleanupTestCase() { m_server.reset(); }

    void inactiveQuestionsAreNotDrawn();
    void answersAfterTheDeadlineAreRefused();
    void oneAttemptAtATimeAndItResumes();
    void simultaneousSubmissionsGiveOneResult();
    void retakesWaitForTheCoolOff();
    void answerInputIsChecked();
    void resultsAreSeenByTheTalentStaffAndApplicantsCompanies_data();
    void resultsAreSeenByTheTalentStaffAndApplicantsCompanies();
    void listsAndReportsKeepToTheCompanysApplicants();
    void anotherCompanysBankAndADraftRevealNothing();
    void rolesAndSkills();
    void anonymousCallsAreRefused_data();
    void anonymousCallsAreRefused();
    void wrongRolesAreRefused_data();
    void wrongRolesAreRefused();
};

void TestAssessmentsAccess::inactiveQuestionsAreNotDrawn()
{
    const qint64 bank
            = smallBank(u"Pool"_s, 4, { { u"question_count"_s, 3 }, { u"retake_days"_s, 0 } });
    const QHash<QString, QJsonObject> questions = bankByText(QString::number(bank));
    const qint64 dropped = questions.value(u"Pool statement 4"_s).value(u"id"_s).toInteger();
    QCOMPARE(m_server->patch(u"/api/v1/assessments/%1/questions/status"_s.arg(bank),
                             QJsonObject { { u"question_ids"_s, QJsonArray { dropped } },
                                           { u"active"_s, false } },
                             m_admin.token)
                     .status,
             200);
    // Three drawn from the three active ones, whatever their order.
    const Reply started = start(m_otherTalent, QString::number(bank));
    QCOMPARE(started.status, 201);
    const QJsonArray drawn = started.json().value(u"questions"_s).toArray();
    QCOMPARE(drawn.size(), 3);
    QVERIFY(!valueSet(drawn, u"id"_s).contains(QString::number(dropped)));
    // A taker sees no key.
    QVERIFY(!drawn.at(0).toObject().contains(u"reverse_keyed"_s));
    QVERIFY(!drawn.at(0).toObject().contains(u"category"_s));
}

void TestAssessmentsAccess::answersAfterTheDeadlineAreRefused()
{
    const qint64 bank = smallBank(u"Timed"_s, 2,
                                  { { u"time_limit_seconds"_s, 600 }, { u"retake_days"_s, 0 } });
    const Reply started = start(m_otherTalent, QString::number(bank));
    QCOMPARE(started.status, 201);
    const QJsonObject attempt = started.json();
    const qint64 id = attempt.value(u"id"_s).toInteger();
    QVERIFY(!attempt.value(u"deadline_at"_s).toString().isEmpty());
    QVERIFY(attempt.value(u"seconds_left"_s).toInt() > 500);
    const QJsonArray questions = attempt.value(u"questions"_s).toArray();
    auto answerPath = [id](const QJsonValue &question) {
        return u"/api/v1/assessment-attempts/%1/answers/%2"_s.arg(id).arg(
                question.toObject().value(u"id"_s).toInteger());
    };
    QCOMPARE(m_server->put(answerPath(questions.at(0)), QJsonObject { { u"rating"_s, 5 } },
                           m_otherTalent.token)
                     .status,
             200);

    // The deadline passes.
    setAttemptTime(id, u"deadline_at"_s, u"2001-01-01T00:00:00.000Z"_s);
    const Reply late = m_server->put(answerPath(questions.at(1)),
                                     QJsonObject { { u"rating"_s, 5 } }, m_otherTalent.token);
    QCOMPARE(late.status, 409);
    QVERIFY2(late.message().contains(u"ran out"_s), qPrintable(late.message()));
    const Reply changed = m_server->put(answerPath(questions.at(0)),
                                        QJsonObject { { u"rating"_s, 1 } }, m_otherTalent.token);
    QCOMPARE(changed.status, 409);
    const QJsonObject after
            = m_server->get(u"/api/v1/assessment-attempts/%1"_s.arg(id), m_otherTalent.token).json();
    QCOMPARE(after.value(u"time_up"_s).toBool(), true);
    QVERIFY(after.value(u"seconds_left"_s).isNull() || after.value(u"seconds_left"_s).toInt() == 0);

    // What was answered in time is the result: one item rated 5 (100 %).
    const Reply submitted = submit(m_otherTalent, id);
    QCOMPARE(submitted.status, 200);
    QCOMPARE(submitted.json().value(u"total"_s).toObject().value(u"answered"_s).toInt(), 1);
    QCOMPARE(submitted.json().value(u"percent"_s).toDouble(), 100.0);

    // An attempt left open past its deadline is submitted when its talent starts again.
    const Reply second = start(m_otherTalent, QString::number(bank));
    QCOMPARE(second.status, 201);
    const qint64 secondId = second.json().value(u"id"_s).toInteger();
    setAttemptTime(secondId, u"deadline_at"_s, u"2001-01-01T00:00:00.000Z"_s);
    const Reply third = start(m_otherTalent, QString::number(bank));
    QCOMPARE(third.status, 201);
    QVERIFY(third.json().value(u"id"_s).toInteger() != secondId);
    QCOMPARE(m_server->get(u"/api/v1/assessment-attempts/%1"_s.arg(secondId), m_otherTalent.token)
                     .json()
                     .value(u"status"_s)
                     .toString(),
             u"submitted"_s);

    // On a bank taken once, starting again is refused, and the expired attempt still scores.
    const qint64 once = smallBank(u"Once only"_s, 2, { { u"retake_days"_s, QJsonValue() } });
    QVERIFY(once > 0);
    const Reply only = start(m_otherTalent, QString::number(once));
    QCOMPARE(only.status, 201);
    const qint64 onlyId = only.json().value(u"id"_s).toInteger();
    setAttemptTime(onlyId, u"deadline_at"_s, u"2001-01-01T00:00:00.000Z"_s);
    const Reply again = start(m_otherTalent, QString::number(once));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.message(), u"You have already taken this assessment"_s);
    QCOMPARE(m_server->get(u"/api/v1/assessment-attempts/%1"_s.arg(onlyId), m_otherTalent.token)
                     .json()
                     .value(u"status"_s)
                     .toString(),
             u"submitted"_s);
}

void TestAssessmentsAccess::oneAttemptAtATimeAndItResumes()
{
    const qint64 bank = smallBank(u"Resume"_s, 3, { { u"retake_days"_s, 0 } });
    const Reply first = start(m_otherTalent, QString::number(bank));
    QCOMPARE(first.status, 201);
    const qint64 id = first.json().value(u"id"_s).toInteger();
    const QJsonObject question = first.json().value(u"questions"_s).toArray().at(1).toObject();
    QCOMPARE(m_server->put(u"/api/v1/assessment-attempts/%1/answers/%2"_s.arg(id).arg(
                                   question.value(u"id"_s).toInteger()),
                           QJsonObject { { u"rating"_s, 2 } }, m_otherTalent.token)
                     .status,
             200);

    // Starting again resumes the same attempt, in the same order, with the saved answer.
    const Reply again = start(m_otherTalent, QString::number(bank));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"id"_s).toInteger(), id);
    QCOMPARE(valuesOf(again.json().value(u"questions"_s), u"id"_s),
             valuesOf(first.json().value(u"questions"_s), u"id"_s));
    QCOMPARE(again.json().value(u"answered"_s).toInt(), 1);
    const QJsonObject resumed
            = m_server->get(u"/api/v1/assessment-attempts/%1"_s.arg(id), m_otherTalent.token).json();
    QCOMPARE(resumed.value(u"questions"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"answer"_s)
                     .toObject()
                     .value(u"rating"_s)
                     .toInt(),
             2);
    const Reply taken
            = m_server->get(u"/api/v1/assessments/%1/taken"_s.arg(bank), m_otherTalent.token);
    QCOMPARE(taken.json().value(u"taken"_s).toBool(), false);
    QCOMPARE(taken.json().value(u"open_attempt_id"_s).toInteger(), id);
    // Nobody else reaches it.
    QCOMPARE(m_server->get(u"/api/v1/assessment-attempts/%1"_s.arg(id), m_talent.token).status, 404);
    QCOMPARE(submit(m_talent, id).status, 404);
    QCOMPARE(submit(m_otherTalent, id).status, 200);
}

void TestAssessmentsAccess::simultaneousSubmissionsGiveOneResult()
{
    const qint64 bank = smallBank(u"Race"_s, 2, { { u"retake_days"_s, 0 } });
    const Reply started = start(m_otherTalent, QString::number(bank));
    QCOMPARE(started.status, 201);
    const qint64 id = started.json().value(u"id"_s).toInteger();
    answerEach(m_otherTalent, started.json(), [](const QJsonObject &) {
        return QJsonObject { { u"rating"_s, 3 } };
    });

    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 2; ++i) {
        QNetworkRequest request(
                QUrl(m_server->baseUrl() + u"/api/v1/assessment-attempts/%1/submit"_s.arg(id)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_otherTalent.token.toLatin1());
        replies.append(network.post(request, QByteArray("{}")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(replies.at(0)->isFinished() && replies.at(1)->isFinished(), 30000);
    QList<qint64> results;
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        results.append(
                QJsonDocument::fromJson(reply->readAll()).object().value(u"id"_s).toInteger());
        reply->deleteLater();
    }
    QCOMPARE(results.at(0), results.at(1));
    QCOMPARE(Sql(m_server->context().db(),
                 u"SELECT COUNT(*) FROM assessment_results WHERE attempt_id = :id"_s)
                     .bind(u":id"_s, id)
                     .scalar()
                     .toInt(),
             1);
    // A later submission answers the same result; the seed door finds no open attempt.
    QCOMPARE(submit(m_otherTalent, id).json().value(u"id"_s).toInteger(), results.at(0));
    QCOMPARE(m_server->post(u"/api/v1/assessments/%1/submissions"_s.arg(bank), QJsonObject {},
                            m_otherTalent.token)
                     .status,
             409);
}

void TestAssessmentsAccess::retakesWaitForTheCoolOff()
{
    const qint64 bank = smallBank(u"Cool-off"_s, 1, { { u"retake_days"_s, 30 } });
    const QString instrument = QString::number(bank);
    const QJsonObject result = takeTest(m_otherTalent, instrument, [](const QJsonObject &) {
        return QJsonObject { { u"rating"_s, 4 } };
    });
    QVERIFY(!result.isEmpty());
    const Reply refused = start(m_otherTalent, instrument);
    QCOMPARE(refused.status, 409);
    QVERIFY2(refused.message().contains(u"again from"_s), qPrintable(refused.message()));
    const QJsonObject taken
            = m_server->get(u"/api/v1/assessments/%1/taken"_s.arg(bank), m_otherTalent.token).json();
    QCOMPARE(taken.value(u"taken"_s).toBool(), true);
    QCOMPARE(taken.value(u"can_start"_s).toBool(), false);
    QVERIFY(!taken.value(u"retake_from"_s).toString().isEmpty());
    QCOMPARE(taken.value(u"last_result_id"_s).toInteger(), result.value(u"id"_s).toInteger());

    // Thirty-one days later.
    setAttemptTime(result.value(u"attempt_id"_s).toInteger(), u"submitted_at"_s,
                   u"2001-01-01T00:00:00.000Z"_s);
    QCOMPARE(start(m_otherTalent, instrument).status, 201);
}

void TestAssessmentsAccess::answerInputIsChecked()
{
    const qint64 bank = createBank(QJsonObject {
            { u"title"_s, u"Input checks"_s },
            { u"retake_days"_s, 0 },
            { u"questions"_s,
              QJsonArray { QJsonObject { { u"type"_s, u"likert"_s }, { u"text"_s, u"L"_s } },
                           QJsonObject {
                                   { u"type"_s, u"single_choice"_s },
                                   { u"text"_s, u"S"_s },
                                   { u"options"_s,
                                     QJsonArray { option(u"a"_s, true), option(u"b"_s, false) } } },
                           QJsonObject { { u"type"_s, u"multiple_choice"_s },
                                         { u"text"_s, u"M"_s },
                                         { u"options"_s,
                                           QJsonArray { option(u"a"_s, true),
                                                        option(u"b"_s, false) } } } } } });
    const Reply started = start(m_otherTalent, QString::number(bank));
    QCOMPARE(started.status, 201);
    const qint64 id = started.json().value(u"id"_s).toInteger();
    QHash<QString, qint64> byText;
    for (const QJsonValue &q : started.json().value(u"questions"_s).toArray())
        byText.insert(q.toObject().value(u"text"_s).toString(),
                      q.toObject().value(u"id"_s).toInteger());
    auto answer = [&](const QString &text, const QJsonObject &body) {
        return m_server->put(
                u"/api/v1/assessment-attempts/%1/answers/%2"_s.arg(id).arg(byText.value(text)),
                body, m_otherTalent.token);
    };
    struct Case
    {
        QString question;
        QJsonObject body;
        QString field;
    };
    const QList<Case> cases {
        { u"L"_s, { { u"rating"_s, 7 } }, u"rating"_s },
        { u"L"_s, { { u"rating"_s, u"five"_s } }, u"rating"_s },
        { u"L"_s, { { u"choice"_s, u"a"_s } }, u"rating"_s },
        { u"S"_s, { { u"choice"_s, u"z"_s } }, u"choice"_s },
        { u"M"_s, { { u"choices"_s, QJsonArray { u"a"_s, u"a"_s } } }, u"choices"_s },
        { u"M"_s, { { u"choices"_s, u"a"_s } }, u"choices"_s },
    };
    for (const Case &c : cases) {
        const Reply reply = answer(c.question, c.body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(namesMessage(reply, c.field), qPrintable(reply.message()));
    }
    QCOMPARE(m_server->put(u"/api/v1/assessment-attempts/%1/answers/%2"_s.arg(id).arg(999999),
                           QJsonObject { { u"rating"_s, 3 } }, m_otherTalent.token)
                     .status,
             404);
    QCOMPARE(m_server->put(u"/api/v1/assessment-attempts/abc/answers/1"_s,
                           QJsonObject { { u"rating"_s, 3 } }, m_otherTalent.token)
                     .status,
             400);
    const Reply foreign = m_server->post(
            u"/api/v1/assessments/%1/submissions"_s.arg(bank),
            QJsonObject { { u"answers"_s,
                            QJsonArray { QJsonObject { { u"question_id"_s, 999999 },
                                                       { u"rating"_s, 3 } } } } },
            m_otherTalent.token);
    QCOMPARE(foreign.status, 400);
    QVERIFY2(namesMessage(foreign, u"answers[0].question_id"_s), qPrintable(foreign.message()));
    // Nothing refused was saved; good answers go through the seed door and are scored.
    const Reply done = m_server->post(
            u"/api/v1/assessments/%1/submissions"_s.arg(bank),
            QJsonObject {
                    { u"answers"_s,
                      QJsonArray { QJsonObject { { u"question_id"_s, byText.value(u"S"_s) },
                                                 { u"choice"_s, u"a"_s } },
                                   QJsonObject { { u"question_id"_s, byText.value(u"M"_s) },
                                                 { u"choices"_s, QJsonArray { u"a"_s } } } } } },
            m_otherTalent.token);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().value(u"correct"_s).toInt(), 2);
    QCOMPARE(done.json().value(u"total"_s).toObject().value(u"answered"_s).toInt(), 2);
}

void TestAssessmentsAccess::resultsAreSeenByTheTalentStaffAndApplicantsCompanies_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("the talent") << u"talent"_s << 200;
    QTest::addRow("admin") << u"admin"_s << 200;
    QTest::addRow("support") << u"support"_s << 200;
    QTest::addRow("the company applied to") << u"owner"_s << 200;
    QTest::addRow("its staff with applications.read") << u"reader"_s << 200;
    QTest::addRow("its staff without it") << u"staff without applications.read"_s << 403;
    QTest::addRow("another company") << u"other company"_s << 404;
    QTest::addRow("another talent") << u"other talent"_s << 404;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestAssessmentsAccess::resultsAreSeenByTheTalentStaffAndApplicantsCompanies()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const QString token = tokenOf(caller);
    const Reply result
            = m_server->get(u"/api/v1/assessment-results/%1"_s.arg(m_applicantResult), token);
    QCOMPARE(result.status, expected);
    if (expected == 200)
        QCOMPARE(scoreOf(categoryOf(result.json(), u"X"_s), u"percent"_s), 75.0);
    QCOMPARE(m_server->get(u"/api/v1/assessments/%1/results/%2"_s.arg(m_ownBank).arg(
                                   m_applicantResult),
                           token)
                     .status,
             expected);
    // The result is not found through another instrument's door.
    if (expected == 200)
        QCOMPARE(m_server->get(u"/api/v1/assessments/personality/results/%1"_s.arg(
                                       m_applicantResult),
                               token)
                         .status,
                 404);
    const Reply scores
            = m_server->get(u"/api/v1/talents/%1/assessment-scores"_s.arg(m_talent.id), token);
    QCOMPARE(scores.status, expected);
    if (expected == 200)
        QVERIFY(valueSet(scores.json().value(u"data"_s), u"id"_s)
                        .contains(QString::number(m_applicantResult)));
    const Reply byUser = m_server->get(
            u"/api/v1/assessments/%1/users/%2/results"_s.arg(m_ownBank).arg(m_talent.id), token);
    // Another company's bank is hidden from the other company before the talent is considered.
    QCOMPARE(byUser.status, expected);
}

void TestAssessmentsAccess::listsAndReportsKeepToTheCompanysApplicants()
{
    // m_otherTalent took banks too, but applied to no job of the owner's.
    const Reply admins = m_server->get(u"/api/v1/assessment-results?limit=100"_s, m_admin.token);
    QCOMPARE(admins.status, 200);
    const QSet<QString> everyone
            = valueSet(admins.json().value(u"data"_s).toArray(), u"attempt_id"_s);
    QVERIFY(everyone.size() > 1);
    const Reply readers = m_server->get(u"/api/v1/assessment-results?limit=100"_s, m_reader.token);
    QCOMPARE(readers.status, 200);
    QSet<QString> users;
    for (const QJsonValue &row : readers.json().value(u"data"_s).toArray())
        users.insert(QString::number(
                row.toObject().value(u"user"_s).toObject().value(u"id"_s).toInteger()));
    QCOMPARE(users, QSet<QString> { QString::number(m_talent.id) });
    const Reply others = m_server->get(u"/api/v1/assessment-results?instrument=personality"_s,
                                       m_otherOwner.token);
    QCOMPARE(others.status, 200);
    QCOMPARE(totalOf(others), 0);

    QCOMPARE(totalOf(m_server->get(u"/api/v1/assessments/%1/results"_s.arg(m_ownBank),
                                   m_reader.token)),
             1);
    QCOMPARE(m_server->get(u"/api/v1/assessments/level-one/results"_s, m_talent.token).status, 403);

    const Reply report
            = m_server->get(u"/api/v1/assessments/%1/reports"_s.arg(m_ownBank), m_reader.token);
    QCOMPARE(report.status, 200);
    QCOMPARE(report.json().value(u"scope"_s).toString(), u"applicants"_s);
    QCOMPARE(report.json().value(u"takers"_s).toInt(), 1);
    const Reply outside
            = m_server->get(u"/api/v1/assessments/personality/reports"_s, m_otherOwner.token);
    QCOMPARE(outside.status, 200);
    QCOMPARE(outside.json().value(u"takers"_s).toInt(), 0);
    const Reply badDate = m_server->get(
            u"/api/v1/assessments/personality/reports?from=2026-13-01"_s, m_admin.token);
    QCOMPARE(badDate.status, 400);
    QVERIFY(namesMessage(badDate, u"from"_s));
    QCOMPARE(m_server->get(u"/api/v1/assessments/personality/reports"_s, m_noReader.token).status,
             403);
}

void TestAssessmentsAccess::anotherCompanysBankAndADraftRevealNothing()
{
    // m_talent applied to the owner, and also takes a rival company's own screening.
    const qint64 rivalBank
            = smallBank(u"Rival screening"_s, 2, { { u"retake_days"_s, 0 } }, &m_otherOwner);
    QVERIFY(rivalBank > 0);
    const qint64 rival = takeTest(m_talent, QString::number(rivalBank),
                                  [](const QJsonObject &) {
                                      return QJsonObject { { u"rating"_s, 2 } };
                                  })
                                 .value(u"id"_s)
                                 .toInteger();
    QVERIFY(rival > 0);
    QCOMPARE(m_server->get(u"/api/v1/assessment-results/%1"_s.arg(rival), m_otherOwner.token).status,
             200);
    // The company applied to sees its own bank's result, never the rival's.
    QCOMPARE(m_server->get(u"/api/v1/assessment-results/%1"_s.arg(rival), m_reader.token).status,
             404);
    const Reply list = m_server->get(u"/api/v1/assessment-results?limit=100"_s, m_reader.token);
    QVERIFY(!valueSet(list.json().value(u"data"_s).toArray(), u"id"_s)
                     .contains(QString::number(rival)));
    const Reply scores = m_server->get(u"/api/v1/talents/%1/assessment-scores"_s.arg(m_talent.id),
                                       m_reader.token);
    QCOMPARE(scores.status, 200);
    const QSet<QString> shown = valueSet(scores.json().value(u"data"_s), u"id"_s);
    QVERIFY(shown.contains(QString::number(m_applicantResult)));
    QVERIFY(!shown.contains(QString::number(rival)));

    // A talent who only saved a draft to the owner's job has not applied: nothing shows.
    const TestUser drafter = m_server->createUser(Role::Talent);
    const qint64 platformBank = smallBank(u"Platform check"_s, 2, { { u"retake_days"_s, 0 } });
    const qint64 personality = takeTest(drafter, QString::number(platformBank),
                                        [](const QJsonObject &) {
                                            return QJsonObject { { u"rating"_s, 3 } };
                                        })
                                       .value(u"id"_s)
                                       .toInteger();
    QVERIFY(personality > 0);
    QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications/draft"_s.arg(m_job), QJsonObject(),
                            drafter.token)
                     .status,
             201);
    QCOMPARE(m_server->get(u"/api/v1/assessment-results/%1"_s.arg(personality), m_reader.token)
                     .status,
             404);
    QCOMPARE(m_server->get(u"/api/v1/talents/%1/assessment-scores"_s.arg(drafter.id), m_reader.token)
                     .status,
             404);
}

void TestAssessmentsAccess::rolesAndSkills()
{
    const Reply role
            = m_server->post(u"/api/v1/assessment-roles"_s,
                             QJsonObject { { u"name"_s, u"Quality inspector"_s } }, m_admin.token);
    QCOMPARE(role.status, 201);
    const qint64 roleId = role.json().value(u"id"_s).toInteger();
    QCOMPARE(m_server->post(u"/api/v1/assessment-roles"_s,
                            QJsonObject { { u"name"_s, u"quality INSPECTOR"_s } }, m_admin.token)
                     .status,
             409);
    const Reply noName
            = m_server->post(u"/api/v1/assessment-roles"_s, QJsonObject {}, m_admin.token);
    QCOMPARE(noName.status, 400);
    QVERIFY(namesMessage(noName, u"name"_s));
    QCOMPARE(m_server->get(u"/api/v1/assessment-roles/%1"_s.arg(roleId), m_talent.token)
                     .json()
                     .value(u"name"_s)
                     .toString(),
             u"Quality inspector"_s);

    const Reply skill = m_server->post(
            u"/api/v1/assessment-skills"_s,
            QJsonObject { { u"name"_s, u"Measuring"_s }, { u"role_id"_s, roleId } }, m_admin.token);
    QCOMPARE(skill.status, 201);
    QCOMPARE(skill.json().value(u"role"_s).toString(), u"Quality inspector"_s);
    const qint64 skillId = skill.json().value(u"id"_s).toInteger();
    const Reply badRole = m_server->patch(u"/api/v1/assessment-skills/%1"_s.arg(skillId),
                                          QJsonObject { { u"role_id"_s, 999999 } }, m_admin.token);
    QCOMPARE(badRole.status, 400);
    QVERIFY(namesMessage(badRole, u"role_id"_s));
    const Reply renamed
            = m_server->patch(u"/api/v1/assessment-skills/%1"_s.arg(skillId),
                              QJsonObject { { u"name"_s, u"Precise measuring"_s } }, m_admin.token);
    QCOMPARE(renamed.json().value(u"name"_s).toString(), u"Precise measuring"_s);
    QCOMPARE(totalOf(m_server->get(u"/api/v1/assessment-skills?role_id=%1"_s.arg(roleId),
                                   m_talent.token)),
             1);

    // A bank filed under the role and skill is found by them.
    const qint64 bank = smallBank(u"Inspection"_s, 1,
                                  { { u"role_id"_s, roleId }, { u"skill_id"_s, skillId } });
    const Reply filed
            = m_server->get(u"/api/v1/assessments?role_id=%1"_s.arg(roleId), m_talent.token);
    QCOMPARE(valuesOf(filed.json().value(u"data"_s), u"id"_s),
             QStringList { QString::number(bank) });
    const Reply unknownRole = m_server->post(
            u"/api/v1/assessments"_s,
            QJsonObject { { u"title"_s, u"Nowhere"_s }, { u"role_id"_s, 999999 } }, m_admin.token);
    QCOMPARE(unknownRole.status, 400);
    QVERIFY(namesMessage(unknownRole, u"role_id"_s));

    QCOMPARE(m_server->del(u"/api/v1/assessment-skills/%1"_s.arg(skillId), m_talent.token).status,
             403);
    QCOMPARE(m_server->del(u"/api/v1/assessment-skills/%1"_s.arg(skillId), m_admin.token).status,
             204);
    QCOMPARE(m_server->get(u"/api/v1/assessment-skills/%1"_s.arg(skillId), m_admin.token).status,
             404);
}

void TestAssessmentsAccess::anonymousCallsAreRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addRow("bank") << QByteArray("GET") << u"/api/v1/assessments"_s;
    QTest::addRow("categories") << QByteArray("GET")
                                << u"/api/v1/assessments/personality/categories"_s;
    QTest::addRow("start") << QByteArray("POST") << u"/api/v1/assessments/personality/attempts"_s;
    QTest::addRow("submit answers")
            << QByteArray("POST") << u"/api/v1/assessments/personality/submissions"_s;
    QTest::addRow("answer") << QByteArray("PUT") << u"/api/v1/assessment-attempts/1/answers/1"_s;
    QTest::addRow("taken") << QByteArray("GET") << u"/api/v1/assessments/personality/taken"_s;
    QTest::addRow("my score") << QByteArray("GET")
                              << u"/api/v1/assessments/personality/scores/me"_s;
    QTest::addRow("results") << QByteArray("GET") << u"/api/v1/assessment-results"_s;
    QTest::addRow("seed") << QByteArray("POST") << u"/api/v1/assessments/personality/seed"_s;
    QTest::addRow("roles") << QByteArray("GET") << u"/api/v1/assessment-roles"_s;
    QTest::addRow("skills") << QByteArray("GET") << u"/api/v1/assessment-skills"_s;
    QTest::addRow("question types") << QByteArray("GET") << u"/api/v1/assessment-question-types"_s;
    QTest::addRow("target") << QByteArray("PUT") << u"/api/v1/assessments/culture-fit/target"_s;
}

void TestAssessmentsAccess::anonymousCallsAreRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QCOMPARE(m_server->call(method, path, QJsonObject {}).status, 401);
}

void TestAssessmentsAccess::wrongRolesAreRefused_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addRow("admin starting a test")
            << u"admin"_s << QByteArray("POST") << u"/api/v1/assessments/personality/attempts"_s;
    QTest::addRow("employer starting a test")
            << u"owner"_s << QByteArray("POST") << u"/api/v1/assessments/personality/attempts"_s;
    QTest::addRow("talent seeding")
            << u"talent"_s << QByteArray("POST") << u"/api/v1/assessments/personality/seed"_s;
    QTest::addRow("employer seeding")
            << u"owner"_s << QByteArray("POST") << u"/api/v1/assessment-roles/seed"_s;
    QTest::addRow("support creating a role")
            << u"support"_s << QByteArray("POST") << u"/api/v1/assessment-roles"_s;
    QTest::addRow("talent creating a bank")
            << u"talent"_s << QByteArray("POST") << u"/api/v1/assessments"_s;
    QTest::addRow("staff without assessments.manage creating a bank")
            << u"reader"_s << QByteArray("POST") << u"/api/v1/assessments"_s;
    QTest::addRow("talent listing all results")
            << u"talent"_s << QByteArray("GET") << u"/api/v1/assessment-results"_s;
    QTest::addRow("talent reading reports")
            << u"talent"_s << QByteArray("GET") << u"/api/v1/assessments/personality/reports"_s;
    QTest::addRow("talent setting a target")
            << u"talent"_s << QByteArray("PUT") << u"/api/v1/assessments/culture-fit/target"_s;
    QTest::addRow("reader setting a target")
            << u"reader"_s << QByteArray("PUT") << u"/api/v1/assessments/culture-fit/target"_s;
    QTest::addRow("admin ranking applicants")
            << u"admin"_s << QByteArray("GET") << u"/api/v1/assessments/culture-fit/applicants"_s;
    QTest::addRow("staff without applications.read ranking")
            << u"staff without applications.read"_s << QByteArray("GET")
            << u"/api/v1/assessments/culture-fit/applicants"_s;
}

void TestAssessmentsAccess::wrongRolesAreRefused()
{
    QFETCH(QString, caller);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QCOMPARE(m_server->call(method, path, QJsonObject {}, tokenOf(caller)).status, 403);
}

QTEST_GUILESS_MAIN(TestAssessmentsAccess)
#include "tst_assessments_access.moc"
