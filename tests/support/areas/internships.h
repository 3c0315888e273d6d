// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

#include <QList>

namespace wn::test {

QString internshipPath(qint64 id, const QString &tail = {});
QString internshipApplicationPath(qint64 id, const QString &tail = {});
QString kpiPath(qint64 id, const QString &tail = {});

/** @brief A mentor as the tests use one: the account, logged in, and its mentor record. */
struct Mentor
{
    TestUser user;
    qint64 id = 0;
};

/**
 * @brief The internship suites' company with a recruiter and mentors, another company with its
 * own mentor, talents and an admin.
 */
class InternshipsFixture : public Fixture
{
protected:
    void setUp();

    /** A company's staff member whose role grants exactly @p permissions. */
    TestUser employee(const TestUser &owner, const QStringList &permissions);
    /** Invites a new mentor to @p owner's company and accepts the invitation; id 0 if refused. */
    Mentor newMentor(const TestUser &owner);
    /** Creates a programme of @p owner's company; its JSON (no "id" if that failed). */
    QJsonObject createInternship(const TestUser &owner, const QJsonObject &extra = {});
    /** A programme moved to @p status; 0 if that failed. */
    qint64 internshipIn(const QString &status, const TestUser &owner, const QJsonObject &extra = {});
    /** The talent's application; its id, or 0. */
    qint64 applyFor(qint64 internshipId, const TestUser &talent);
    /** The talent made an intern of the programme (applied and approved); the application's id,
     *  or 0. */
    qint64 internOf(qint64 internshipId, const TestUser &talent);
    /** Adds KPIs of these weights (and scales, 5 by default) to a programme; their ids. */
    QList<qint64> addKpis(qint64 internshipId, const TestUser &owner, const QList<int> &weights,
                          const QList<int> &maxScores = {});
    /** Assigns @p mentor to the programme; whether it worked. */
    bool assign(qint64 internshipId, const Mentor &mentor, const TestUser &owner);
    QString uniqueTitle(const QString &what);

    TestUser m_owner;
    TestUser m_otherOwner;
    TestUser m_recruiter; // jobs.create, jobs.publish, applications.read/decide
    TestUser m_chatOnly; // staff without any internship permission
    Mentor m_mentor; // the owner's company's mentor
    Mentor m_secondMentor; // another mentor of the same company
    Mentor m_otherMentor; // the other company's mentor
    TestUser m_talent;
    TestUser m_otherTalent;
    QList<TestUser> m_talents;
    TestUser m_admin;
    int m_counter = 0;
};

} // namespace wn::test
