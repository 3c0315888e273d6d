// SPDX-License-Identifier: Apache-2.0
// What the internship page suites share: an employer and an admin on a fresh server, and the
// server's side of a programme with its goals, mentors and interns, and the evidence they send.
#pragma once

#include "fixtures.h"
#include "pagetest.h"

#include <QStandardPaths>

namespace wn::test {

/** A PageTest whose server holds an employer and an admin, with ways to fill a programme. */
class InternshipPageTest : public PageTest
{
protected:
    struct Goal
    {
        QString title;
        int weight;
        int maxScore;
    };

    /** Starts m_server with the accounts, and points the client at it. */
    void startWithAccounts()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>();
        m_employer = m_server->createUser(Role::Employer);
        m_admin = m_server->createUser(Role::Admin);
        connectClient();
    }

    /** A programme of m_employer's company, published if asked; its id, or 0. */
    qint64 newInternship(const QString &title, bool published)
    {
        const Reply created = m_server->post(
                u"/api/v1/internships"_s,
                QJsonObject { { u"title"_s, title },
                              { u"description"_s, u"Twelve weeks with our auditors."_s },
                              { u"mode"_s, u"hybrid"_s } },
                m_employer.token);
        const qint64 id = created.json().value(u"id"_s).toInteger();
        if (created.status != 201)
            return 0;
        if (published
            && m_server->patch(u"/api/v1/internships/%1/status"_s.arg(id),
                               QJsonObject { { u"status"_s, u"published"_s } }, m_employer.token)
                            .status
                    != 200)
            return 0;
        return id;
    }

    /** Adds @p goals to a programme; how many it has then. */
    int addGoals(qint64 internship, const QList<Goal> &goals)
    {
        QJsonArray kpis;
        for (const Goal &goal : goals)
            kpis.append(QJsonObject { { u"title"_s, goal.title },
                                      { u"weight"_s, goal.weight },
                                      { u"max_score"_s, goal.maxScore },
                                      { u"rubric"_s,
                                        u"%1: every invoice checked, each finding explained"_s.arg(
                                                goal.maxScore) } });
        const Reply added = m_server->post(u"/api/v1/internships/%1/kpis"_s.arg(internship),
                                           QJsonObject { { u"kpis"_s, kpis } }, m_employer.token);
        return added.status == 201
                ? int(m_server->get(u"/api/v1/internships/%1/kpis"_s.arg(internship),
                                    m_employer.token)
                              .json()
                              .value(u"data"_s)
                              .toArray()
                              .size())
                : 0;
    }

    /** A mentor account of m_employer's company, assigned to @p internship. */
    TestUser mentorOf(qint64 internship, const QString &first, const QString &last)
    {
        const TestUser mentor = person(Role::Mentor, first, last);
        Sql(m_server->context().db(), u"UPDATE users SET company_id = :company WHERE id = :id"_s)
                .bind(u":company"_s, *m_employer.companyId)
                .bind(u":id"_s, mentor.id)
                .exec();
        const Reply added
                = m_server->post(u"/api/v1/internship-mentors"_s,
                                 QJsonObject { { u"user_id"_s, mentor.id } }, m_employer.token);
        m_server->post(u"/api/v1/internships/%1/mentors"_s.arg(internship),
                       QJsonObject { { u"mentor_id"_s, added.json().value(u"id"_s).toInteger() } },
                       m_employer.token);
        return mentor;
    }

    /** The talent made an intern of @p internship. */
    void admit(qint64 internship, const TestUser &talent)
    {
        const Reply applied
                = m_server->post(u"/api/v1/internships/%1/applications"_s.arg(internship),
                                 QJsonObject(), talent.token);
        QCOMPARE(applied.status, 201);
        QCOMPARE(m_server->post(u"/api/v1/internship-applications/%1/approve"_s.arg(
                                        applied.json().value(u"id"_s).toInteger()),
                                QJsonObject(), m_employer.token)
                         .status,
                 200);
    }

    /** The evidence's id once sent. */
    qint64 send(qint64 goal, const TestUser &intern, const QString &content)
    {
        return m_server
                ->post(u"/api/v1/internship-kpis/%1/submissions"_s.arg(goal),
                       QJsonObject { { u"content"_s, content } }, intern.token)
                .json()
                .value(u"id"_s)
                .toInteger();
    }

    TestUser m_employer;
    TestUser m_admin;
};

} // namespace wn::test
