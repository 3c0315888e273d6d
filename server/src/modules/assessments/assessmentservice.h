// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace wn {

struct ServerContext;
struct Principal;

/** @brief What the engine's rules need to know about one instrument. */
struct Instrument
{
    qint64 id = 0;
    QString slug;
    QString kind;
    QString title;
    std::optional<int> timeLimitSeconds;
    std::optional<int> questionCount;
    std::optional<int> retakeDays; ///< none: taken once
    std::optional<qint64> companyId; ///< none: the platform's own
    bool active = true;
};

/**
 * @brief The assessment engine: instruments with their categories, questions, keys and
 * passages; attempts answered question by question under the server's clock and submitted
 * once; scoring, percentiles, reports and culture-fit rankings. Every seed group (personality,
 * soft skills, culture fit, scenario, integrity, level one, comprehension, an employer's own
 * bank) is a door onto it, naming an instrument by its slug or id.
 */
class AssessmentService
{
public:
    explicit AssessmentService(ServerContext &context);

    // ---- Instruments (assessmentservice.cpp) ----
    QJsonObject instruments(const Principal &viewer, const QJsonObject &query, int page, int limit);
    QJsonObject createInstrument(const Principal &by, const QJsonObject &input);
    QJsonObject instrument(const Principal &viewer, const QString &ref);
    QJsonObject instrumentByTitle(const Principal &viewer, const QString &title);
    /** The instrument's domains with their facets (with_facets) or its domains alone. */
    QJsonArray categories(const Principal &viewer, const QString &ref, bool withFacets);
    QJsonObject category(const Principal &viewer, const QString &ref, qint64 id);

    // ---- The bank: questions and passages ----
    QJsonObject questions(const Principal &by, const QString &ref, const QJsonObject &query,
                          int page, int limit);
    QJsonObject question(const Principal &by, const QString &ref, qint64 id);
    QJsonObject createQuestion(const Principal &by, const QString &ref, const QJsonObject &input);
    QJsonObject updateQuestion(const Principal &by, const QString &ref, qint64 id,
                               const QJsonObject &input);
    void deleteQuestion(const Principal &by, const QString &ref, qint64 id);
    QJsonObject setQuestionsActive(const Principal &by, const QString &ref,
                                   const QJsonObject &input);
    QJsonObject createPassage(const Principal &by, const QString &ref, const QJsonObject &input);
    /** Changes a passage's title or text while no attempt has drawn it; 409 after. */
    QJsonObject updatePassage(const Principal &by, const QString &ref, qint64 id,
                              const QJsonObject &input);
    QJsonObject passages(const Principal &by, const QString &ref, int page, int limit);

    // ---- Seeding (assessmentseeds.cpp) ----
    /** Loads the starter bank of @p ref's instrument (or, empty, every one): what was missing
     *  is added, nothing present is changed. The counts of what was added. */
    QJsonObject seedBanks(const QString &ref = {});
    QJsonObject seedRoles();

    // ---- Attempts and results (assessmentattempts.cpp) ----
    /** The talent's open attempt on the instrument, or a new one if the retake rule allows. */
    QJsonObject start(const Principal &talent, const QString &ref, bool *created);
    QJsonObject attempt(const Principal &talent, qint64 id);
    QJsonObject answer(const Principal &talent, qint64 attemptId, qint64 questionId,
                       const QJsonObject &input);
    QJsonObject finishReading(const Principal &talent, qint64 attemptId);
    QJsonObject submit(const Principal &talent, qint64 attemptId);
    /** Saves @p input's answers into the talent's open attempt and submits it. */
    QJsonObject submitAnswers(const Principal &talent, const QString &ref, const QJsonObject &input);
    QJsonObject taken(const Principal &talent, const QString &ref);

    QJsonObject myResults(const Principal &talent, const QString &ref, int page, int limit);
    QJsonObject myScore(const Principal &talent, const QString &ref);
    QJsonObject result(const Principal &viewer, qint64 id, const QString &ref = {});
    QJsonObject userResults(const Principal &viewer, const QString &ref, qint64 userId, int page,
                            int limit);
    QJsonObject results(const Principal &viewer, const QString &ref, const QJsonObject &query,
                        int page, int limit);
    QJsonObject talentScores(const Principal &viewer, qint64 userId);
    QJsonObject reports(const Principal &viewer, const QString &ref, const QJsonObject &query);

    // ---- Target profiles ----
    QJsonObject target(const Principal &by, const QString &ref);
    QJsonObject setTarget(const Principal &by, const QString &ref, const QJsonObject &input);
    QJsonObject rankedApplicants(const Principal &by, const QString &ref, int page, int limit);

    // ---- Roles, skills and question types (assessmentcatalog.cpp) ----
    QJsonObject roles(const QJsonObject &query, int page, int limit);
    QJsonObject createRole(const QJsonObject &input);
    QJsonObject role(qint64 id);
    QJsonObject skills(const QJsonObject &query, int page, int limit);
    QJsonObject createSkill(const QJsonObject &input);
    QJsonObject skill(qint64 id);
    QJsonObject updateSkill(qint64 id, const QJsonObject &input);
    void deleteSkill(qint64 id);
    static QJsonArray questionTypeList();

    /** The instrument @p ref names (its slug or id), whatever its owner; 404 if none. */
    Instrument resolve(QSqlDatabase db, const QString &ref);
    /** The instrument if @p viewer may see it: the platform's to everyone, a company's to that
     *  company, staff and talents; 404 otherwise. */
    Instrument visible(QSqlDatabase db, const Principal &viewer, const QString &ref);
    /** The instrument if @p by may edit its bank: platform ones for admins, a company's for that
     *  company; 403 for a platform one a company reaches, 404 for another company's. */
    Instrument editable(QSqlDatabase db, const Principal &by, const QString &ref);

private:
    ServerContext &m_context;
};

} // namespace wn
