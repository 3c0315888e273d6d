// SPDX-License-Identifier: Apache-2.0
// The roles a company gives its staff: each a name and the permissions it grants.
#include "onboardingservice.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/blank.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "modules/access/permissions.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** Permissions as a role stores them: a compact JSON array. */
QString permissionsText(const QStringList &permissions)
{
    return QString::fromUtf8(json::compact(QJsonArray::fromStringList(permissions)));
}

} // namespace

qint64 OnboardingService::insertCompanyRole(QSqlDatabase db, qint64 companyId, const QString &name,
                                            const QString &description,
                                            const QStringList &permissions)
{
    const QString now = nowText();
    return insertRowReturningId(db, u"company_roles"_s,
                                { { u"company_id"_s, companyId },
                                  { u"name"_s, name },
                                  { u"name_key"_s, name.toLower() },
                                  { u"description"_s, description },
                                  { u"permissions"_s, permissionsText(permissions) },
                                  { u"created_at"_s, now },
                                  { u"updated_at"_s, now } });
}

void OnboardingService::checkCompanyRole(QSqlDatabase db, qint64 companyId, qint64 roleId)
{
    if (!companyHolds(db, u"company_roles"_s, companyId, roleId))
        throw ApiError::badRequest(QStringList { u"role_id must be one of your company's roles"_s });
}

QJsonArray OnboardingService::companyRoles(QSqlDatabase db, qint64 companyId,
                                           std::optional<qint64> id)
{
    Sql q(db,
          u"SELECT r.id, r.name, r.description, r.permissions, r.created_at, r.updated_at, "
          "(SELECT COUNT(*) FROM users u WHERE u.company_role_id = r.id AND u.deleted_at IS NULL) "
          "AS members FROM company_roles r WHERE r.company_id = :company"_s
                  + (id ? u" AND r.id = :id"_s : QString()) + u" ORDER BY r.name"_s);
    q.bind(u":company"_s, companyId);
    if (id)
        q.bind(u":id"_s, *id);
    q.exec();
    QJsonArray roles;
    while (q.next()) {
        roles.append(
                QJsonObject { { u"id"_s, q.id(u"id"_s) },
                              { u"name"_s, q.text(u"name"_s) },
                              { u"description"_s, q.text(u"description"_s) },
                              { u"permissions"_s, permissionsFromText(q.text(u"permissions"_s)) },
                              { u"created_at"_s, q.text(u"created_at"_s) },
                              { u"updated_at"_s, q.text(u"updated_at"_s) },
                              { u"members"_s, q.id(u"members"_s) } });
    }
    return roles;
}

QJsonObject OnboardingService::companyRoleJson(QSqlDatabase db, qint64 companyId, qint64 id)
{
    return json::firstOrNotFound(companyRoles(db, companyId, id), u"Role not found"_s);
}

QJsonObject OnboardingService::listCompanyRoles(const Principal &by)
{
    if (!by.companyId)
        throw ApiError::forbidden(u"Only company accounts have company roles"_s);
    return { { u"data"_s, companyRoles(m_context.db(), *by.companyId, std::nullopt) } };
}

QJsonObject OnboardingService::companyRole(const Principal &by, qint64 id)
{
    if (!by.companyId)
        throw ApiError::notFound(u"Role not found"_s);
    return companyRoleJson(m_context.db(), *by.companyId, id);
}

namespace {

QStringList permissionList(const QJsonObject &input)
{
    return requestedPermissions(input.value(u"permissions"_s), true);
}

/** 409 when another role of the company (than @p exceptId) has @p name, in any case. */
void checkRoleNameFree(QSqlDatabase db, qint64 companyId, const QString &name, qint64 exceptId = 0)
{
    SqlFilter sameName = SqlFilter::of(u"company_id = :company"_s, u":company"_s, companyId);
    sameName.add(u"name_key = :key"_s, u":key"_s, name.toLower());
    if (holderOf(db, u"company_roles"_s, sameName, exceptId))
        throw ApiError::conflict(u"Your company already has a role named %1"_s.arg(name));
}

} // namespace

QJsonObject OnboardingService::addCompanyRole(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const QStringList permissions = permissionList(input);
    const QString name = input.value(u"name"_s).toString();
    checkRoleNameFree(db, *by.companyId, name);
    const qint64 id = insertCompanyRole(db, *by.companyId, name,
                                        input.value(u"description"_s).toString(), permissions);
    return companyRoleJson(db, *by.companyId, id);
}

QJsonObject OnboardingService::updateCompanyRole(const Principal &by, qint64 id,
                                                 const QJsonObject &input)
{
    refuseBlank(input, { u"name"_s });
    QSqlDatabase db = m_context.db();
    companyRoleJson(db, *by.companyId, id); // 404 unless it is this company's
    Transaction tx(db);
    SqlChanges changes;
    if (input.contains(u"name"_s)) {
        const QString name = input.value(u"name"_s).toString();
        checkRoleNameFree(db, *by.companyId, name, id);
        changes.set(u"name"_s, name).set(u"name_key"_s, name.toLower());
    }
    if (input.contains(u"description"_s))
        changes.set(u"description"_s, input.value(u"description"_s).toString());
    if (input.contains(u"permissions"_s))
        changes.set(u"permissions"_s, permissionsText(permissionList(input)));
    changes.write(db, u"company_roles"_s, id);
    tx.commit();
    return companyRoleJson(db, *by.companyId, id);
}

void OnboardingService::deleteCompanyRole(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const QJsonObject role = companyRoleJson(db, *by.companyId, id);
    if (role.value(u"members"_s).toInteger() > 0)
        throw ApiError::conflict(
                u"This role is given to %1 staff member(s); give them another role first"_s.arg(
                        role.value(u"members"_s).toInteger()));
    Sql(db, u"DELETE FROM company_roles WHERE id = :id AND company_id = :company"_s)
            .bind(u":id"_s, id)
            .bind(u":company"_s, *by.companyId)
            .exec();
}

} // namespace wn
