// SPDX-License-Identifier: Apache-2.0
#include <wn/common/workflows.h>

#include <QtGlobal>

#include <array>

using namespace Qt::StringLiterals;

namespace wn {

Workflow::Workflow(QString name, QStringList statuses, QList<Move> moves, QStringList reasons,
                   QString refusal)
    : m_name(std::move(name))
    , m_statuses(std::move(statuses))
    , m_moves(std::move(moves))
    , m_reasons(std::move(reasons))
    , m_refusal(std::move(refusal))
{ }

Workflow Workflow::named(QString name) const
{
    Workflow copy = *this;
    copy.m_name = std::move(name);
    return copy;
}

QStringList Workflow::moves(const QString &from, Viewer by) const
{
    QStringList to;
    for (const Move &move : m_moves) {
        if (move.from == from && move.by == by)
            to.append(move.to);
    }
    return to;
}

bool Workflow::canMove(const QString &from, const QString &to) const
{
    for (const Move &move : m_moves) {
        if (move.from == from && move.to == to)
            return true;
    }
    return false;
}

QStringList Workflow::targets(Viewer by) const
{
    QStringList to;
    for (const QString &status : m_statuses) {
        for (const Move &move : m_moves) {
            if (move.to == status && move.by == by) {
                to.append(status);
                break;
            }
        }
    }
    return to;
}

const Workflow &applicationWorkflow()
{
    constexpr Viewer company = Viewer::Company;
    constexpr Viewer talent = Viewer::Talent;
    static const Workflow workflow(u"application"_s,
                                   { u"draft"_s, u"applied"_s, u"shortlisted"_s, u"interview"_s,
                                     u"offered"_s, u"hired"_s, u"rejected"_s, u"withdrawn"_s },
                                   {
                                           { u"applied"_s, u"shortlisted"_s, company },
                                           { u"applied"_s, u"rejected"_s, company },
                                           { u"shortlisted"_s, u"interview"_s, company },
                                           { u"shortlisted"_s, u"offered"_s, company },
                                           { u"shortlisted"_s, u"rejected"_s, company },
                                           { u"interview"_s, u"offered"_s, company },
                                           { u"interview"_s, u"rejected"_s, company },
                                           { u"offered"_s, u"hired"_s, company },
                                           { u"offered"_s, u"rejected"_s, company },
                                           { u"draft"_s, u"applied"_s, talent },
                                           { u"draft"_s, u"withdrawn"_s, talent },
                                           { u"applied"_s, u"withdrawn"_s, talent },
                                           { u"shortlisted"_s, u"withdrawn"_s, talent },
                                           { u"interview"_s, u"withdrawn"_s, talent },
                                           { u"offered"_s, u"withdrawn"_s, talent },
                                   },
                                   { u"not_qualified"_s, u"position_filled"_s,
                                     u"failed_assessment"_s, u"failed_interview"_s, u"no_show"_s,
                                     u"offer_declined"_s, u"other"_s },
                                   u"rejected"_s);
    return workflow;
}

bool applicationTakesRemark(const QString &status)
{
    // A remark records how an assessment went, and candidates are assessed once shortlisted.
    return status == u"shortlisted"_s || status == u"interview"_s;
}

namespace {

/** An application to an offer that admits people: applied → @p admitted → completed; rejected by
 *  the company, withdrawn by the talent, before completion. */
Workflow admissionWorkflow(const QString &name, const QString &admitted)
{
    constexpr Viewer company = Viewer::Company;
    constexpr Viewer talent = Viewer::Talent;
    return Workflow(name, { u"applied"_s, admitted, u"rejected"_s, u"withdrawn"_s, u"completed"_s },
                    {
                            { u"applied"_s, admitted, company },
                            { u"applied"_s, u"rejected"_s, company },
                            { u"applied"_s, u"withdrawn"_s, talent },
                            { admitted, u"completed"_s, company },
                            { admitted, u"rejected"_s, company },
                            { admitted, u"withdrawn"_s, talent },
                    },
                    {}, u"rejected"_s); // the company says why in its own words
}

} // namespace

const Workflow &trainingApplicationWorkflow()
{
    static const Workflow workflow = admissionWorkflow(u"training_application"_s, u"accepted"_s);
    return workflow;
}

const Workflow &jobWorkflow()
{
    constexpr Viewer company = Viewer::Company;
    static const Workflow workflow(u"job"_s,
                                   { u"draft"_s, u"published"_s, u"closed"_s, u"archived"_s },
                                   {
                                           { u"draft"_s, u"published"_s, company },
                                           { u"draft"_s, u"archived"_s, company },
                                           { u"published"_s, u"closed"_s, company },
                                           { u"closed"_s, u"published"_s, company },
                                           { u"closed"_s, u"archived"_s, company },
                                   });
    return workflow;
}

const Workflow &trainingWorkflow()
{
    constexpr Viewer company = Viewer::Company;
    static const Workflow workflow(u"training"_s,
                                   { u"draft"_s, u"published"_s, u"closed"_s, u"archived"_s },
                                   {
                                           { u"draft"_s, u"published"_s, company },
                                           { u"published"_s, u"closed"_s, company },
                                           { u"closed"_s, u"published"_s, company },
                                           { u"closed"_s, u"archived"_s, company },
                                   });
    return workflow;
}

const Workflow &internshipWorkflow()
{
    // A programme is published, closed and archived as a job post is.
    static const Workflow workflow = jobWorkflow().named(u"internship"_s);
    return workflow;
}

const Workflow &internshipApplicationWorkflow()
{
    static const Workflow workflow = admissionWorkflow(u"internship_application"_s, u"approved"_s);
    return workflow;
}

const Workflow &sponsorshipApplicationWorkflow()
{
    static const Workflow workflow(u"sponsorship_application"_s,
                                   { u"pending"_s, u"in_review"_s, u"approved"_s, u"rejected"_s,
                                     u"withdrawn"_s, u"cancelled"_s },
                                   {});
    return workflow;
}

const Workflow &testimonialWorkflow()
{
    constexpr Viewer staff = Viewer::Staff;
    static const Workflow workflow(u"testimonial"_s, { u"pending"_s, u"approved"_s, u"rejected"_s },
                                   {
                                           { u"pending"_s, u"approved"_s, staff },
                                           { u"pending"_s, u"rejected"_s, staff },
                                           { u"rejected"_s, u"approved"_s, staff },
                                   },
                                   {}, u"rejected"_s);
    return workflow;
}

const Workflow &assessmentAttemptWorkflow()
{
    static const Workflow workflow(u"assessment_attempt"_s, { u"in_progress"_s, u"submitted"_s },
                                   { { u"in_progress"_s, u"submitted"_s, Viewer::Talent } });
    return workflow;
}

const Workflow &lmsEnrolmentWorkflow()
{
    constexpr Viewer staff = Viewer::Staff;
    static const Workflow workflow(u"lms_enrolment"_s,
                                   { u"pending"_s, u"approved"_s, u"declined"_s },
                                   {
                                           { u"pending"_s, u"approved"_s, staff },
                                           { u"pending"_s, u"declined"_s, staff },
                                   },
                                   {}, u"declined"_s);
    return workflow;
}

const QList<const Workflow *> &allWorkflows()
{
    static const QList<const Workflow *> all { &applicationWorkflow(),
                                               &trainingApplicationWorkflow(),
                                               &jobWorkflow(),
                                               &trainingWorkflow(),
                                               &internshipWorkflow(),
                                               &internshipApplicationWorkflow(),
                                               &sponsorshipApplicationWorkflow(),
                                               &testimonialWorkflow(),
                                               &assessmentAttemptWorkflow(),
                                               &lmsEnrolmentWorkflow() };
    return all;
}

const Workflow *workflowNamed(const QString &name)
{
    for (const Workflow *workflow : allWorkflows()) {
        if (workflow->name() == name)
            return workflow;
    }
    return nullptr;
}

namespace {

struct Label
{
    const char16_t *word;
    const char *text;
};

template<std::size_t N>
const char *lookUp(const std::array<Label, N> &labels, const QString &word)
{
    for (const Label &label : labels) {
        if (word == QStringView(label.word))
            return label.text;
    }
    return nullptr;
}

constexpr std::array statusLabels {
    Label { u"draft", QT_TRANSLATE_NOOP("Status", "Draft") },
    Label { u"applied", QT_TRANSLATE_NOOP("Status", "Applied") },
    Label { u"shortlisted", QT_TRANSLATE_NOOP("Status", "Shortlisted") },
    Label { u"interview", QT_TRANSLATE_NOOP("Status", "Interview") },
    Label { u"offered", QT_TRANSLATE_NOOP("Status", "Offered") },
    Label { u"hired", QT_TRANSLATE_NOOP("Status", "Hired") },
    Label { u"rejected", QT_TRANSLATE_NOOP("Status", "Rejected") },
    Label { u"withdrawn", QT_TRANSLATE_NOOP("Status", "Withdrawn") },
    Label { u"accepted", QT_TRANSLATE_NOOP("Status", "Accepted") },
    Label { u"completed", QT_TRANSLATE_NOOP("Status", "Completed") },
    Label { u"pending", QT_TRANSLATE_NOOP("Status", "Pending") },
    Label { u"in_review", QT_TRANSLATE_NOOP("Status", "In review") },
    Label { u"approved", QT_TRANSLATE_NOOP("Status", "Approved") },
    Label { u"cancelled", QT_TRANSLATE_NOOP("Status", "Cancelled") },
    Label { u"published", QT_TRANSLATE_NOOP("Status", "Published") },
    Label { u"closed", QT_TRANSLATE_NOOP("Status", "Closed") },
    Label { u"archived", QT_TRANSLATE_NOOP("Status", "Archived") },
    Label { u"active", QT_TRANSLATE_NOOP("Status", "Active") },
    Label { u"suspended", QT_TRANSLATE_NOOP("Status", "Suspended") },
    Label { u"in_progress", QT_TRANSLATE_NOOP("Status", "In progress") },
    Label { u"submitted", QT_TRANSLATE_NOOP("Status", "Submitted") },
    Label { u"declined", QT_TRANSLATE_NOOP("Status", "Declined") },
    Label { u"invited", QT_TRANSLATE_NOOP("Status", "Invited") },
    Label { u"expired", QT_TRANSLATE_NOOP("Status", "Expired") },
    // An API key's: still working until its rotation's overlap ends, or stopped for good.
    Label { u"expiring", QT_TRANSLATE_NOOP("Status", "Expiring") },
    Label { u"revoked", QT_TRANSLATE_NOOP("Status", "Revoked") },
};

constexpr std::array moveLabels {
    Label { u"applied", QT_TRANSLATE_NOOP("Move", "Send") },
    Label { u"shortlisted", QT_TRANSLATE_NOOP("Move", "Shortlist") },
    Label { u"interview", QT_TRANSLATE_NOOP("Move", "Interview") },
    Label { u"offered", QT_TRANSLATE_NOOP("Move", "Offer") },
    Label { u"hired", QT_TRANSLATE_NOOP("Move", "Hire") },
    Label { u"rejected", QT_TRANSLATE_NOOP("Move", "Reject") },
    Label { u"withdrawn", QT_TRANSLATE_NOOP("Move", "Withdraw") },
    Label { u"accepted", QT_TRANSLATE_NOOP("Move", "Accept") },
    Label { u"completed", QT_TRANSLATE_NOOP("Move", "Mark completed") },
    Label { u"approved", QT_TRANSLATE_NOOP("Move", "Approve") },
    Label { u"published", QT_TRANSLATE_NOOP("Move", "Publish") },
    Label { u"closed", QT_TRANSLATE_NOOP("Move", "Close") },
    Label { u"archived", QT_TRANSLATE_NOOP("Move", "Archive") },
    Label { u"submitted", QT_TRANSLATE_NOOP("Move", "Submit") },
    Label { u"declined", QT_TRANSLATE_NOOP("Move", "Decline") },
};

constexpr std::array reasonLabels {
    Label { u"not_qualified", QT_TRANSLATE_NOOP("Reason", "Not qualified") },
    Label { u"position_filled", QT_TRANSLATE_NOOP("Reason", "Position filled") },
    Label { u"failed_assessment", QT_TRANSLATE_NOOP("Reason", "Failed the assessment") },
    Label { u"failed_interview", QT_TRANSLATE_NOOP("Reason", "Failed the interview") },
    Label { u"no_show", QT_TRANSLATE_NOOP("Reason", "Did not show up") },
    Label { u"offer_declined", QT_TRANSLATE_NOOP("Reason", "Declined the offer") },
    Label { u"other", QT_TRANSLATE_NOOP("Reason", "Other") },
};

} // namespace

const QStringList &CodeVerdict::all()
{
    static const QStringList verdicts { InQueue,      Processing,       Accepted, WrongAnswer,
                                        TimeLimit,    CompilationError, Sigsegv,  Sigxfsz,
                                        Sigfpe,       Sigabrt,          Nzec,     OtherError,
                                        InternalError };
    return verdicts;
}

int CodeVerdict::id(const QString &verdict)
{
    return int(all().indexOf(verdict)) + 1;
}

bool CodeVerdict::pending(const QString &verdict)
{
    return verdict == InQueue || verdict == Processing;
}

const char *statusLabel(const QString &status)
{
    return lookUp(statusLabels, status);
}

const char *moveLabel(const QString &status, const QString &from)
{
    if (status == u"published"_s && from == u"closed"_s)
        return QT_TRANSLATE_NOOP("Move", "Reopen");
    return lookUp(moveLabels, status);
}

const char *reasonLabel(const QString &reason)
{
    return lookUp(reasonLabels, reason);
}

} // namespace wn
