// SPDX-License-Identifier: Apache-2.0
#include "permissions.h"

#include <wn/common/apierror.h>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

const QList<Permission> &permissionCatalog()
{
    static const QList<Permission> catalog {
        { u"company.profile.edit"_s, u"Edit the company's profile, logo and contact persons"_s,
          true },
        { u"company.staff.manage"_s, u"Add, edit and suspend the company's staff"_s, true },
        { u"company.roles.manage"_s, u"Define the company's staff roles"_s, true },
        { u"jobs.create"_s, u"Create and edit job posts and trainings"_s, true },
        { u"jobs.publish"_s, u"Publish, close and archive job posts and trainings"_s, true },
        { u"applications.read"_s, u"See applicants and their applications"_s, true },
        { u"applications.decide"_s, u"Shortlist, reject, interview, offer and hire"_s, true },
        { u"sponsorships.manage"_s, u"Create sponsorship programmes and review applications"_s,
          true },
        { u"sponsorships.approve"_s, u"Act as an approver in sponsorship workflows"_s, true },
        { u"assessments.manage"_s, u"Create assessments and coding challenges, invite candidates"_s,
          true },
        { u"reports.read"_s, u"See dashboards and reports"_s, true },
        { u"chat.use"_s, u"Chat with talents"_s, true },
        { u"webhooks.manage"_s, u"Register webhooks and API keys"_s, true },
        { u"users.read"_s, u"See every account"_s, false },
        { u"users.manage"_s, u"Activate, suspend and close accounts; invite users"_s, false },
        { u"staff.manage"_s, u"Create admin and support accounts"_s, false },
        { u"roles.manage"_s, u"Define system roles"_s, false },
        { u"companies.manage"_s, u"See and moderate every company"_s, false },
        { u"content.manage"_s, u"Edit reference data, FAQs and testimonials"_s, false },
        { u"identity.registry.manage"_s,
          u"Load the identity registry used by the local verification provider"_s, false },
        { u"support.handle"_s, u"Answer support requests and view users read-only"_s, false },
        { u"settings.manage"_s, u"Change platform settings"_s, false },
    };
    return catalog;
}

namespace {

/** The names in @p requested that are not permissions (of company scope, when @p companyOnly). */
QStringList unknownPermissions(const QStringList &requested, bool companyOnly)
{
    QStringList unknown;
    for (const QString &name : requested) {
        const auto &catalog = permissionCatalog();
        const bool known = std::any_of(catalog.begin(), catalog.end(), [&](const Permission &p) {
            return p.name == name && (!companyOnly || p.companyScoped);
        });
        if (!known)
            unknown.append(name);
    }
    return unknown;
}

} // namespace

QStringList requestedPermissions(const QJsonValue &list, bool companyOnly)
{
    QStringList permissions;
    for (const QJsonValue &p : list.toArray())
        permissions.append(p.toString());
    permissions.removeDuplicates();
    const QStringList unknown = unknownPermissions(permissions, companyOnly);
    if (!unknown.isEmpty())
        throw ApiError::badRequest(QStringList {
                (companyOnly ? u"permissions contains entries a company cannot grant: %1"_s
                             : u"permissions contains unknown entries: %1"_s)
                        .arg(unknown.join(u", "_s)) });
    return permissions;
}

QJsonArray permissionsFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace wn
