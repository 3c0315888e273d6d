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
 * sees the programme. An intro video belongs to a profile, which only its talent and staff see.
 */
bool maySeeFile(QSqlDatabase db, const Principal *viewer, const StoredFile &file);

} // namespace wn
