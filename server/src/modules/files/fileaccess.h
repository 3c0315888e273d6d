// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>

namespace wn {

struct Principal;
struct StoredFile;

/**
 * Whether @p viewer (nullptr: anonymous) may download the private @p file: the rules of what it
 * belongs to, as the API shows it. Its owner and platform staff always; a company what a talent
 * sent with an application to one of its jobs (a CV), as it sees the application; a sponsor's
 * reviewers the documents of applications to its programmes; a programme's own documents whoever
 * sees the programme. A CV the talent keeps (built, uploaded or generated) a company the talent
 * applied to, as it sees the application. An intro video belongs to a profile, which only its
 * talent and staff see.
 */
bool maySeeFile(QSqlDatabase db, const Principal *viewer, const StoredFile &file);

/** Whether @p talentId has applied (beyond a draft) to a job of @p companyId: what lets a company
 *  see the talent's CVs. */
bool appliedToCompany(QSqlDatabase db, qint64 talentId, qint64 companyId);

} // namespace wn
