// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

#include <QHash>
#include <QList>

#include <functional>

namespace wn::test {

/** What a question of an attempt (as its taker sees it) is answered with; empty: left blank. */
using AnswerSheet = std::function<QJsonObject(const QJsonObject &question)>;

/**
 * @brief The assessment suites' accounts: an admin, a company (its owner, a reader with
 * applications.read and reports.read, a staff member without them) with a published job,
 * another company with its own job, and talents.
 */
class AssessmentsFixture : public Fixture
{
protected:
    void setUp();

    /** The instrument's questions with their keys (as an admin sees them), by their text. */
    QHash<QString, QJsonObject> bankByText(const QString &instrument);
    /** Starts (or resumes) @p talent's attempt. */
    Reply start(const TestUser &talent, const QString &instrument);
    /** Saves @p sheet's answer to each question of @p attempt, one request each. */
    void answerEach(const TestUser &talent, const QJsonObject &attempt, const AnswerSheet &sheet);
    Reply submit(const TestUser &talent, qint64 attemptId);
    /** Starts, answers with @p sheet and submits: the result (empty if a step failed). */
    QJsonObject takeTest(const TestUser &talent, const QString &instrument,
                         const AnswerSheet &sheet);
    /** A bank an admin (or @p by) creates from @p body; its id, or 0. */
    qint64 createBank(const QJsonObject &body, const TestUser *by = nullptr);
    /** @p talent applies to @p jobId. */
    void applyTo(const TestUser &talent, qint64 jobId);
    /** Sets a column of an attempt directly, as the passing of time would. */
    void setAttemptTime(qint64 attemptId, const QString &column, const QString &value);

    /** The domain or facet @p code of @p result. */
    static QJsonObject categoryOf(const QJsonObject &result, const QString &code);
    /** The numbers @p keys of @p json, in their order (-1 for a missing one). */
    static QList<double> numbers(const QJsonObject &json, const QStringList &keys);
    /** The total of a list reply's meta. */
    static int totalOf(const Reply &reply);
    /** @p json's "score" member's @p key as a number. */
    static double scoreOf(const QJsonObject &category, const QString &key);

    TestUser m_admin;
    TestUser m_owner;
    TestUser m_reader; // applications.read and reports.read
    TestUser m_noReader; // chat.use alone
    TestUser m_otherOwner;
    TestUser m_talent;
    TestUser m_otherTalent;
    qint64 m_job = 0;
    qint64 m_otherJob = 0;
};

/**
 * @brief The banks and access suites' fixture: AssessmentsFixture with a bank of the owner's
 * company, and m_talent's result on it as an applicant to the owner's job.
 */
class AssessmentsAccessFixture : public AssessmentsFixture
{
protected:
    void setUpWithApplicantResult();

    static QJsonObject likert(const QString &text, const QString &category = QStringLiteral("X"));
    static QJsonObject option(const QString &key, bool correct);
    /** A one-category bank with @p questions likert items and @p extra settings; its id. */
    qint64 smallBank(const QString &title, int questions, const QJsonObject &extra = {},
                     const TestUser *by = nullptr);

    qint64 m_ownBank = 0; // the owner's company's bank
    qint64 m_applicantResult = 0; // m_talent's result; m_talent applied to the owner's job
};

} // namespace wn::test
