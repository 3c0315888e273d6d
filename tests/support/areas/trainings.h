// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

#include <QList>

namespace wn::test {

QString trainingPath(qint64 id, const QString &tail = {});
QString applicationPath(qint64 id, const QString &tail = {});
/** The body of a status change to @p to, with a reason if one is given. */
QJsonObject status(const QString &to, const QString &reason = {});

/**
 * @brief The trainings suites' company with its staff (a recruiter, a publisher, one without any
 * training permission), another company, talents, an admin and two skills of their own.
 */
class TrainingsFixture : public Fixture
{
protected:
    void setUp();

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
    QString uniqueTitle(const QString &what);

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

} // namespace wn::test
