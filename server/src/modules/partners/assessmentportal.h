// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace wn {

struct ServerContext;
struct Principal;
class AccountService;
class AssessmentService;

/**
 * @brief The assessment portal's onboarding: a portal holding an API key asks for signed,
 * expiring links that land an applicant in an assessment, or the company's people on its
 * results, and anyone holding such a link finds out where it leads.
 */
class AssessmentPortal
{
public:
    AssessmentPortal(ServerContext &context, AccountService &accounts,
                     AssessmentService &assessments);

    /** Key: a link for the applicant @p input names (invited first if new) into an assessment. */
    QJsonObject applicantLink(const Principal &key, const QJsonObject &input);
    /** Key: a link for the key's company to an assessment's results. */
    QJsonObject employerLink(const Principal &key, const QJsonObject &input);
    /** Anyone holding a link: where it leads; 410 for a forged or expired one. */
    QJsonObject land(const QString &token);

    static constexpr int defaultHours = 72;

private:
    QJsonObject link(const QJsonObject &claims, const QJsonObject &input,
                     const QJsonObject &landing);

    ServerContext &m_context;
    AccountService &m_accounts;
    AssessmentService &m_assessments;
};

} // namespace wn
