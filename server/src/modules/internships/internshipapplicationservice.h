// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "internshipservice.h"
#include "modules/applications/offerapplications.h"

#include <QJsonObject>
#include <QString>

namespace wn {

class NotificationService;
struct ServerContext;
struct Principal;

/**
 * @brief Talents applying for internships and companies deciding on them (OfferApplications,
 * internshipApplicationWorkflow()). An approved application makes the talent an intern of the
 * programme, and a programme's places are only checked when one is approved.
 */
class InternshipApplicationService : public OfferApplications
{
public:
    InternshipApplicationService(ServerContext &context, InternshipService &internships,
                                 NotificationService &notifications);

    /** Deletes the company's internship (InternshipService::removeWithin) and, in the same
     *  transaction, rejects the applications still waiting; after the commit the talents are
     *  told why, in one batch. */
    void removeInternship(const Principal &by, qint64 internshipId);
    /** The applications to one of the caller's company's programmes, found by its slug. */
    QJsonObject applicantsBySlug(const Principal &by, const QString &slug, const QJsonObject &query,
                                 int page, int limit);

private:
    InternshipService &m_internships;
};

} // namespace wn
