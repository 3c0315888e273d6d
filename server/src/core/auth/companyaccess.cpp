// SPDX-License-Identifier: Apache-2.0
#include "companyaccess.h"

#include "../database.h"
#include "principal.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

bool companyHolds(QSqlDatabase db, const QString &table, qint64 companyId, qint64 id)
{
    return Sql(db, u"SELECT 1 FROM %1 WHERE id = :id AND company_id = :company"_s.arg(table))
            .bind(u":id"_s, id)
            .bind(u":company"_s, companyId)
            .exists();
}

bool actsForCompany(const Principal &principal)
{
    return principal.role == Role::Employer || principal.role == Role::Employee
            || principal.role == Role::Sponsor;
}

qint64 companyReadBy(QSqlDatabase db, const Principal &principal, const QString &permission)
{
    return actsForCompany(principal) && principal.companyId
                    && companyRoleAllows(db, principal, permission)
            ? *principal.companyId
            : 0;
}

bool companyRoleAllows(QSqlDatabase db, const Principal &principal, const QString &permission)
{
    if (!principal.companyId)
        return false;
    if (principal.role == Role::Employer || principal.role == Role::Sponsor)
        return true;
    if (principal.role != Role::Employee)
        return false;
    const std::optional<SqlRow> role
            = Sql(db,
                  u"SELECT r.permissions FROM users u JOIN company_roles r "
                  "ON r.id = u.company_role_id WHERE u.id = :id AND r.company_id = u.company_id"_s)
                      .bind(u":id"_s, principal.userId)
                      .one();
    // Stored as a JSON array of permission names.
    return role
            && QJsonDocument::fromJson(role->text(u"permissions"_s).toUtf8())
                       .array()
                       .contains(QJsonValue(permission));
}

} // namespace wn
