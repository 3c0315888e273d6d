// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wn {

/** @brief Who moves a record on: the talent it is about, the company it went to, or staff. */
enum class Viewer { Talent, Company, Staff };

/**
 * @brief The statuses a kind of record goes through, who may move it from one to the next, and
 * the reasons a refusal gives. The server's guards and the client's buttons read the same table,
 * so the two never offer different moves.
 */
class Workflow
{
public:
    struct Move
    {
        QString from;
        QString to;
        Viewer by;
    };

    Workflow(QString name, QStringList statuses, QList<Move> moves, QStringList reasons = {},
             QString refusal = {});

    /** "application", "training_application", ...: how the client names the workflow. */
    const QString &name() const { return m_name; }
    /** The same statuses and moves under another name, for a kind of record that follows them. */
    Workflow named(QString name) const;
    /** Every status, in the order a record goes through them. */
    const QStringList &statuses() const { return m_statuses; }
    /** Where @p by may move a record that is @p from, in the order the table lists them. */
    QStringList moves(const QString &from, Viewer by) const;
    /** Whether anyone may move a record from @p from to @p to. */
    bool canMove(const QString &from, const QString &to) const;
    /** Every status @p by may move a record to, in the order of statuses(). */
    QStringList targets(Viewer by) const;
    /** Why a refusal was made; empty when refusals give no listed reason. */
    const QStringList &reasons() const { return m_reasons; }
    /** The status that takes a reason ("rejected"): one of reasons(), or the person's own words
     *  when none are listed; empty when no status takes one. */
    const QString &refusal() const { return m_refusal; }

private:
    QString m_name;
    QStringList m_statuses;
    QList<Move> m_moves;
    QStringList m_reasons;
    QString m_refusal;
};

/** draft → applied → shortlisted → interview → offered → hired; rejected by the company with a
 *  reason, withdrawn by the talent, at any step before the end. */
const Workflow &applicationWorkflow();
/** Whether an application in @p status may get a pass or fail remark. */
bool applicationTakesRemark(const QString &status);
/** A training application: applied → accepted → completed; rejected by the company, withdrawn by
 *  the talent. */
const Workflow &trainingApplicationWorkflow();
/** A job post: draft → published ⇄ closed → archived; a draft may be archived unpublished. */
const Workflow &jobWorkflow();
/** A training: draft → published ⇄ closed → archived. */
const Workflow &trainingWorkflow();
/** An internship programme: draft → published ⇄ closed → archived, as a job post; a draft may be
 *  archived unpublished. */
const Workflow &internshipWorkflow();
/** An internship application: applied → approved → completed; rejected by the company (with a
 *  reason) before completion, withdrawn by the talent. */
const Workflow &internshipApplicationWorkflow();
/** A sponsorship application's statuses; its approvals go level by level (server rules). */
const Workflow &sponsorshipApplicationWorkflow();
/** A testimonial waits for staff to approve it or reject it with a written reason. */
const Workflow &testimonialWorkflow();
/** An assessment attempt: in progress (answered question by question) until it is submitted,
 *  once; the server submits one whose time ran out when its talent next starts. */
const Workflow &assessmentAttemptWorkflow();
/** A talent's request to join a learning course: staff approve it (the talent is then enrolled in
 *  the LMS) or decline it with a reason in their own words. */
const Workflow &lmsEnrolmentWorkflow();
/** The workflow of @p name, or nullptr. */
const Workflow *workflowNamed(const QString &name);
/** Every workflow, for those who list them all (the web portal's vocabulary). */
const QList<const Workflow *> &allWorkflows();

/**
 * @brief The verdicts of a coding submission and of each of its test cases, with Judge0's ids
 * and words, so that a Judge0 client reads them unchanged.
 */
namespace CodeVerdict {
inline const QString InQueue = QStringLiteral("In Queue");
inline const QString Processing = QStringLiteral("Processing");
inline const QString Accepted = QStringLiteral("Accepted");
inline const QString WrongAnswer = QStringLiteral("Wrong Answer");
inline const QString TimeLimit = QStringLiteral("Time Limit Exceeded");
inline const QString CompilationError = QStringLiteral("Compilation Error");
inline const QString Sigsegv = QStringLiteral("Runtime Error (SIGSEGV)");
inline const QString Sigxfsz = QStringLiteral("Runtime Error (SIGXFSZ)");
inline const QString Sigfpe = QStringLiteral("Runtime Error (SIGFPE)");
inline const QString Sigabrt = QStringLiteral("Runtime Error (SIGABRT)");
inline const QString Nzec = QStringLiteral("Runtime Error (NZEC)");
inline const QString OtherError = QStringLiteral("Runtime Error (Other)");
inline const QString InternalError = QStringLiteral("Internal Error");
/** Every verdict in Judge0's order: its id is the index plus one. */
const QStringList &all();
/** Judge0's id of @p verdict (1 for In Queue ... 13 for Internal Error); 0 if unknown. */
int id(const QString &verdict);
/** Whether a submission in @p verdict is still waiting or running. */
bool pending(const QString &verdict);
} // namespace CodeVerdict

/**
 * @brief Where an invitation to a coding challenge stands, for the company that sent it: invited
 * (nothing sent yet), in progress (code run against the samples), submitted, or expired (its link
 * ran out before a submission). Labelled by statusLabel().
 */
namespace CodingInvitationState {
inline const QString Invited = QStringLiteral("invited");
inline const QString InProgress = QStringLiteral("in_progress");
inline const QString Submitted = QStringLiteral("submitted");
inline const QString Expired = QStringLiteral("expired");
} // namespace CodingInvitationState

/**
 * The English words a person reads for a status ("Shortlisted"), the move to it ("Shortlist") and
 * a reason ("Position filled"). They are marked for translation in the contexts "Status", "Move"
 * and "Reason"; a client translates them there. Unknown words give nullptr.
 */
const char *statusLabel(const QString &status);
/** The move to @p status from @p from, where the wording depends on it (closed → "Reopen"). */
const char *moveLabel(const QString &status, const QString &from = QString());
const char *reasonLabel(const QString &reason);

} // namespace wn
