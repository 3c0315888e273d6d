// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace wn {

/** @brief One thing a role may be allowed to do. */
struct Permission
{
    QString name;
    QString description;
    bool companyScoped; ///< may be granted by a company to its staff roles
};

/** Every permission the platform knows, in a stable order. */
const QList<Permission> &permissionCatalog();
/** The permissions @p list (a JSON array of names) asks for, once each; 400 naming those that
 *  are not permissions or, when @p companyOnly, that a company cannot grant its staff. */
QStringList requestedPermissions(const QJsonValue &list, bool companyOnly);
/** A JSON text array of permissions as stored, parsed. */
QJsonArray permissionsFromText(const QString &text);

} // namespace wn
