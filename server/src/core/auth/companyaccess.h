// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace wn {

struct Principal;

/**
 * Whether @p principal, acting for a company, holds the company permission @p permission:
 * the company's owner (an employer or a sponsor) holds every one; an employee those of the
 * company role the owner gave them; anyone without a company none.
 */
bool companyRoleAllows(QSqlDatabase db, const Principal &principal, const QString &permission);

/** Whether @p principal acts for a company (and so is held to its company permissions). */
bool actsForCompany(const Principal &principal);

/** The company whose records @p principal may read with @p permission (acting for it and holding
 *  it); 0 when none, which matches no company in a query. */
qint64 companyReadBy(QSqlDatabase db, const Principal &principal, const QString &permission);

/** Whether row @p id of @p table (a table with a company_id, named by the code) is company
 *  @p companyId's. Another company's row is answered by the caller as missing: its existence is
 *  not ours to reveal. */
bool companyHolds(QSqlDatabase db, const QString &table, qint64 companyId, qint64 id);

} // namespace wn
