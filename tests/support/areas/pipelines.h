// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

#include <QList>

namespace wn::test {

QString pipelinePath(qint64 id, const QString &tail = {});
QString candidatePath(qint64 pipeline, qint64 candidate, const QString &tail = {});
/** The @p key of every object in the array @p items, as numbers. */
QList<qint64> idList(const QJsonValue &items, const QString &key = QStringLiteral("id"));

/**
 * @brief The pipelines suites' accounts and pool: the staff, another company, a reader
 * (applications.read) and a decider (and applications.decide) of the employer's company, five
 * talents with profiles and skills of their own (Dami hidden, Efe verified) and a published job.
 */
class PipelinesFixture : public StaffFixture
{
protected:
    void setUp();

    /** A talent of the pool with this profile and skills; their account. */
    TestUser talentWith(const QString &name, const QJsonObject &profile,
                        const QList<qint64> &skills);
    qint64 createPipeline(const TestUser &owner, const QString &name,
                          const QStringList &stages = {});
    QJsonObject pipeline(qint64 id);
    qint64 stageId(qint64 pipeline, const QString &name);
    /** Adds @p talent from search; the candidate's id (0 if refused). */
    qint64 addTalent(qint64 pipeline, const TestUser &talent, const TestUser &by);

    TestUser m_otherEmployer;
    TestUser m_reader; // applications.read only
    TestUser m_decider; // applications.read and applications.decide
    qint64 m_zebraql = 0;
    qint64 m_quokka = 0;
    qint64 m_marmot = 0;
    TestUser m_adaeze;
    TestUser m_bola;
    TestUser m_chidi;
    TestUser m_dami; // hidden
    TestUser m_efe; // verified identity
    qint64 m_job = 0;
};

} // namespace wn::test
