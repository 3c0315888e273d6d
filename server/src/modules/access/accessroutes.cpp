// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/database.h"
#include "core/http/api.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "permissions.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QStringList companyPermissions()
{
    QStringList names;
    for (const Permission &p : permissionCatalog()) {
        if (p.companyScoped)
            names.append(p.name);
    }
    return names;
}

QStringList defaultPermissions(Role role)
{
    switch (role) {
    case Role::SuperAdmin:
    case Role::Admin: {
        QStringList names;
        for (const Permission &p : permissionCatalog()) {
            if (!p.companyScoped
                && (role == Role::SuperAdmin
                    || (p.name != u"staff.manage"_s && p.name != u"roles.manage"_s)))
                names.append(p.name);
        }
        return names;
    }
    case Role::Support:
        return { u"users.read"_s, u"support.handle"_s };
    case Role::Employer:
        return companyPermissions();
    case Role::Sponsor:
        return { u"company.profile.edit"_s, u"sponsorships.manage"_s, u"sponsorships.approve"_s,
                 u"reports.read"_s, u"chat.use"_s };
    case Role::Employee:
        return { u"applications.read"_s, u"chat.use"_s };
    case Role::Talent:
    case Role::Mentor:
    case Role::Instructor:
        return { u"chat.use"_s };
    case Role::Partner:
        return {};
    }
    return {};
}

QJsonObject roleJson(const Sql &q)
{
    return { { u"id"_s, q.id(u"id"_s) },
             { u"name"_s, q.text(u"name"_s) },
             { u"description"_s, q.text(u"description"_s) },
             { u"permissions"_s, permissionsFromText(q.text(u"permissions"_s)) },
             { u"built_in"_s, q.flag(u"built_in"_s) },
             { u"created_at"_s, q.text(u"created_at"_s) } };
}

/** The system roles, as roleJson() reads them, that @p rest (a WHERE or an ORDER BY) picks. */
QString selectRoles(const QString &rest)
{
    return u"SELECT id, name, description, permissions, built_in, created_at FROM system_roles "_s
            + rest;
}

/** The system role @p id, as roleJson() answers it; 404 when there is none. */
QJsonObject roleById(const QSqlDatabase &db, qint64 id)
{
    Sql q(db, selectRoles(u"WHERE id = :id"_s));
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw ApiError::notFound(u"System role not found"_s);
    return roleJson(q);
}

} // namespace

void seedSystemRoles(ServerContext &context)
{
    QSqlDatabase db = context.db();
    Transaction tx(db);
    for (const QString &name : allRoleNames()) {
        const Role role = *roleFromName(name);
        insertRow(db, u"system_roles"_s,
                  { { u"name"_s, name },
                    { u"description"_s, u"Built-in role: "_s + name },
                    { u"permissions"_s,
                      QString::fromUtf8(json::compact(
                              QJsonArray::fromStringList(defaultPermissions(role)))) },
                    { u"built_in"_s, true },
                    { u"created_at"_s, nowText() },
                    { u"updated_at"_s, nowText() } },
                  u"ON CONFLICT (name) DO UPDATE SET permissions = excluded.permissions, "
                  u"built_in = TRUE"_s);
    }
    tx.commit();
}

void installAccess(Api &api, ServerContext &)
{
    api.get(u"/api/v1/permissions"_s,
            { .seed = { u"Permissions > Fetch ALl"_s },
              .access = Access::Authenticated,
              .summary
              = u"Every permission; ?scope=company for those a company may grant its staff"_s,
              .query = { { u"scope"_s, Field::oneOf({ u"company"_s, u"system"_s }) } } },
            [](Call &call) {
                const QString scope = call.query().value(u"scope"_s).toString();
                QJsonArray data;
                for (const Permission &p : permissionCatalog()) {
                    if ((scope == u"company"_s && !p.companyScoped)
                        || (scope == u"system"_s && p.companyScoped))
                        continue;
                    data.append(QJsonObject {
                            { u"name"_s, p.name },
                            { u"description"_s, p.description },
                            { u"scope"_s, p.companyScoped ? u"company"_s : u"system"_s } });
                }
                return QJsonObject { { u"data"_s, data } };
            });

    api.post(u"/api/v1/system-roles"_s,
             { .seed = { u"User > System Roles > Add SystemRole"_s },
               .access = Access::roles(Role::SuperAdmin),
               .summary = u"Define a system role with its permissions (super admin)"_s,
               .tag = u"System Roles"_s,
               .body
               = { { u"name"_s,
                     Field::pattern(
                             u"[a-z][a-z0-9_]{1,49}"_s,
                             u"lower-case letters, digits and underscores, starting with a letter"_s,
                             50)
                             .required() },
                   { u"description"_s, Field::string(0, 500) },
                   { u"permissions"_s, Field::arrayOf(Field::string(1, 100), 50).required() } },
               .status = 201 },
             [](Call &call) {
                 const QJsonObject &body = call.body();
                 const QStringList permissions
                         = requestedPermissions(body.value(u"permissions"_s), false);
                 QSqlDatabase db = call.db();
                 if (Sql(db, u"SELECT 1 FROM system_roles WHERE name = :name"_s)
                             .bind(u":name"_s, body.value(u"name"_s).toString())
                             .exists())
                     throw ApiError::conflict(u"A role with this name already exists"_s);
                 const QString now = nowText();
                 const qint64 id = insertRowReturningId(
                         db, u"system_roles"_s,
                         { { u"name"_s, body.value(u"name"_s).toString() },
                           { u"description"_s, body.value(u"description"_s).toString() },
                           { u"permissions"_s,
                             QString::fromUtf8(
                                     json::compact(QJsonArray::fromStringList(permissions))) },
                           { u"built_in"_s, false },
                           { u"created_at"_s, now },
                           { u"updated_at"_s, now } });
                 return roleById(db, id);
             });

    api.get(u"/api/v1/system-roles"_s,
            { .seed = { u"User > System Roles > Get All SystemRole"_s },
              .access = Access::staff(),
              .summary = u"Every system role"_s,
              .tag = u"System Roles"_s },
            [](Call &call) {
                Sql q(call.db(), selectRoles(u"ORDER BY built_in DESC, name"_s));
                q.exec();
                QJsonArray data;
                while (q.next())
                    data.append(roleJson(q));
                return QJsonObject { { u"data"_s, data } };
            });

    api.get(u"/api/v1/system-roles/{id}"_s,
            { .seed = { u"User > System Roles > Get SystemRole By ID"_s },
              .access = Access::staff(),
              .summary = u"One system role"_s,
              .tag = u"System Roles"_s },
            [](Call &call) { return roleById(call.db(), call.pathId(u"id"_s)); });
}

} // namespace wn
