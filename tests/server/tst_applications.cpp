// SPDX-License-Identifier: Apache-2.0
// Job applications: the state machine, its guards and history, both sides' views, dashboards.
#include "fixtures.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestApplications : public QObject
{
    Q_OBJECT

private:
    Reply decide(qint64 application, const QString &status, const QString &token,
                 const QString &reason = {})
    {
        QJsonObject body { { u"status"_s, status } };
        if (!reason.isEmpty())
            body.insert(u"reason"_s, reason);
        return m_server->patch(u"/api/v1/applications/%1/status"_s.arg(application), body, token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_employer = m_server->createUser(Role::Employer);
        m_other = m_server->createUser(Role::Employer);
        m_talent = m_server->createUser(Role::Talent);
        m_second = m_server->createUser(Role::Talent);
        m_job = publishJob(*m_server, m_employer, u"Support Engineer"_s);
    }
    void cleanupTestCase() { m_server.reset(); }

    void applyingOnceAndOnlyToOpenJobs()
    {
        const Reply applied = m_server->post(
                u"/api/v1/jobs/%1/applications"_s.arg(m_job),
                QJsonObject { { u"cover_letter"_s, u"I love support."_s } }, m_talent.token);
        QCOMPARE(applied.status, 201);
        QCOMPARE(applied.json().value(u"status"_s).toString(), u"applied"_s);
        m_application = applied.json().value(u"id"_s).toInteger();
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(m_job), QJsonObject {},
                                m_talent.token)
                         .status,
                 409);
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications/draft"_s.arg(m_job), QJsonObject {},
                                m_talent.token)
                         .status,
                 409);
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(m_job), QJsonObject {},
                                m_employer.token)
                         .status,
                 403);
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(m_job), QJsonObject {}).status,
                 401);
        QCOMPARE(m_server->post(u"/api/v1/jobs/999999/applications"_s, QJsonObject {},
                                m_talent.token)
                         .status,
                 404);

        // A closed job takes no applications; a draft job does not exist for applicants.
        const qint64 closed = publishJob(*m_server, m_employer, u"Closed Role"_s);
        m_server->patch(u"/api/v1/jobs/%1/status"_s.arg(closed),
                        QJsonObject { { u"status"_s, u"closed"_s } }, m_employer.token);
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(closed), QJsonObject {},
                                m_talent.token)
                         .status,
                 422);
        const qint64 draft
                = m_server->post(u"/api/v1/jobs"_s,
                                 QJsonObject { { u"title"_s, u"Draft Role"_s },
                                               { u"description"_s,
                                                 u"Not yet published anywhere at all."_s },
                                               { u"job_type"_s, u"contract"_s },
                                               { u"work_mode"_s, u"remote"_s } },
                                 m_employer.token)
                          .json()
                          .value(u"id"_s)
                          .toInteger();
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(draft), QJsonObject {},
                                m_talent.token)
                         .status,
                 404);

        const QJsonObject status
                = m_server->get(u"/api/v1/jobs/%1/application-status"_s.arg(m_job), m_talent.token)
                          .json();
        QCOMPARE(status.value(u"applied"_s).toBool(), true);
        QCOMPARE(status.value(u"application_id"_s).toInteger(), m_application);
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1/application-status"_s.arg(closed), m_talent.token)
                         .json()
                         .value(u"applied"_s)
                         .toBool(),
                 false);
    }

    void draftsAreSavedThenSubmitted()
    {
        const qint64 question
                = m_server->post(u"/api/v1/prequalification-questions"_s,
                                 QJsonObject { { u"question"_s, u"Can you work weekends?"_s },
                                               { u"kind"_s, u"yes_no"_s },
                                               { u"expected_answer"_s, u"yes"_s } },
                                 m_employer.token)
                          .json()
                          .value(u"id"_s)
                          .toInteger();
        const qint64 job
                = publishJob(*m_server, m_employer, u"Weekend Support"_s,
                             { { u"questions"_s,
                                 QJsonArray { QJsonObject { { u"question_id"_s, question } } } } });
        const Reply draft = m_server->post(u"/api/v1/jobs/%1/applications/draft"_s.arg(job),
                                           QJsonObject { { u"cover_letter"_s, u"Draft letter"_s } },
                                           m_talent.token);
        QCOMPARE(draft.status, 201);
        QCOMPARE(draft.json().value(u"status"_s).toString(), u"draft"_s);
        const qint64 id = draft.json().value(u"id"_s).toInteger();
        // The company does not see drafts.
        QCOMPARE(m_server->get(u"/api/v1/applications/%1"_s.arg(id), m_employer.token).status, 404);
        const Reply unanswered = m_server->patch(u"/api/v1/applications/%1/submit"_s.arg(id),
                                                 QJsonObject {}, m_talent.token);
        QCOMPARE(unanswered.status, 400);
        QVERIFY(unanswered.message().contains(u"must be answered"_s));
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications/draft"_s.arg(job),
                                QJsonObject { { u"answers"_s,
                                                QJsonArray { QJsonObject {
                                                        { u"question_id"_s, question },
                                                        { u"answer"_s, u"maybe"_s } } } } },
                                m_talent.token)
                         .status,
                 400);
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications/draft"_s.arg(job),
                                QJsonObject { { u"answers"_s,
                                                QJsonArray { QJsonObject {
                                                        { u"question_id"_s, question },
                                                        { u"answer"_s, u"yes"_s } } } } },
                                m_talent.token)
                         .status,
                 201);
        QCOMPARE(m_server->patch(u"/api/v1/applications/%1/submit"_s.arg(id), QJsonObject {},
                                 m_second.token)
                         .status,
                 404);
        const Reply sent = m_server->patch(u"/api/v1/applications/%1/submit"_s.arg(id),
                                           QJsonObject {}, m_talent.token);
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.json().value(u"status"_s).toString(), u"applied"_s);
        QVERIFY(!sent.json().value(u"answers"_s).toArray().first().toObject().contains(u"passed"_s));
        QCOMPARE(m_server->patch(u"/api/v1/applications/%1/submit"_s.arg(id), QJsonObject {},
                                 m_talent.token)
                         .status,
                 422);
        // The company sees the answer and whether it passed screening.
        const QJsonObject seen
                = m_server->get(u"/api/v1/applications/%1"_s.arg(id), m_employer.token).json();
        QCOMPARE(seen.value(u"answers"_s).toArray().first().toObject().value(u"passed"_s).toBool(),
                 true);
        QCOMPARE(seen.value(u"talent"_s).toObject().value(u"email"_s).toString(), m_talent.email);
        // Applying with a missing required answer is refused outright.
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject {},
                                m_second.token)
                         .status,
                 400);
    }

    void theHiringPathWithItsHistory()
    {
        QCOMPARE(decide(m_application, u"offered"_s, m_employer.token).status,
                 422); // applied cannot jump to an offer
        QCOMPARE(decide(m_application, u"shortlisted"_s, m_other.token).status, 404);
        QCOMPARE(decide(m_application, u"shortlisted"_s, m_talent.token).status, 403);
        QCOMPARE(m_server->post(u"/api/v1/applications/%1/shortlist"_s.arg(m_application),
                                QJsonObject { { u"note"_s, u"Strong CV"_s } }, m_employer.token)
                         .json()
                         .value(u"status"_s)
                         .toString(),
                 u"shortlisted"_s);
        QCOMPARE(decide(m_application, u"interview"_s, m_employer.token).status, 200);
        QCOMPARE(m_server->post(u"/api/v1/applications/%1/remark"_s.arg(m_application),
                                QJsonObject { { u"remark"_s, u"pass"_s },
                                              { u"note"_s, u"Great interview"_s } },
                                m_employer.token)
                         .json()
                         .value(u"remark"_s)
                         .toString(),
                 u"pass"_s);
        QCOMPARE(m_server->post(u"/api/v1/applications/%1/accept"_s.arg(m_application),
                                QJsonObject {}, m_employer.token)
                         .json()
                         .value(u"status"_s)
                         .toString(),
                 u"offered"_s);
        const Reply hired = decide(m_application, u"hired"_s, m_employer.token);
        QCOMPARE(hired.status, 200);
        QCOMPARE(decide(m_application, u"rejected"_s, m_employer.token, u"other"_s).status,
                 422); // no rejection after a hire
        QCOMPARE(m_server->post(u"/api/v1/applications/%1/withdraw"_s.arg(m_application),
                                QJsonObject {}, m_talent.token)
                         .status,
                 422);

        const QJsonArray timeline
                = m_server->get(u"/api/v1/applications/%1"_s.arg(m_application), m_talent.token)
                          .json()
                          .value(u"timeline"_s)
                          .toArray();
        QStringList path;
        for (const QJsonValue &event : timeline)
            path.append(event.toObject().value(u"to"_s).toString());
        QCOMPARE(path,
                 (QStringList { u"applied"_s, u"shortlisted"_s, u"interview"_s, u"offered"_s,
                                u"hired"_s }));
        QVERIFY(!timeline.at(1).toObject().contains(
                u"note"_s)); // the company's notes stay with the company
        QCOMPARE(m_server->get(u"/api/v1/applications/%1"_s.arg(m_application), m_employer.token)
                         .json()
                         .value(u"timeline"_s)
                         .toArray()
                         .at(1)
                         .toObject()
                         .value(u"note"_s)
                         .toString(),
                 u"Strong CV"_s);
        QCOMPARE(m_server->get(u"/api/v1/applications/%1/status"_s.arg(m_application),
                               m_talent.token)
                         .json()
                         .value(u"status"_s)
                         .toString(),
                 u"hired"_s);
        QCOMPARE(m_server->get(u"/api/v1/applications/%1"_s.arg(m_application), m_second.token)
                         .status,
                 404);
        QCOMPARE(
                m_server->get(u"/api/v1/applications/%1"_s.arg(m_application), m_other.token).status,
                404);

        // The talent is told of every decision.
        const QJsonObject notices
                = m_server->get(u"/api/v1/notifications?type=application_status"_s, m_talent.token)
                          .json();
        QCOMPARE(notices.value(u"meta"_s).toObject().value(u"total"_s).toInt(), 4);
        QVERIFY(m_server->waitForMail(m_talent.email, 4));
    }

    void rejectionNeedsAReasonAndEndsIt()
    {
        const qint64 job = publishJob(*m_server, m_employer, u"Analyst"_s);
        const qint64 id = m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject {},
                                         m_second.token)
                                  .json()
                                  .value(u"id"_s)
                                  .toInteger();
        QCOMPARE(decide(id, u"rejected"_s, m_employer.token).status, 400);
        QCOMPARE(m_server->post(u"/api/v1/applications/%1/reject"_s.arg(id),
                                QJsonObject { { u"reason"_s, u"because"_s } }, m_employer.token)
                         .status,
                 400);
        const Reply rejected = m_server->post(u"/api/v1/applications/%1/reject"_s.arg(id),
                                              QJsonObject { { u"reason"_s, u"position_filled"_s } },
                                              m_employer.token);
        QCOMPARE(rejected.json().value(u"rejection_reason"_s).toString(), u"position_filled"_s);
        // The talent reads the decision and its reason in words: "Status: rejected" with a code
        // once showed in the notifications.
        QString told;
        const QJsonArray notices
                = m_server->get(u"/api/v1/notifications?type=application_status&limit=100"_s,
                                m_second.token)
                          .json()
                          .value(u"data"_s)
                          .toArray();
        for (const QJsonValue &notice : notices) {
            if (notice[u"data"_s][u"application_id"_s].toInteger() == id)
                told = notice[u"body"_s].toString();
        }
        QCOMPARE(told, u"Status: Rejected (Position filled)"_s);
        QCOMPARE(m_server->post(u"/api/v1/applications/%1/shortlist"_s.arg(id), QJsonObject {},
                                m_employer.token)
                         .status,
                 422);
        QCOMPARE(m_server->post(u"/api/v1/applications/%1/accept"_s.arg(id), QJsonObject {},
                                m_employer.token)
                         .status,
                 422);
    }

    void aFailRemarkRejectsAndWithdrawingWorksWhileOpen()
    {
        const qint64 job = publishJob(*m_server, m_employer, u"Tester"_s);
        const qint64 a = m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject {},
                                        m_talent.token)
                                 .json()
                                 .value(u"id"_s)
                                 .toInteger();
        const qint64 b = m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject {},
                                        m_second.token)
                                 .json()
                                 .value(u"id"_s)
                                 .toInteger();
        QCOMPARE(m_server->post(u"/api/v1/applications/%1/remark"_s.arg(a),
                                QJsonObject { { u"remark"_s, u"fail"_s } }, m_employer.token)
                         .status,
                 422); // not shortlisted
        m_server->post(u"/api/v1/applications/%1/shortlist"_s.arg(a), QJsonObject {},
                       m_employer.token);
        m_server->post(u"/api/v1/applications/%1/shortlist"_s.arg(b), QJsonObject {},
                       m_employer.token);
        const QJsonObject shortlisted
                = m_server->get(u"/api/v1/shortlisted-candidates?job_id=%1"_s.arg(job),
                                m_employer.token)
                          .json();
        QCOMPARE(shortlisted.value(u"meta"_s).toObject().value(u"total"_s).toInt(), 2);
        QCOMPARE(m_server->get(u"/api/v1/shortlisted-candidates?job_id=%1"_s.arg(job), m_other.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 0);
        const Reply failed
                = m_server->post(u"/api/v1/applications/%1/remark"_s.arg(a),
                                 QJsonObject { { u"remark"_s, u"fail"_s } }, m_employer.token);
        QCOMPARE(failed.json().value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(failed.json().value(u"rejection_reason"_s).toString(), u"failed_assessment"_s);
        const Reply withdrawn = m_server->post(
                u"/api/v1/applications/%1/withdraw"_s.arg(b),
                QJsonObject { { u"note"_s, u"Took another offer"_s } }, m_second.token);
        QCOMPARE(withdrawn.json().value(u"status"_s).toString(), u"withdrawn"_s);
        QCOMPARE(m_server->post(u"/api/v1/applications/%1/withdraw"_s.arg(b), QJsonObject {},
                                m_talent.token)
                         .status,
                 404);
        QCOMPARE(decide(b, u"interview"_s, m_employer.token).status, 422);
    }

    void twoStaffDecidingAtOnceLoseNoHistory()
    {
        const qint64 job = publishJob(*m_server, m_employer, u"Race Condition Engineer"_s);
        const qint64 id = m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject {},
                                         m_second.token)
                                  .json()
                                  .value(u"id"_s)
                                  .toInteger();
        // Two requests race on two worker threads; exactly one wins, the other is told to reload.
        QNetworkAccessManager a;
        QNetworkAccessManager b;
        auto send = [&](QNetworkAccessManager &network, const QString &status,
                        const QString &reason) {
            QNetworkRequest request(
                    QUrl(m_server->baseUrl() + u"/api/v1/applications/%1/status"_s.arg(id)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", "Bearer " + m_employer.token.toLatin1());
            QJsonObject body { { u"status"_s, status } };
            if (!reason.isEmpty())
                body.insert(u"reason"_s, reason);
            return network.sendCustomRequest(request, "PATCH", QJsonDocument(body).toJson());
        };
        QNetworkReply *first = send(a, u"shortlisted"_s, {});
        QNetworkReply *second = send(b, u"rejected"_s, u"not_qualified"_s);
        QTRY_VERIFY(first->isFinished() && second->isFinished());
        QList<int> statuses { first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() };
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses.first(), 200);
        QVERIFY(statuses.last() == 409 || statuses.last() == 422 || statuses.last() == 200);
        delete first;
        delete second;
        const QJsonObject application
                = m_server->get(u"/api/v1/applications/%1"_s.arg(id), m_employer.token).json();
        const QJsonArray timeline = application.value(u"timeline"_s).toArray();
        // Every change that happened is in the history, and the history ends where the application is.
        QCOMPARE(timeline.last().toObject().value(u"to"_s).toString(),
                 application.value(u"status"_s).toString());
        Sql events(m_server->context().db(),
                   u"SELECT COUNT(*) FROM application_events WHERE application_id = :id"_s);
        QCOMPARE(events.bind(u":id"_s, id).scalar().toInt(), int(timeline.size()));
        QCOMPARE(timeline.size(), statuses.last() == 200 ? 3 : 2);
    }

    void theCompanysWebhooksHearOfApplications()
    {
        TestServer server({ { u"webhooks/allow_private_targets"_s, u"true"_s },
                            { u"webhooks/allow_http"_s, u"true"_s } });
        const TestUser employer = server.createUser(Role::Employer);
        const TestUser talent = server.createUser(Role::Talent);
        // Nothing listens on port 1: deliveries fail quickly, but they are recorded first.
        const Reply hook = server.post(u"/api/v1/webhooks"_s,
                                       QJsonObject { { u"url"_s, u"http://127.0.0.1:1/hook"_s },
                                                     { u"events"_s,
                                                       QJsonArray { u"application.created"_s,
                                                                    u"application.status_changed"_s,
                                                                    u"job.published"_s } } },
                                       employer.token);
        QCOMPARE(hook.status, 201);
        const qint64 endpoint = hook.json().value(u"id"_s).toInteger();
        const qint64 job = publishJob(server, employer, u"Hooked Role"_s);
        const qint64 id = server.post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject {},
                                      talent.token)
                                  .json()
                                  .value(u"id"_s)
                                  .toInteger();
        server.post(u"/api/v1/applications/%1/shortlist"_s.arg(id), QJsonObject {}, employer.token);
        Sql events(server.context().db(),
                   u"SELECT event FROM webhook_deliveries WHERE endpoint_id = :e ORDER BY id"_s);
        events.bind(u":e"_s, endpoint).exec();
        QStringList names;
        while (events.next())
            names.append(events.text(u"event"_s));
        QCOMPARE(names,
                 (QStringList { u"job.published"_s, u"application.created"_s,
                                u"application.status_changed"_s }));
    }

    void aDeletedCompanysJobsAreGone()
    {
        const TestUser leaving = m_server->createUser(Role::Employer);
        const qint64 job = publishJob(*m_server, leaving, u"Role of a company that closes"_s);
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1"_s.arg(job)).status, 200);
        QCOMPARE(m_server->del(u"/api/v1/companies/%1"_s.arg(*leaving.companyId), leaving.token)
                         .status,
                 200);
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1"_s.arg(job)).status, 404);
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject {},
                                m_second.token)
                         .status,
                 404);
        for (const QJsonValue &listed :
             m_server->get(u"/api/v1/jobs/landing?limit=100"_s).json().value(u"data"_s).toArray())
            QVERIFY(listed.toObject().value(u"id"_s).toInteger() != job);
    }

    void listsForBothSides()
    {
        const QJsonObject mine
                = m_server->get(u"/api/v1/applications/mine"_s, m_talent.token).json();
        QVERIFY(mine.value(u"meta"_s).toObject().value(u"total"_s).toInt() >= 3);
        // A list row is the application as its own page shows it, timeline aside, newest first.
        QString previous = u"9999"_s;
        for (const QJsonValue &row : mine.value(u"data"_s).toArray()) {
            const QJsonObject listed = row.toObject();
            QVERIFY(listed.value(u"updated_at"_s).toString() <= previous);
            previous = listed.value(u"updated_at"_s).toString();
            QJsonObject single = m_server->get(u"/api/v1/applications/%1"_s.arg(
                                                       listed.value(u"id"_s).toInteger()),
                                               m_talent.token)
                                         .json();
            single.remove(u"timeline"_s);
            QCOMPARE(listed, single);
        }
        QCOMPARE(m_server->get(u"/api/v1/applications/mine?status=hired"_s, m_talent.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 1);
        QCOMPARE(
                m_server->get(u"/api/v1/applications/mine?status=sleeping"_s, m_talent.token).status,
                400);
        const QJsonObject notApplied
                = m_server->get(u"/api/v1/jobs/not-applied"_s, m_talent.token).json();
        for (const QJsonValue &job : notApplied.value(u"data"_s).toArray())
            QVERIFY(job.toObject().value(u"id"_s).toInteger() != m_job);

        const QJsonObject applicants
                = m_server->get(u"/api/v1/jobs/%1/applicants"_s.arg(m_job), m_employer.token).json();
        QCOMPARE(applicants.value(u"meta"_s).toObject().value(u"total"_s).toInt(), 1);
        QJsonObject single
                = m_server->get(u"/api/v1/applications/%1"_s.arg(applicants.value(u"data"_s)
                                                                         .toArray()
                                                                         .first()
                                                                         .toObject()
                                                                         .value(u"id"_s)
                                                                         .toInteger()),
                                m_employer.token)
                          .json();
        single.remove(u"timeline"_s);
        QCOMPARE(applicants.value(u"data"_s).toArray().first().toObject(), single);
        QCOMPARE(
                applicants.value(u"data"_s).toArray().first().toObject().value(u"status"_s).toString(),
                u"hired"_s);
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1/applicants?status=rejected"_s.arg(m_job),
                               m_employer.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 0);
        // Filter by a skill the hired talent has, and by one nobody has.
        QSqlDatabase db = m_server->context().db();
        const qint64 skill
                = Sql(db,
                      u"INSERT INTO skills (name, name_key, active, created_at, updated_at) VALUES ('Zig', 'apps-zig', TRUE, :now, :now) RETURNING id"_s)
                          .bind(u":now"_s, nowText())
                          .scalar()
                          .toLongLong();
        const qint64 unused
                = Sql(db,
                      u"INSERT INTO skills (name, name_key, active, created_at, updated_at) VALUES ('Ada', 'apps-ada', TRUE, :now, :now) RETURNING id"_s)
                          .bind(u":now"_s, nowText())
                          .scalar()
                          .toLongLong();
        Sql(db,
            u"INSERT INTO talent_skills (user_id, skill_id, level, created_at) VALUES (:u, :s, 'expert', :now)"_s)
                .bind(u":u"_s, m_talent.id)
                .bind(u":s"_s, skill)
                .bind(u":now"_s, nowText())
                .exec();
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1/applicants?skill=%2"_s.arg(m_job).arg(skill),
                               m_employer.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 1);
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1/applicants?skill=%2"_s.arg(m_job).arg(unused),
                               m_employer.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 0);
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1/applicants"_s.arg(m_job), m_other.token).status,
                 404);
        QCOMPARE(m_server->get(u"/api/v1/jobs/%1/applicants"_s.arg(m_job), m_talent.token).status,
                 403);
    }

    void bothSidesListsReadThroughIndexes()
    {
        if (m_server->context().db().driverName() != u"QSQLITE"_s)
            QSKIP("the plan audit reads SQLite's plans");
        const QList<QPair<QString, QString>> reads {
            { u"/api/v1/applications/mine"_s, m_talent.token },
            { u"/api/v1/applications/mine?status=hired"_s, m_talent.token },
            { u"/api/v1/jobs/not-applied"_s, m_talent.token },
            { u"/api/v1/jobs/%1/application-status"_s.arg(m_job), m_talent.token },
            { u"/api/v1/talents/me/dashboard"_s, m_talent.token },
            { u"/api/v1/jobs/%1/applicants"_s.arg(m_job), m_employer.token },
            { u"/api/v1/jobs/%1/applicants?status=rejected"_s.arg(m_job), m_employer.token },
            { u"/api/v1/shortlisted-candidates"_s, m_employer.token },
            { u"/api/v1/employers/me/dashboard"_s, m_employer.token },
        };
        QueryPlanAudit::start({ u"jobs"_s, u"applications"_s, u"users"_s, u"companies"_s,
                                u"application_events"_s, u"job_skills"_s, u"talent_skills"_s });
        QStringList refused;
        for (const auto &[path, token] : reads) {
            if (m_server->get(path, token).status != 200)
                refused.append(path);
        }
        const QStringList scans = QueryPlanAudit::stop();
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u", "_s)));
        QVERIFY2(scans.isEmpty(), qPrintable(scans.join(u'\n')));
    }

    void dashboards()
    {
        const QJsonObject talent
                = m_server->get(u"/api/v1/talents/me/dashboard"_s, m_talent.token).json();
        QCOMPARE(talent.value(u"applications"_s)
                         .toObject()
                         .value(u"by_status"_s)
                         .toObject()
                         .value(u"hired"_s)
                         .toInt(),
                 1);
        QVERIFY(talent.value(u"profile_completion"_s).toInt() > 0);
        QVERIFY(talent.contains(u"open_jobs_not_applied"_s));
        QCOMPARE(talent.value(u"recommended_jobs"_s).toInt(),
                 0); // no skills on this profile: nothing to match
        QCOMPARE(m_server->get(u"/api/v1/talents/me/dashboard"_s, m_employer.token).status, 403);

        const QJsonObject employer
                = m_server->get(u"/api/v1/employers/me/dashboard"_s, m_employer.token).json();
        QVERIFY(employer.value(u"open_jobs"_s).toInt() >= 1);
        QVERIFY(employer.value(u"applicants"_s).toObject().value(u"total"_s).toInt() >= 5);
        QVERIFY(employer.value(u"average_hours_to_first_response"_s).isDouble());
        QVERIFY(!employer.value(u"applications_last_30_days"_s).toArray().isEmpty());
        const QJsonObject empty
                = m_server->get(u"/api/v1/employers/me/dashboard"_s, m_other.token).json();
        QCOMPARE(empty.value(u"applicants"_s).toObject().value(u"total"_s).toInt(), 0);
        QVERIFY(empty.value(u"average_hours_to_first_response"_s).isNull());
        QCOMPARE(m_server->get(u"/api/v1/employers/me/dashboard"_s, m_talent.token).status, 403);
    }

private:
    std::unique_ptr<TestServer> m_server;
    TestUser m_employer;
    TestUser m_other;
    TestUser m_talent;
    TestUser m_second;
    qint64 m_job = 0;
    qint64 m_application = 0;
};

QTEST_MAIN(TestApplications)
#include "tst_applications.moc"
