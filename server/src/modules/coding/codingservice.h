// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "judge.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace wn {

struct ServerContext;
struct Principal;

/** @brief The most a challenge may allow its programs: the administrator's settings. */
struct CodingMaxima
{
    int cpuMs = 10000;
    int wallMs = 20000;
    int memoryMb = 512;
    int stackMb = 256;
    int processes = 128;
    int fileKb = 65536;
};

/**
 * @brief Coding challenges: a company's challenges with sample and hidden test cases, the
 * languages, invitations by a signed link, runs against the samples, submissions against every
 * case, and the results. A company reaches only its own challenges; a talent reaches a challenge
 * they were invited to, and never sees a hidden case's input, output or expected output.
 *
 * Runs and submissions are queued in coding_submissions and judged by a few worker threads
 * (sandbox/workers), never on a request's thread; queued work survives a restart.
 */
class CodingService
{
public:
    explicit CodingService(ServerContext &context);
    ~CodingService();
    Q_DISABLE_COPY_MOVE(CodingService)

    static CodingMaxima maxima(const ServerContext &context);

    QJsonObject create(const Principal &by, const QJsonObject &input);
    QJsonObject update(const Principal &by, qint64 id, const QJsonObject &input);
    void remove(const Principal &by, qint64 id);
    QJsonObject list(const Principal &by, const QJsonObject &query, int page, int limit);
    QJsonObject one(const Principal &by, qint64 id);

    /** Adds the built-in languages installed here that are missing (idempotent). */
    void seedLanguages();
    QJsonObject addLanguage(const QJsonObject &input);
    QJsonObject languages(const QJsonObject &query, int page, int limit);
    QJsonObject language(qint64 id);
    QJsonObject languageByName(const QString &name);

    /** Queues the code against the sample cases (a run) or every case (a submission). */
    QJsonObject enqueue(const Principal &by, qint64 challengeId, const QJsonObject &input,
                        bool submission);
    /** A run or submission with its cases' verdicts, to its talent or the challenge's company. */
    QJsonObject submission(const Principal &by, qint64 id);
    /** The runs and submissions to a challenge, newest first, without their code or cases: a
     *  talent's own; for the challenge's company, everyone's. */
    QJsonObject submissions(const Principal &by, qint64 challengeId, const QJsonObject &query,
                            int page, int limit);

    QJsonObject invite(const Principal &by, qint64 challengeId, const QJsonObject &input);
    /** The invitations sent for a challenge, each with the invited talent (when one has that
     *  address) and where it stands (CodingInvitationState). */
    QJsonObject invitations(const Principal &by, qint64 challengeId, int page, int limit);
    /** The challenge an invitation link opens, as its talent sees it. */
    QJsonObject invitation(const QString &token);

    /** Per talent: their best and latest submission to the challenge. */
    QJsonObject challengeResults(const Principal &by, qint64 challengeId, int page, int limit);
    /** A user's results over the challenges the caller may see. */
    QJsonObject userResults(const Principal &by, qint64 userId, int page, int limit);
    /** One talent's result for one challenge, with every submission. */
    QJsonObject userResult(const Principal &by, qint64 challengeId, qint64 userId);

    /** Starts the workers, which first pick up what a previous run of the server left queued. */
    void startWorkers();
    void stopWorkers();
    /** Judges one queued submission on the calling thread; false when none was queued. */
    bool judgeNext(uint uid = 0);

private:
    struct Challenge;
    Challenge load(QSqlDatabase db, qint64 id);
    Challenge owned(QSqlDatabase db, const Principal &by, qint64 id);
    Challenge reachable(QSqlDatabase db, const Principal &by, qint64 id);
    bool invited(QSqlDatabase db, const Principal &talent, qint64 challengeId);
    QJsonObject challengeJson(QSqlDatabase db, const Challenge &challenge, bool withHidden);
    QJsonArray casesJson(QSqlDatabase db, qint64 challengeId, bool withHidden);
    void checkLimits(const QJsonObject &input);
    void writeCases(QSqlDatabase db, qint64 challengeId, const QJsonArray &cases);
    void checkLanguages(QSqlDatabase db, const QJsonArray &ids);
    QJsonObject submissionJson(QSqlDatabase db, qint64 id, bool mayReadHidden);
    void workerLoop(int slot);
    void readVersions(QSqlDatabase db);

    ServerContext &m_context;
    Judge m_judge;
    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace wn
